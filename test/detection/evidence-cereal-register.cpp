// cereal-register: CEREAL_REGISTER_TYPE and CEREAL_REGISTER_TYPE_WITH_NAME register a
// polymorphic type by name (they specialize cereal::detail::binding_name).
// RUN: %check_serialscope %s %t -- -std=c++17

#include <cereal/archives/binary.hpp>
#include <cereal/types/polymorphic.hpp>

struct Animal {
  virtual ~Animal() = default;
  virtual int legs() const = 0;
};

namespace {
struct Dog : Animal {
  int legs() const override { return 4; }
  template <class Archive> void serialize(Archive &) {}
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: type 'Dog' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace
CEREAL_REGISTER_TYPE(Dog)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [cereal-register]: registered by name with CEREAL_REGISTER_TYPE

namespace {
struct Bird : Animal {
  int legs() const override { return 2; }
  template <class Archive> void serialize(Archive &) {}
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: type 'Bird' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace
CEREAL_REGISTER_TYPE_WITH_NAME(Bird, "bird")
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [cereal-register]: registered by name with CEREAL_REGISTER_TYPE_WITH_NAME

// Negatives: registering namespace-scope types is what cereal asks for.
namespace zoo {
struct Cat : Animal {
  int legs() const override { return 4; }
  template <class Archive> void serialize(Archive &) {}
};
} // namespace zoo
CEREAL_REGISTER_TYPE(zoo::Cat)
CEREAL_REGISTER_POLYMORPHIC_RELATION(Animal, zoo::Cat)
