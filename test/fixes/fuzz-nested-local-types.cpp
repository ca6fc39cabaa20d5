// Found by the fix fuzzer (test/fuzz-fixes): a serializable local class whose member function
// declares serializable local classes of its own. One fix moves them all, each out of the
// class that held it; a second --fix changes nothing. (Once the outer class moved with the
// inner ones inside it, which were copied beside it too, and each --fix copied them again.)
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
