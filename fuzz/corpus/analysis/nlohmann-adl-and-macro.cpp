#include <nlohmann/json.hpp>
#include <string>
namespace cfg {
void load(const nlohmann::json &j) {
  struct Entry { int a; NLOHMANN_DEFINE_TYPE_INTRUSIVE(Entry, a) };
  Entry e = j.get<Entry>();
  (void)e;
}
namespace {
struct Limits { int max; };
void to_json(nlohmann::json &j, const Limits &l) { j["max"] = l.max; }
void from_json(const nlohmann::json &j, Limits &l) { l.max = j.at("max").get<int>(); }
}
}
