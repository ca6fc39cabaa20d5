// What fixes a local type's layout moves with it: attributes after its closing brace (written
// out or through a macro; `struct A {...} __attribute__((packed)) a;` leaves `A a;` behind) and
// the `#pragma pack` it was declared under. The program prints each type's size, a member's
// offset and its cereal binary archive, which holds the object's bytes: a lost attribute or
// packing would change all three.
// RUN: %check_serialscope %s %t --fix --run -- -std=c++17

#include <cereal/archives/binary.hpp>
#include <cstddef>
#include <cstring>
#include <iostream>
#include <sstream>

#define PACKED __attribute__((packed))

namespace app {

template <class T> void dump(const char *Name, T Value, std::size_t Offset) {
  std::ostringstream os;
  {
    cereal::BinaryOutputArchive ar(os);
    ar(Value);
  }
  std::cout << Name << ": size " << sizeof(T) << ", offset " << Offset << ", bytes";
  for (unsigned char Byte : os.str())
    std::cout << ' ' << static_cast<int>(Byte);
  std::cout << '\n';
}

template <class T> T zeroed() {
  T Value;
  std::memset(static_cast<void *>(&Value), 0, sizeof Value);
  return Value;
}

void attributes() {
  struct Packed {
    char c;
    int i;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
  } __attribute__((packed));
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Packed' is declared in function 'app::attributes': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive

  struct Aligned {
    char c;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
  }
  __attribute__((aligned(8)));
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Aligned' is declared in function 'app::attributes': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :37:10: note: the fix for 'Packed' moves this type too: both go before the same declaration

  struct ByMacro {
    char c;
    short s;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
  } PACKED;
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'ByMacro' is declared in function 'app::attributes': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :37:10: note: the fix for 'Packed' moves this type too: both go before the same declaration

  struct WithVariable {
    char c;
    long l;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
  } __attribute__((packed)) Variable = zeroed<WithVariable>();
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'WithVariable' is declared in function 'app::attributes': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :37:10: note: the fix for 'Packed' moves this type too: both go before the same declaration
  auto P = zeroed<Packed>();
  P.c = 'p';
  P.i = 0x01020304;
  dump("Packed", P, offsetof(Packed, i));
  auto A = zeroed<Aligned>();
  A.c = 'a';
  dump("Aligned", A, alignof(Aligned));
  auto M = zeroed<ByMacro>();
  M.c = 'm';
  M.s = 0x0506;
  dump("ByMacro", M, offsetof(ByMacro, s));
  Variable.c = 'v';
  Variable.l = 0x0708;
  dump("WithVariable", Variable, offsetof(WithVariable, l));
}

void pragmaInFunction() {
#pragma pack(push, 1)
  // Packed by the pragma around it.
  struct Wire {
    char tag;
    double value;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Wire' is declared in function 'app::pragmaInFunction': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:10: note: the fix keeps the packing of 'Wire' at its new place: it writes '#pragma pack(push, 1)' before it and '#pragma pack(pop)' after it
#pragma pack(pop)
  auto W = zeroed<Wire>();
  W.tag = 'w';
  W.value = 1.5;
  dump("Wire", W, offsetof(Wire, value));
}

// Everything from here on is packed to 2, but the type below is declared without packing.
#pragma pack(push, 2)
void resetInFunction() {
#pragma pack(push)
#pragma pack()
  struct Natural {
    char tag;
    double value;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Natural' is declared in function 'app::resetInFunction': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:10: note: the fix keeps the packing of 'Natural' at its new place: it writes '#pragma pack(push)', '#pragma pack()' before it and '#pragma pack(pop)' after it
#pragma pack(pop)
  auto N = zeroed<Natural>();
  N.tag = 'n';
  N.value = 2.5;
  dump("Natural", N, offsetof(Natural, value));
}
#pragma pack(pop)

} // namespace app

int main() {
  app::attributes();
  app::pragmaInFunction();
  app::resetInFunction();
}

// CHECK-FIXES:      struct Packed {
// CHECK-FIXES-NEXT:   char c;
// CHECK-FIXES-NEXT:   int i;
// CHECK-FIXES-NEXT:   void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
// CHECK-FIXES-NEXT: } __attribute__((packed));
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Aligned {
// CHECK-FIXES-NEXT:   char c;
// CHECK-FIXES-NEXT:   void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
// CHECK-FIXES-NEXT: }
// CHECK-FIXES-NEXT: __attribute__((aligned(8)));
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct ByMacro {
// CHECK-FIXES-NEXT:   char c;
// CHECK-FIXES-NEXT:   short s;
// CHECK-FIXES-NEXT:   void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
// CHECK-FIXES-NEXT: } PACKED;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct WithVariable {
// CHECK-FIXES-NEXT:   char c;
// CHECK-FIXES-NEXT:   long l;
// CHECK-FIXES-NEXT:   void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
// CHECK-FIXES-NEXT: } __attribute__((packed));
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void attributes() {
// CHECK-FIXES:        WithVariable Variable = zeroed<WithVariable>();
// CHECK-FIXES:      // Packed by the pragma around it.
// CHECK-FIXES-NEXT: #pragma pack(push, 1)
// CHECK-FIXES-NEXT: struct Wire {
// CHECK-FIXES-NEXT:   char tag;
// CHECK-FIXES-NEXT:   double value;
// CHECK-FIXES-NEXT:   void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-NEXT: #pragma pack(pop)
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void pragmaInFunction() {
// CHECK-FIXES-NEXT: #pragma pack(push, 1)
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT: #pragma pack(pop)
// CHECK-FIXES:      #pragma pack(push, 2)
// CHECK-FIXES-NEXT: #pragma pack(push)
// CHECK-FIXES-NEXT: #pragma pack()
// CHECK-FIXES-NEXT: struct Natural {
// CHECK-FIXES-NEXT:   char tag;
// CHECK-FIXES-NEXT:   double value;
// CHECK-FIXES-NEXT:   void serialize(cereal::BinaryOutputArchive &ar) { ar(cereal::binary_data(this, sizeof *this)); }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-NEXT: #pragma pack(pop)
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void resetInFunction() {
// CHECK-FIXES-NEXT: #pragma pack(push)
// CHECK-FIXES-NEXT: #pragma pack()
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT: #pragma pack(pop)
