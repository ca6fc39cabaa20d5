// Found by the fix fuzzer (test/fuzz-fixes): a serializable local class whose member function
// declares serializable local classes of its own. The fix moves the outer class with the inner
// ones inside it and also copies the inner ones to namespace scope; the next --fix copies
// them again under derived names.
// XFAIL: *
// Bug: nested local classes are moved twice (inside their outer class and on their own), so a second --fix changes the file.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>

#include "print-archive.h"

namespace app {
void save() {
  struct Outer {
    int a = 1;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & a; }
    // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Outer' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-2]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
    void nested() const {
      struct Part {
        int x = 2;
        void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
      };
      // CHECK-MESSAGES: :[[@LINE-4]]:14: warning: serializable type 'Part' is declared in member function 'app::save()::Outer::nested': no reader outside can name it [serialscope-non-resolvable-type]
      // CHECK-MESSAGES: :[[@LINE-3]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
      struct Inner {
        Part part;
        void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & part; }
      };
      // CHECK-MESSAGES: :[[@LINE-4]]:14: warning: serializable type 'Inner' is declared in member function 'app::save()::Outer::nested': no reader outside can name it [serialscope-non-resolvable-type]
      // CHECK-MESSAGES: :[[@LINE-3]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
      print(Inner());
    }
  };
  print(Outer());
  Outer().nested();
}
} // namespace app

int main() { app::save(); }

// CHECK-FIXES: struct Outer {
