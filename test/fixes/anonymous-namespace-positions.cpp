// Anonymous-namespace types first, in the middle and last in their namespace, and alone in
// an anonymous namespace inside a named one: the namespace is split around each, no empty
// namespace is left behind, new braces are spaced like the old. The archives are the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace {

// The first.
struct First {
  int v = 1;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};

int helper() { return 2; }

struct Middle {
  int v = 2;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};

int helper2() { return 3; }

/* The last. */
struct Last {
  int v = 3;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};

} // namespace

namespace app {
namespace {
struct Alone {
  int v = 4;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
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
  write(First{});
  write(Middle{});
  write(Last{});
  write(app::Alone{});
  return helper() + helper2() - 5;
}

// CHECK-MESSAGES: :13:8: warning: serializable type 'First' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :15:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :20:8: warning: serializable type 'Middle' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :22:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :28:8: warning: serializable type 'Last' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :30:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :37:8: warning: serializable type 'Alone' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :39:8: note: evidence [archive-member]: member function 'serialize' takes an archive

//      CHECK-FIXES: #include <sstream>
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // The first.
// CHECK-FIXES-NEXT: struct First {
// CHECK-FIXES-NEXT:   int v = 1;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int helper() { return 2; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Middle {
// CHECK-FIXES-NEXT:   int v = 2;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int helper2() { return 3; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: /* The last. */
// CHECK-FIXES-NEXT: struct Last {
// CHECK-FIXES-NEXT:   int v = 3;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace app {
// CHECK-FIXES-NEXT: struct Alone {
// CHECK-FIXES-NEXT:   int v = 4;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-NEXT: } // namespace app
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: template <class T> void write(const T &t) {
