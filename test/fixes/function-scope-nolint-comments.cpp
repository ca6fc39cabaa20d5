// NOLINT directives above a local type stay where they are when the type moves: a
// NOLINTBEGIN/NOLINTEND pair keeps its region, a NOLINT line is about itself. A plain comment
// moves with the type, and so does a NOLINTNEXTLINE, which applies to the type's first line.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include "print-archive.h"

namespace app {

int write() {
  // NOLINTBEGIN(readability-magic-numbers)
  int Scale = 7;
  // NOLINTEND(readability-magic-numbers)
  struct AfterRegion {
    int x = 1;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'AfterRegion' is declared in function 'app::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive

  // A point in the plane.
  struct Documented {
    int x = 2;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Documented' is declared in function 'app::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :14:10: note: the fix for 'AfterRegion' moves this type too: both go before the same declaration
  /* NOLINTBEGIN(cppcoreguidelines-*) */
  // Documented, but after the region's start: the documentation stays with the directive.
  // NOLINT
  struct InBlockRegion {
    int x = 3;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'InBlockRegion' is declared in function 'app::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :14:10: note: the fix for 'AfterRegion' moves this type too: both go before the same declaration
  /* NOLINTEND(cppcoreguidelines-*) */
  // NOLINTNEXTLINE(cppcoreguidelines-special-member-functions)
  struct NextLine {
    int x = 4;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'NextLine' is declared in function 'app::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :14:10: note: the fix for 'AfterRegion' moves this type too: both go before the same declaration
  print(AfterRegion());
  print(Documented());
  print(InBlockRegion());
  print(NextLine());
  return Scale;
}

} // namespace app

int main() { return app::write() == 7 ? 0 : 1; }

// CHECK-FIXES:      namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct AfterRegion {
// CHECK-FIXES-NEXT:   int x = 1;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // A point in the plane.
// CHECK-FIXES-NEXT: struct Documented {
// CHECK-FIXES-NEXT:   int x = 2;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct InBlockRegion {
// CHECK-FIXES-NEXT:   int x = 3;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // NOLINTNEXTLINE(cppcoreguidelines-special-member-functions)
// CHECK-FIXES-NEXT: struct NextLine {
// CHECK-FIXES-NEXT:   int x = 4;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int write() {
// CHECK-FIXES-NEXT:   // NOLINTBEGIN(readability-magic-numbers)
// CHECK-FIXES-NEXT:   int Scale = 7;
// CHECK-FIXES-NEXT:   // NOLINTEND(readability-magic-numbers)
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   /* NOLINTBEGIN(cppcoreguidelines-*) */
// CHECK-FIXES-NEXT:   // Documented, but after the region's start: the documentation stays with the directive.
// CHECK-FIXES-NEXT:   // NOLINT
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   /* NOLINTEND(cppcoreguidelines-*) */
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   print(AfterRegion());
