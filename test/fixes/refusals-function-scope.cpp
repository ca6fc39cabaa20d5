// Local types whose move would not compile or would change meaning: every finding gets a
// note naming what blocks its fix, and --fix leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

namespace app {

struct Point {};

void staticLocal() {
  static int Counter = 0;
  struct UsesStatic {
    int v = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; ++Counter; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesStatic' is declared in function 'app::staticLocal': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-4]]:77: note: no fix: 'UsesStatic' uses the static local variable 'Counter', declared in function 'app::staticLocal'
}

void localConstant() {
  const int Size = 3;
  struct UsesConstant {
    int v[Size] = {};
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesConstant' is declared in function 'app::localConstant': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:11: note: no fix: 'UsesConstant' uses the local constant 'Size', declared in function 'app::localConstant'
}

class Owner {
  using Id = int;
  void method() {
    struct UsesMember {
      Id v = 0;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'UsesMember' is declared in member function 'app::Owner::method': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    // CHECK-MESSAGES: :[[@LINE-5]]:7: note: no fix: 'UsesMember' uses 'Id', a member of 'Owner' found through the enclosing class, and the type would move before 'Owner' is complete
  }
};

class Later {
  int v = 0;

public:
  void method() {
    struct UsesLater {
      int v = 0;
      explicit UsesLater(const Later &L) : v(L.v) {}
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
    };
    // CHECK-MESSAGES: :[[@LINE-5]]:12: warning: serializable type 'UsesLater' is declared in member function 'app::Later::method': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    // CHECK-MESSAGES: :[[@LINE-5]]:32: note: no fix: 'UsesLater' uses 'Later', which is declared only after the place the type would move to
  }
};

#define DECLARE_RECORD                                                                     \
  struct Record {                                                                          \
    int v = 0;                                                                             \
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }                \
  };

void fromMacro() { DECLARE_RECORD }
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: serializable type 'Record' is declared in function 'app::fromMacro': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:20: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-3]]:20: note: no fix: 'Record' comes from a macro expansion

void otherLocalType() {
  static int Count = 0;
  struct Counter {
    int n() const { return ++Count; }
  };
  struct UsesLocalType {
    Counter c;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { int v = c.n(); ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesLocalType' is declared in function 'app::otherLocalType': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-9]]:10: note: no fix: 'UsesLocalType' uses the local type 'Counter', which cannot move: 'Counter' uses the static local variable 'Count', declared in function 'app::otherLocalType'
}

template <class T> void templatedDependency(T Value) {
  struct Inner {
    T v;
  };
  struct Outer {
    Inner inner;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & inner.v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Outer' is declared in function 'app::templatedDependency': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-9]]:10: note: no fix: 'Outer' uses the local type 'Inner', which would become a template
  Outer o{Inner{Value}};
  (void)o;
}
template void templatedDependency(int);

} // namespace app
