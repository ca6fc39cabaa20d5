// With Boost.Serialization (and not cereal) in the TU, a generic hook is an archive hook only
// with Boost's trailing version parameter: Boost never calls `save(Writer &)`.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <sstream>
#include <string>

namespace {
struct Buffer {
  std::string text;
  template <class Writer> void save(Writer &w) const { w << text; }
  template <class Reader> void load(Reader &r) { r >> text; }
};
struct Point {
  int x = 0;
};
template <class Stream> void save(Stream &s, const Point &p) { s << p.x; }

// Boost's shapes: member (ar, version) and free (ar, object, version).
struct Entry {
  int v = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Entry' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
struct Pair {
  int a = 0, b = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Pair' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
template <class Archive> void serialize(Archive &ar, Pair &p, const unsigned int) { ar & p.a & p.b; }
// CHECK-MESSAGES: :[[@LINE-1]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Pair'
} // namespace

std::string dump() {
  std::ostringstream out;
  Buffer{"x"}.save(out);
  save(out, Point{});
  return out.str();
}
