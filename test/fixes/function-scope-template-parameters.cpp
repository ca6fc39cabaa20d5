// A local class that uses its function template's parameters becomes a class template over
// exactly those it uses (T and Width, not Tag), without their default arguments; the function
// names it with its arguments. Both instantiations write the same archives after.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"
#include <string>

namespace app {

// Writes a value with its width.
template <class Tag, class T = int, int Width = 2>
void writeTagged(const T &Value) {
  // The record.
  struct Tagged {
    T value{};
    int width = Width;
    Tagged() = default;
    explicit Tagged(const T &V) : value(V) {}
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & value & width; }
  };
  // CHECK-MESSAGES: :[[@LINE-7]]:10: warning: serializable type 'Tagged' is declared in function 'app::writeTagged': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-9]]:10: note: the fix makes 'Tagged' a template over the parameters of the enclosing template it uses: T, Width
  Tagged Record(Value);
  print(Record);
  print(Tagged());
}

// The variable declared with the type keeps it, with the template arguments.
template <class T> void writeHeld(const T &Value) {
  struct Held {
    char tag;
    T value;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & tag & value; }
  } __attribute__((packed)) Item{'h', Value};
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Held' is declared in function 'app::writeHeld': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:10: note: the fix makes 'Held' a template over the parameters of the enclosing template it uses: T
  std::cout << sizeof(Item) << "\n";
  print(Item);
}

} // namespace app

struct Marker {};

int main() {
  app::writeTagged<Marker>(5);
  app::writeTagged<Marker, std::string, 7>(std::string("abc"));
  app::writeHeld(7L);
}

// CHECK-FIXES:      // The record.
// CHECK-FIXES-NEXT: template <class T, int Width>
// CHECK-FIXES-NEXT: struct Tagged {
// CHECK-FIXES-NEXT:   T value{};
// CHECK-FIXES-NEXT:   int width = Width;
// CHECK-FIXES-NEXT:   Tagged() = default;
// CHECK-FIXES-NEXT:   explicit Tagged(const T &V) : value(V) {}
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & value & width; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Writes a value with its width.
// CHECK-FIXES-NEXT: template <class Tag, class T = int, int Width = 2>
// CHECK-FIXES-NEXT: void writeTagged(const T &Value) {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   Tagged<T, Width> Record(Value);
// CHECK-FIXES-NEXT:   print(Record);
// CHECK-FIXES-NEXT:   print(Tagged<T, Width>());
// CHECK-FIXES:      template <class T>
// CHECK-FIXES-NEXT: struct Held {
// CHECK-FIXES-NEXT:   char tag;
// CHECK-FIXES-NEXT:   T value;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & tag & value; }
// CHECK-FIXES-NEXT: } __attribute__((packed));
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // The variable declared with the type keeps it, with the template arguments.
// CHECK-FIXES-NEXT: template <class T> void writeHeld(const T &Value) {
// CHECK-FIXES-NEXT:   Held<T> Item{'h', Value};
