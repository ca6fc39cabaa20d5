// to_json / from_json that take no nlohmann::basic_json are not nlohmann's hooks, with
// nlohmann_json in the TU.
// RUN: %check_serialscope %s %t --expect-none -- -std=c++17

#include <nlohmann/json.hpp>
#include <string>

namespace {
struct Metric {
  std::string name;
  double value = 0;
  // Members named like hooks.
  nlohmann::json to_json() const { return {{"name", name}, {"value", value}}; }
  void from_json(const nlohmann::json &j) { name = j.at("name").get<std::string>(); }
};
// Free functions on other targets.
void to_json(std::string &out, const Metric &m) { out = m.name; }
void from_json(const std::string &in, Metric &m) { m.name = in; }
struct YamlNode {};
void to_json(YamlNode &, const Metric &) {}
// One parameter, or three.
std::string to_json(const Metric &m) { return m.name; }
void to_json(nlohmann::json &j, const Metric &m, int indent) { j = m.value + indent; }
// A generic writer without nlohmann's constraint.
template <class Writer> void to_json(Writer &w, const Metric &m) { w.write(m.name); }
} // namespace

std::string render() {
  Metric m{"cpu", 1.5};
  return m.to_json().dump() + to_json(m);
}
