// A template parameter is an archive only where Boost.Serialization or cereal could pass one:
// this TU includes neither, so generic save/load/serialize members of its anonymous-namespace
// types (writers, readers, visitors) are not evidence.
// RUN: %check_serialscope %s %t --expect-none -- -std=c++17

#include <sstream>
#include <string>

namespace {
struct Config {
  std::string name;
  template <class Writer> void save(Writer &w) const { w << name; }
  template <class Reader> void load(Reader &r) { r >> name; }
  template <class Visitor> void serialize(Visitor &v, const unsigned int depth) { v(name, depth); }
};
struct Point {
  int x = 0;
};
template <class Stream> void save(Stream &s, const Point &p) { s << p.x; }
} // namespace

std::string roundTrip() {
  std::ostringstream out;
  Config{"demo"}.save(out);
  save(out, Point{});
  return out.str();
}
