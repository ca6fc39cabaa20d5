// Anonymous-namespace class templates leave with their specializations, deduction guides
// and explicit instantiations: left behind, a specialization would no longer specialize the
// moved template. A renamed template is renamed everywhere it is spelled, class template
// argument deduction included. The archives are the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

// Another module's Box: code in 'app' naming it would find a moved 'Box' instead.
struct Box {
  int legacy = 2;
};

namespace app {

namespace {

template <class T> struct Box {
  T v{};
  Box() = default;
  explicit Box(T t) : v(t) {}
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
Box(const char *) -> Box<std::string>;

int helper() { return 1; }

template <> struct Box<char> {
  int c = 9;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & c; }
};

template <class T> struct Pair {
  T a{}, b{};
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & a & b; }
};

int helper2() { return 2; }

template <class T> struct Pair<T *> {
  int null = 0;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & null; }
};
template struct Pair<long>;

} // namespace

int legacy() { return ::Box{}.legacy + helper() + helper2(); }

void run() {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    Box<int> b(4);
    Box<char> c;
    Box d{2.5};
    Box s("text");
    Pair<int> p{1, 2};
    Pair<int *> q;
    ar << b << c << d << s << p << q;
  }
  std::cout << os.str() << " " << legacy() << "\n";
}

} // namespace app

int main() { app::run(); }

// CHECK-MESSAGES: :20:27: warning: serializable type 'Box' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :24:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :12:8: note: the fix renames 'Box' to 'anonymous_namespace_templates_Box': under its own name it would collide with this declaration
// CHECK-MESSAGES: :30:20: warning: serializable type 'Box<char>' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :32:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :20:27: note: the fix for 'Box' moves this type too: they leave the anonymous namespace together
// CHECK-MESSAGES: :35:27: warning: serializable type 'Pair' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :37:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :44:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :20:27: note: the fix for 'Box' moves this type too: they leave the anonymous namespace together
// CHECK-MESSAGES: :42:27: warning: serializable type 'Pair<T *>' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :44:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :20:27: note: the fix for 'Box' moves this type too: they leave the anonymous namespace together

//      CHECK-FIXES: namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: template <class T> struct anonymous_namespace_templates_Box {
//      CHECK-FIXES:   anonymous_namespace_templates_Box() = default;
// CHECK-FIXES-NEXT:   explicit anonymous_namespace_templates_Box(T t) : v(t) {}
//      CHECK-FIXES: anonymous_namespace_templates_Box(const char *) -> anonymous_namespace_templates_Box<std::string>;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int helper() { return 1; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: template <> struct anonymous_namespace_templates_Box<char> {
//      CHECK-FIXES: template <class T> struct Pair {
//      CHECK-FIXES: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int helper2() { return 2; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: template <class T> struct Pair<T *> {
//      CHECK-FIXES: template struct Pair<long>;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int legacy() { return ::Box{}.legacy + helper() + helper2(); }
//      CHECK-FIXES:     anonymous_namespace_templates_Box<int> b(4);
// CHECK-FIXES-NEXT:     anonymous_namespace_templates_Box<char> c;
// CHECK-FIXES-NEXT:     anonymous_namespace_templates_Box d{2.5};
// CHECK-FIXES-NEXT:     anonymous_namespace_templates_Box s("text");
