// Local classes of a lambda (at namespace scope and inside a function) and of a function
// template that does not use its template parameters in the class: each moves before the
// outermost declaration around it.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"

namespace app {

auto writeSample = [](int Seed) {
  struct Sample {
    int seed = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & seed; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Sample' is declared in a lambda: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  Sample S;
  S.seed = Seed;
  print(S);
};

template <class T> void writeCount(const T &Items) {
  struct Count {
    unsigned long n = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & n; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Count' is declared in function 'app::writeCount': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  Count C;
  C.n = Items.size();
  print(C);
}

void run() {
  auto Write = [] {
    struct Flag {
      bool on = true;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & on; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Flag' is declared in a lambda in function 'app::run': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    print(Flag());
  };
  Write();
}

} // namespace app

int main() {
  app::writeSample(4);
  app::writeCount(std::string("abc"));
  app::run();
}

// CHECK-FIXES:      struct Sample {
// CHECK-FIXES-NEXT:   int seed = 0;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & seed; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: auto writeSample = [](int Seed) {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   Sample S;
// CHECK-FIXES:      struct Count {
// CHECK-FIXES-NEXT:   unsigned long n = 0;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & n; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: template <class T> void writeCount(const T &Items) {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   Count C;
// CHECK-FIXES:      struct Flag {
// CHECK-FIXES-NEXT:   bool on = true;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & on; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void run() {
// CHECK-FIXES-NEXT:   auto Write = [] {
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     print(Flag());
