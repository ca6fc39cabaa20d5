// Lookup that a hoist would change: a local type whose name a block-scope using-declaration
// brings in, and one whose name is an outer namespace's type used later in the namespace.
// Both get derived names, and the program prints the same archives after the fix.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>

#include "print-archive.h"

namespace lib {
struct Entry {
  int id = 7;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id; }
};
} // namespace lib

// An outer namespace's type, named unqualified from 'app' after the function.
struct Range {
  int lo = 1, hi = 2;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & lo & hi; }
};

namespace app {

void report() {
  using lib::Entry;
  Entry shared;
  print(shared);
  {
    struct Entry {
      int local = 3;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & local; }
    };
    Entry mine;
    print(mine);
  }
  struct Range {
    double width = 0.5;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & width; }
  };
  print(Range{});
}

// Means ::Range: a hoisted 'Range' in 'app' would take its place.
Range defaults() { return Range{}; }

} // namespace app

int main() {
  app::report();
  app::print(app::defaults());
}

// CHECK-MESSAGES: :30:12: warning: serializable type 'Entry' is declared in function 'app::report': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :32:12: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :26:14: note: the fix renames 'Entry' to 'report_Entry': under its own name it would collide with this declaration
// CHECK-MESSAGES: :37:10: warning: serializable type 'Range' is declared in function 'app::report': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :39:10: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :18:8: note: the fix renames 'Range' to 'report_Range': under its own name it would collide with this declaration
// CHECK-MESSAGES: :30:12: note: the fix for 'Entry' moves this type too: both go before the same declaration

//      CHECK-FIXES: namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct report_Entry {
//      CHECK-FIXES: struct report_Range {
//      CHECK-FIXES: void report() {
// CHECK-FIXES-NEXT:   using lib::Entry;
// CHECK-FIXES-NEXT:   Entry shared;
//      CHECK-FIXES:     report_Entry mine;
//      CHECK-FIXES:   print(report_Range{});
//      CHECK-FIXES: Range defaults() { return Range{}; }
