// A local class with data members of unnamed types: the fix that moves the class out of its
// function names those types in the moved text (inner ones too, and those of a named nested
// class), so one --fix leaves nothing to fix.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

using Archive = boost::archive::text_oarchive;

namespace io {
void run() {
  struct Item {
    int x = 4;
    struct {
      struct {
        int b = 2;
        void serialize(Archive &ar, unsigned) { ar & b; }
      } leaf;
      void serialize(Archive &ar, unsigned) { ar & leaf; }
    } part;
    struct Nested {
      struct {
        int c = 3;
        void serialize(Archive &ar, unsigned) { ar & c; }
      } inner;
      void serialize(Archive &ar, unsigned) { ar & inner; }
    } nested;
    void serialize(Archive &ar, unsigned) { ar & x & part & nested; }
  };
  // CHECK-MESSAGES: :[[@LINE-18]]:10: warning: serializable type 'Item' is declared in function 'io::run': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-18]]:5: note: the fix names the unnamed struct 'Part' after member 'part'
  // CHECK-MESSAGES: :[[@LINE-18]]:7: note: the fix names the unnamed struct 'Leaf' after member 'leaf'
  // CHECK-MESSAGES: :[[@LINE-12]]:7: note: the fix names the unnamed struct 'Inner' after member 'inner'
  // CHECK-MESSAGES: :[[@LINE-21]]:5: warning: serializable type of member 'part' is an unnamed struct declared in function 'io::run': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-17]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-25]]:10: note: the fix for 'Item' moves 'Item', and this type with it
  // CHECK-MESSAGES: :[[@LINE-23]]:7: warning: serializable type of member 'leaf' is an unnamed struct declared in function 'io::run': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-22]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-28]]:10: note: the fix for 'Item' moves 'Item', and this type with it
  // CHECK-MESSAGES: :[[@LINE-20]]:12: warning: serializable type 'Nested' is declared in function 'io::run': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-16]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-31]]:10: note: the fix for 'Item' moves 'Item', and this type with it
  // CHECK-MESSAGES: :[[@LINE-22]]:7: warning: serializable type of member 'inner' is an unnamed struct declared in function 'io::run': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-21]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-34]]:10: note: the fix for 'Item' moves 'Item', and this type with it
  std::ostringstream os;
  {
    Archive ar(os, boost::archive::no_header);
    ar << Item{};
  }
  std::cout << os.str() << "\n";
}
} // namespace io

int main() { io::run(); }

// CHECK-FIXES: {{^}}namespace io {{{$}}
// CHECK-FIXES-NEXT: {{^}}struct Item {{{$}}
// CHECK-FIXES-NEXT: {{^}}  int x = 4;
// CHECK-FIXES-NEXT: {{^}}  struct Part {{{$}}
// CHECK-FIXES-NEXT: {{^}}    struct Leaf {{{$}}
// CHECK-FIXES: {{^}}    };{{$}}
// CHECK-FIXES-NEXT: {{^}}    Leaf leaf;
// CHECK-FIXES: {{^}}  };{{$}}
// CHECK-FIXES-NEXT: {{^}}  Part part;
// CHECK-FIXES-NEXT: {{^}}  struct Nested {{{$}}
// CHECK-FIXES-NEXT: {{^}}    struct Inner {{{$}}
// CHECK-FIXES: {{^}}    };{{$}}
// CHECK-FIXES-NEXT: {{^}}    Inner inner;
// CHECK-FIXES: {{^}}void run() {{{$}}
