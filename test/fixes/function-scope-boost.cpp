// A local class serialized with Boost moves to namespace scope, before the function; the
// program writes the same archive afterwards.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace app {

// Writes a point.
int write() {
  // The point we write.
  struct Point {
    int x = 1, y = 2;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x & y; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Point' is declared in function 'app::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  Point p;
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << p;
  }
  std::cout << os.str() << "\n";
  return 0;
}

} // namespace app

int main() { return app::write(); }

// CHECK-FIXES: namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // The point we write.
// CHECK-FIXES-NEXT: struct Point {
// CHECK-FIXES-NEXT:   int x = 1, y = 2;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x & y; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Writes a point.
// CHECK-FIXES-NEXT: int write() {
// CHECK-FIXES:   Point p;
