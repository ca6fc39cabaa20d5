// In a local class `this` is the local class's own: a local class cannot name the enclosing
// member function's `this`, so its uses of `this` (explicit, `*this`, a lambda capturing it)
// never block the move. The member function itself keeps using its object's members.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include "print-archive.h"

namespace app {

class Recorder {
public:
  int base = 5;
  void record() const {
    struct Entry {
      int v = 0;
      int twice = 0;
      Entry &self() { return *this; }
      void fill(int x) {
        this->v = x;
        twice = [this] { return v * 2; }();
      }
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & this->v & twice; }
    };
    // CHECK-MESSAGES: :[[@LINE-10]]:12: warning: serializable type 'Entry' is declared in member function 'app::Recorder::record': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    Entry e;
    e.fill(base + this->base);
    print(e.self());
  }
};

} // namespace app

int main() { app::Recorder().record(); }

// CHECK-FIXES:      namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Entry {
// CHECK-FIXES-NEXT:   int v = 0;
// CHECK-FIXES-NEXT:   int twice = 0;
// CHECK-FIXES-NEXT:   Entry &self() { return *this; }
// CHECK-FIXES-NEXT:   void fill(int x) {
// CHECK-FIXES-NEXT:     this->v = x;
// CHECK-FIXES-NEXT:     twice = [this] { return v * 2; }();
// CHECK-FIXES-NEXT:   }
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & this->v & twice; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: class Recorder {
// CHECK-FIXES-NEXT: public:
// CHECK-FIXES-NEXT:   int base = 5;
// CHECK-FIXES-NEXT:   void record() const {
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     Entry e;
// CHECK-FIXES-NEXT:     e.fill(base + this->base);
