// An anonymous-namespace type packed by an attribute after its closing brace leaves with the
// attribute: its layout, and so its binary archive, stays the same.
// RUN: %check_serialscope %s %t --fix --run -- -std=c++17

#include <cereal/archives/portable_binary.hpp>
#include <cstddef>
#include <iostream>
#include <sstream>
namespace wire {
namespace {
struct Header {
  char tag = 'h';
  int length = 7;
  template <class Archive> void serialize(Archive &ar) { ar(tag, length); }
} __attribute__((packed));
int helper() { return 1; }
} // namespace
void dump() {
  std::ostringstream os;
  {
    cereal::PortableBinaryOutputArchive ar(os);
    ar(Header{});
  }
  std::cout << sizeof(Header) << " " << offsetof(Header, length) << " " << os.str().size() << " " << helper() << "\n";
}
} // namespace wire
int main() { wire::dump(); }

// CHECK-MESSAGES: :11:8: warning: serializable type 'Header' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :14:33: note: evidence [archive-member]: member function 'serialize' takes an archive

//      CHECK-FIXES: namespace wire {
// CHECK-FIXES-NEXT: struct Header {
//      CHECK-FIXES: } __attribute__((packed));
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-NEXT: int helper() { return 1; }
// CHECK-FIXES-NEXT: } // namespace
