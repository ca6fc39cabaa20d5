// cereal: a polymorphic type registered by its qualified name leaves the anonymous namespace
// together with its base (one split of the namespace), and a local class of main moves before
// main. The portable binary archive and the polymorphic archive's bytes are the same after.
// RUN: %check_serialscope %s %t --fix --run -- -std=c++17

#include <cereal/archives/binary.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/polymorphic.hpp>
#include <cereal/types/string.hpp>
#include <iostream>
#include <memory>
#include <sstream>

void dump(const std::string &Bytes) {
  for (unsigned char C : Bytes)
    std::cout << (C >= 32 && C < 127 ? std::string(1, char(C)) : "." + std::to_string(C));
  std::cout << "\n";
}

namespace shop {
namespace {
struct Base {
  virtual ~Base() = default;
  template <class Archive> void serialize(Archive &) {}
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Base' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive

struct Item : Base {
  std::string name = "pen";
  int count = 2;
  template <class Archive> void serialize(Archive &ar) {
    ar(cereal::base_class<Base>(this), name, count);
  }
};
// CHECK-MESSAGES: :[[@LINE-7]]:8: warning: type 'Item' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-5]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE+4]]:1: note: evidence [cereal-register]: registered by name with CEREAL_REGISTER_TYPE
// CHECK-MESSAGES: :22:8: note: the fix for 'Base' moves this type too: they leave the anonymous namespace together
} // namespace
} // namespace shop
CEREAL_REGISTER_TYPE(shop::Item)

int main() {
  struct Order {
    int id = 42;
    std::string who = "ann";
    void serialize(cereal::PortableBinaryOutputArchive &ar) { ar(id, who); }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Order' is declared in function 'main': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  std::ostringstream Plain;
  {
    cereal::PortableBinaryOutputArchive ar(Plain);
    ar(Order());
  }
  dump(Plain.str());
  std::shared_ptr<shop::Base> Any = std::make_shared<shop::Item>();
  std::ostringstream Polymorphic;
  {
    cereal::BinaryOutputArchive ar(Polymorphic);
    ar(Any);
  }
  dump(Polymorphic.str());
}

// CHECK-FIXES:      namespace shop {
// CHECK-FIXES-NEXT: struct Base {
// CHECK-FIXES:      struct Item : Base {
// CHECK-FIXES:      };
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: } // namespace shop
// CHECK-FIXES-NEXT: CEREAL_REGISTER_TYPE(shop::Item)
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Order {
// CHECK-FIXES-NEXT:   int id = 42;
// CHECK-FIXES-NEXT:   std::string who = "ann";
// CHECK-FIXES-NEXT:   void serialize(cereal::PortableBinaryOutputArchive &ar) { ar(id, who); }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int main() {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   std::ostringstream Plain;
