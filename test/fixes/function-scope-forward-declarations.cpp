// A local type's forward declaration in its function goes when the type moves: left there,
// `struct Node;` would declare another, never defined, local type. It is not a collision (the
// type keeps its name unless something else takes it), an elaborated use (`struct Node *`)
// finds the moved type, and a type used through a pointer before its definition moves first.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/serialization/vector.hpp>
#include <vector>

#include "print-archive.h"

namespace app {

void chain() {
  struct Node;
  Node *head = nullptr;
  struct Node {
    int v = 3;
    struct Node *next = nullptr;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Node' is declared in function 'app::chain': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  Node n;
  head = &n;
  print(*head);
}

struct Entry {};

void renamed() {
  struct Entry;
  struct Entry {
    int v = 4;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Entry' is declared in function 'app::renamed': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :29:8: note: the fix renames 'Entry' to 'renamed_Entry': under its own name it would collide with this declaration
  Entry e;
  print(e);
}

void usedBeforeDefinition() {
  struct Item;
  struct List {
    std::vector<Item *> items;
    void serialize(boost::archive::text_oarchive &ar, unsigned) {
      int n = static_cast<int>(items.size());
      ar & n;
    }
  };
  // CHECK-MESSAGES: :46:10: warning: serializable type 'List' is declared in function 'app::usedBeforeDefinition': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :48:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: the fix moves the local type 'Item' first: 'List' uses it

  struct Item {
    int v = 5;
  };
  Item i;
  List l;
  l.items.push_back(&i);
  print(l);
}

} // namespace app

int main() {
  app::chain();
  app::renamed();
  app::usedBeforeDefinition();
}

// CHECK-FIXES:      struct Node {
// CHECK-FIXES-NEXT:   int v = 3;
// CHECK-FIXES-NEXT:   struct Node *next = nullptr;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void chain() {
// CHECK-FIXES-NEXT:   Node *head = nullptr;
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   Node n;
// CHECK-FIXES:      struct renamed_Entry {
// CHECK-FIXES-NEXT:   int v = 4;
// CHECK-FIXES:      void renamed() {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   renamed_Entry e;
// CHECK-FIXES:      struct Item {
// CHECK-FIXES-NEXT:   int v = 5;
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct List {
// CHECK-FIXES-NEXT:   std::vector<Item *> items;
// CHECK-FIXES:      void usedBeforeDefinition() {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   Item i;
