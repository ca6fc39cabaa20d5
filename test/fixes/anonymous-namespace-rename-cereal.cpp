// cereal writes the registered name of a polymorphic type into the archive:
// CEREAL_REGISTER_TYPE(T) stringizes T, so a renamed type moves to
// CEREAL_REGISTER_TYPE_WITH_NAME with the old string, and the archives stay the same.
// RUN: %check_serialscope %s %t --fix --run -- -std=c++17

#include <cereal/archives/xml.hpp>
#include <cereal/types/memory.hpp>
#include <cereal/types/polymorphic.hpp>
#include <iostream>
#include <memory>
#include <sstream>

// Another library's Circle, named from 'geo' after the anonymous namespace.
struct Circle {
  double r = 1;
};

namespace geo {

struct Shape {
  virtual ~Shape() = default;
  virtual double area() const = 0;
  template <class Archive> void serialize(Archive &) {}
};

namespace {
struct Circle : Shape {
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Circle' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :35:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :43:1: note: evidence [cereal-register]: registered by name with CEREAL_REGISTER_TYPE
// CHECK-MESSAGES: :14:8: note: the fix renames 'Circle' to 'anonymous_namespace_rename_cereal_Circle': under its own name it would collide with this declaration
// CHECK-MESSAGES: :43:1: note: the fix keeps the name "geo::Circle" that archives hold: it writes CEREAL_REGISTER_TYPE_WITH_NAME(geo::anonymous_namespace_rename_cereal_Circle, "geo::Circle"), so data written before the fix still loads
  double r = 2;
  double area() const override { return 3 * r * r; }
  template <class Archive> void serialize(Archive &ar) { ar(CEREAL_NVP(r)); }
};
} // namespace

double legacy() { return ::Circle{}.r; }

} // namespace geo

CEREAL_REGISTER_TYPE(geo::Circle)
CEREAL_REGISTER_POLYMORPHIC_RELATION(geo::Shape, geo::Circle)

// CHECK-FIXES: template <class Archive> void serialize(Archive &) {}
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct anonymous_namespace_rename_cereal_Circle : Shape {
// CHECK-FIXES: double legacy() { return ::Circle{}.r; }
// CHECK-FIXES: CEREAL_REGISTER_TYPE_WITH_NAME(geo::anonymous_namespace_rename_cereal_Circle, "geo::Circle")
// CHECK-FIXES-NEXT: CEREAL_REGISTER_POLYMORPHIC_RELATION(geo::Shape, geo::anonymous_namespace_rename_cereal_Circle)
// CHECK-FIXES: std::shared_ptr<geo::Shape> shape = std::make_shared<geo::anonymous_namespace_rename_cereal_Circle>();

int main() {
  std::shared_ptr<geo::Shape> shape = std::make_shared<geo::Circle>();
  std::ostringstream os;
  {
    cereal::XMLOutputArchive ar(os);
    ar(CEREAL_NVP(shape));
  }
  std::shared_ptr<geo::Shape> back;
  {
    std::istringstream is(os.str());
    cereal::XMLInputArchive ar(is);
    ar(back);
  }
  std::cout << os.str() << "\n" << back->area() << " " << geo::legacy() << "\n";
}
