// boost-export: BOOST_CLASS_EXPORT, _GUID, _KEY / _KEY2 and _IMPLEMENT register a type by
// name (they specialize guid_defined / init_guid). On an anonymous-namespace type each TU has
// its own class under the same key: resolution by name fails at run time.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>

struct Shape {
  virtual ~Shape() = default;
  template <class Archive> void serialize(Archive &, const unsigned int) {}
};

// Only registered: no serialize of its own, the base's is inherited.
namespace {
struct Circle : Shape {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Circle' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
} // namespace
BOOST_CLASS_EXPORT(Circle)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT

namespace {
struct Square : Shape {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Square' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
} // namespace
BOOST_CLASS_EXPORT_GUID(Square, "Square")
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_GUID

namespace {
struct Line : Shape {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Line' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
} // namespace
BOOST_CLASS_EXPORT_KEY(Line)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_KEY

// The key/implement pair, in a named namespace's anonymous namespace.
namespace shapes {
namespace {
struct Arc : Shape {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Arc' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
} // namespace
} // namespace shapes
BOOST_CLASS_EXPORT_KEY2(shapes::Arc, "Arc")
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_KEY2
BOOST_CLASS_EXPORT_IMPLEMENT(shapes::Arc)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_IMPLEMENT

// _IMPLEMENT alone (its key declared in another file) is a registration too.
namespace {
struct Dot : Shape {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Dot' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
} // namespace
namespace boost::serialization {
template <> struct guid_defined<Dot> : boost::mpl::true_ {};
// CHECK-MESSAGES: :[[@LINE-1]]:20: note: evidence [boost-export]: registered by name with a boost::serialization::guid_defined specialization
template <> inline const char *guid<Dot>() { return "Dot"; }
} // namespace boost::serialization
BOOST_CLASS_EXPORT_IMPLEMENT(Dot)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_IMPLEMENT

// Negatives: exporting namespace-scope types is what Boost asks for.
namespace shapes {
struct Triangle : Shape {};
} // namespace shapes
BOOST_CLASS_EXPORT(shapes::Triangle)
struct Polygon : Shape {};
BOOST_CLASS_EXPORT_GUID(Polygon, "Polygon")
