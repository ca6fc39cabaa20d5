// A local type whose name is taken at namespace scope, and two local types of the same name
// in two member functions, get derived names; every place the function spells the name
// (constructors, the injected class name, `struct Point Q`, `Sample S` left behind by
// `struct Sample {...} S;`) is rewritten, and a note says so. The archives are the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"

namespace app {

struct Point { int unrelated; };

void parse() {
  struct Point {
    int x = 1, y = 2;
    Point() = default;
    Point(int X) : Point() { x = X; }
    static Point origin() { return Point(0); }
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x & y; }
  };
  // CHECK-MESSAGES: :[[@LINE-7]]:10: warning: serializable type 'Point' is declared in function 'app::parse': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :15:8: note: the fix renames 'Point' to 'parse_Point': under its own name it would collide with this declaration
  Point P = Point::origin();
  struct Point Q(5);
  print(P);
  print(Q);
}

class Reader {
public:
  void load() {
    struct Sample {
      int v = 3;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
    } S;
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Sample' is declared in member function 'app::Reader::load': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    // CHECK-MESSAGES: :47:12: note: the fix renames 'Sample' to 'Reader_load_Sample': under its own name it would collide with this declaration
    print(S);
  }
  void save() {
    struct Sample {
      int w = 4;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & w; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Sample' is declared in member function 'app::Reader::save': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    // CHECK-MESSAGES: :37:12: note: the fix renames 'Sample' to 'Reader_save_Sample': under its own name it would collide with this declaration
    // CHECK-MESSAGES: :37:12: note: the fix for 'Sample' moves this type too: both go before the same declaration
    print(Sample());
  }
};

} // namespace app

int main() {
  app::parse();
  app::Reader R;
  R.load();
  R.save();
}

// CHECK-FIXES:      struct parse_Point {
// CHECK-FIXES-NEXT:   int x = 1, y = 2;
// CHECK-FIXES-NEXT:   parse_Point() = default;
// CHECK-FIXES-NEXT:   parse_Point(int X) : parse_Point() { x = X; }
// CHECK-FIXES-NEXT:   static parse_Point origin() { return parse_Point(0); }
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x & y; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void parse() {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   parse_Point P = parse_Point::origin();
// CHECK-FIXES-NEXT:   struct parse_Point Q(5);
// CHECK-FIXES:      struct Reader_load_Sample {
// CHECK-FIXES-NEXT:   int v = 3;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Reader_save_Sample {
// CHECK-FIXES-NEXT:   int w = 4;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & w; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: class Reader {
// CHECK-FIXES-NEXT: public:
// CHECK-FIXES-NEXT:   void load() {
// CHECK-FIXES-NEXT:     Reader_load_Sample S;
// CHECK-FIXES:          print(Reader_save_Sample());
