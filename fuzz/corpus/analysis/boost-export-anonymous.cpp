#include <boost/serialization/export.hpp>
namespace {
struct Shape { virtual ~Shape() {} int sides = 0;
  template <class A> void serialize(A &ar, const unsigned) { ar & sides; } };
struct Square : Shape {};
}
BOOST_CLASS_EXPORT(Square)
int main() { Square s; return s.sides; }
