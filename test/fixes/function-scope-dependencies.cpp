// Local types a moved type uses (an enum, a plain struct) move first, in their order; a second
// serializable type that uses both moves in the same fix. Each program prints the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"

namespace app {

void save() {
  enum class Kind { Small, Large };
  // A coordinate.
  struct Coord {
    int x = 1, y = 2;
  };
  struct Shape {
    Kind kind = Kind::Large;
    Coord at;
    void serialize(boost::archive::text_oarchive &ar, unsigned) {
      int k = static_cast<int>(kind);
      ar & k & at.x & at.y;
    }
  };
  // CHECK-MESSAGES: :[[@LINE-8]]:10: warning: serializable type 'Shape' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-6]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-15]]:14: note: the fix moves the local type 'Kind' first: 'Shape' uses it
  // CHECK-MESSAGES: :[[@LINE-14]]:10: note: the fix moves the local type 'Coord' first: 'Shape' uses it
  struct Scene {
    Shape first;
    Coord origin;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & first & origin.x; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Scene' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :19:10: note: the fix for 'Shape' moves this type too: both go before the same declaration
  print(Scene());
  Coord c;
  print(Shape{Kind::Small, c});
}

} // namespace app

int main() { app::save(); }

// CHECK-FIXES:      enum class Kind { Small, Large };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // A coordinate.
// CHECK-FIXES-NEXT: struct Coord {
// CHECK-FIXES-NEXT:   int x = 1, y = 2;
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Shape {
// CHECK-FIXES-NEXT:   Kind kind = Kind::Large;
// CHECK-FIXES-NEXT:   Coord at;
// CHECK-FIXES:      struct Scene {
// CHECK-FIXES-NEXT:   Shape first;
// CHECK-FIXES-NEXT:   Coord origin;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & first & origin.x; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void save() {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   print(Scene());
// CHECK-FIXES-NEXT:   Coord c;
