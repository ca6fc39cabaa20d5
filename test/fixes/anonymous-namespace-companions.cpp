// What leaves the anonymous namespace with a type: the adjacent type (one split for both),
// its forward declaration, an out-of-line member definition, and a free serialize template
// that argument-dependent lookup would otherwise no longer find. The archives are the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace app {

namespace {

struct Fwd;

// A.
struct A {
  int v = 1;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'A' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive
struct B {
  int v = 2;
  void serialize(boost::archive::text_oarchive &ar, unsigned);
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'B' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive

void B::serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-MESSAGES: :17:8: note: the fix for 'A' moves this type too: they leave the anonymous namespace together

struct Fwd {
  int w = 3;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Fwd' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]

// Writes a Fwd.
template <class Archive> void serialize(Archive &ar, Fwd &f, unsigned) { ar & f.w; }
// CHECK-MESSAGES: :[[@LINE-1]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Fwd'
// CHECK-MESSAGES: :17:8: note: the fix for 'A' moves this type too: they leave the anonymous namespace together

int helper() { return 0; }

} // namespace

} // namespace app

template <class T> void write(const T &t) {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << t;
  }
  std::cout << os.str() << "\n";
}

int main() {
  write(app::A{});
  write(app::B{});
  write(app::Fwd{});
  return app::helper();
}

// CHECK-FIXES:      namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Fwd;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // A.
// CHECK-FIXES-NEXT: struct A {
// CHECK-FIXES:      void B::serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES:      template <class Archive> void serialize(Archive &ar, Fwd &f, unsigned) { ar & f.w; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int helper() { return 0; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace app
