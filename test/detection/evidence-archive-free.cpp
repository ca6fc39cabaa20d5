// archive-free: a free serialize/save/load whose first parameter is an archive and whose next
// parameter is (a reference to) the type.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/split_free.hpp>
#include <cereal/archives/binary.hpp>
#include <ostream>

namespace {

// Boost, non-intrusive: the free function template next to the type.
struct Point {
  int x = 0, y = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Point' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
template <class Archive> void serialize(Archive &ar, Point &p, const unsigned int) {
  ar & p.x & p.y;
}
// CHECK-MESSAGES: :[[@LINE-3]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Point'

// Boost split free functions.
struct Range {
  int lo = 0, hi = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Range' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
template <class Archive> void save(Archive &ar, const Range &r, const unsigned int) {
  ar << r.lo << r.hi;
}
// CHECK-MESSAGES: :[[@LINE-3]]:31: note: evidence [archive-free]: function 'save' takes an archive and 'Range'
template <class Archive> void load(Archive &ar, Range &r, const unsigned int) {
  ar >> r.lo >> r.hi;
}
// CHECK-MESSAGES: :[[@LINE-3]]:31: note: evidence [archive-free]: function 'load' takes an archive and 'Range'

// cereal, with a concrete archive and no version.
struct Tag {
  int id = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Tag' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
void save(cereal::BinaryOutputArchive &ar, const Tag &t) { ar(t.id); }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [archive-free]: function 'save' takes an archive and 'Tag'

// Negatives: an ostream is no archive; an int is no type of ours.
struct Line {
  int length = 0;
};
void serialize(std::ostream &os, const Line &l) { os << l.length; }
template <class Archive> void serialize(Archive &ar, int &value, const unsigned int) { ar & value; }

} // namespace

// An overload in boost::serialization, Boost's other place for free functions.
namespace {
struct Color {
  unsigned rgb = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Color' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
} // namespace
namespace boost {
namespace serialization {
template <class Archive> void serialize(Archive &ar, Color &c, const unsigned int) { ar & c.rgb; }
// CHECK-MESSAGES: :[[@LINE-1]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Color'
} // namespace serialization
} // namespace boost

// A local type can be reached from a free function only through decltype: still local.
auto makeLocal() {
  struct Local {
    int v = 0;
  };
  return Local{};
}
// CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Local' is declared in function 'makeLocal': no reader outside can name it [serialscope-non-resolvable-type]
template <class Archive>
void serialize(Archive &ar, decltype(makeLocal()) &l, const unsigned int) { ar & l.v; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [archive-free]: function 'serialize' takes an archive and 'Local'

// A namespace-scope type with free functions is resolvable.
struct Resolvable {
  int v = 0;
};
template <class Archive> void serialize(Archive &ar, Resolvable &r, const unsigned int) { ar & r.v; }
