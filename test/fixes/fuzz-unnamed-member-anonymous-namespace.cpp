// Found by the fix fuzzer (test/fuzz-fixes): a class of an anonymous namespace with data members
// of unnamed types. The fix that moves the class out of the namespace names those types in the
// same edit of the moved text (inner ones too, and those of a named nested class), so one --fix
// leaves nothing to fix; a type that cannot be named keeps its note, and the class moves anyway.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

namespace io {
namespace {
struct Item {
  int x = 4;
  struct {
    int a = 1;
    template <class Archive> void serialize(Archive &ar, unsigned) { ar & a; }
  } part;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & x & part; }
};
// CHECK-MESSAGES: :[[@LINE-8]]:8: warning: serializable type 'Item' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-8]]:3: note: the fix names the unnamed struct 'Part' after member 'part'
// CHECK-MESSAGES: :[[@LINE-9]]:3: warning: serializable type of member 'part' is an unnamed struct declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-8]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-13]]:8: note: the fix for 'Item' moves 'Item', and this type with it
} // namespace

// Indented deeper than the namespace: the moved text is re-indented with the new names in it.
namespace {
  int unrelated() { return 0; }

  struct Outer {
    struct {
      struct {
        int b = 2;
        template <class Archive> void serialize(Archive &ar, unsigned) { ar & b; }
      } leaf;
      template <class Archive> void serialize(Archive &ar, unsigned) { ar & leaf; }
    } branch;
    struct Nested {
      struct {
        int c = 3;
        template <class Archive> void serialize(Archive &ar, unsigned) { ar & c; }
      } inner;
      template <class Archive> void serialize(Archive &ar, unsigned) { ar & inner; }
    } nested;
    template <class Archive> void serialize(Archive &ar, unsigned) { ar & branch & nested; }
  };
  // CHECK-MESSAGES: :[[@LINE-17]]:10: warning: serializable type 'Outer' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-18]]:5: note: the fix names the unnamed struct 'Branch' after member 'branch'
  // CHECK-MESSAGES: :[[@LINE-18]]:7: note: the fix names the unnamed struct 'Leaf' after member 'leaf'
  // CHECK-MESSAGES: :[[@LINE-12]]:7: note: the fix names the unnamed struct 'Inner' after member 'inner'
  // CHECK-MESSAGES: :[[@LINE-21]]:5: warning: serializable type of member 'branch' is an unnamed struct declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-17]]:37: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-24]]:10: note: the fix for 'Outer' moves 'Outer', and this type with it
  // CHECK-MESSAGES: :[[@LINE-23]]:7: warning: serializable type of member 'leaf' is an unnamed struct declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-22]]:39: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-27]]:10: note: the fix for 'Outer' moves 'Outer', and this type with it
  // CHECK-MESSAGES: :[[@LINE-20]]:12: warning: serializable type 'Nested' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-16]]:37: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-30]]:10: note: the fix for 'Outer' moves 'Outer', and this type with it
  // CHECK-MESSAGES: :[[@LINE-22]]:7: warning: serializable type of member 'inner' is an unnamed struct declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-21]]:39: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-33]]:10: note: the fix for 'Outer' moves 'Outer', and this type with it

  // Two members share the unnamed type: it gets no name, but its class still moves.
  struct Pair {
    struct {
      int d = 5;
      template <class Archive> void serialize(Archive &ar, unsigned) { ar & d; }
    } first, second;
    template <class Archive> void serialize(Archive &ar, unsigned) { ar & first & second; }
  };
  // CHECK-MESSAGES: :[[@LINE-7]]:10: warning: serializable type 'Pair' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-45]]:10: note: the fix for 'Outer' moves this type too: they leave the anonymous namespace together
  // CHECK-MESSAGES: :[[@LINE-9]]:5: warning: serializable type of member 'first' is an unnamed struct declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-8]]:37: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: no fix: the unnamed struct declares several variables or members ('second' is one more); which name it should have is for you to choose
} // namespace
} // namespace io

template <class T> void print(const T &value) {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << value;
  }
  std::cout << os.str() << "\n";
}

int main() {
  print(io::Item{});
  print(io::Outer{});
  print(io::Pair{});
  return io::unrelated();
}

// CHECK-FIXES: {{^}}namespace io {{{$}}
// CHECK-FIXES-NEXT: {{^}}struct Item {{{$}}
// CHECK-FIXES-NEXT: {{^}}  int x = 4;
// CHECK-FIXES-NEXT: {{^}}  struct Part {{{$}}
// CHECK-FIXES: {{^}}  };{{$}}
// CHECK-FIXES-NEXT: {{^}}  Part part;
// CHECK-FIXES: {{^}}struct Outer {{{$}}
// CHECK-FIXES-NEXT: {{^}}  struct Branch {{{$}}
// CHECK-FIXES-NEXT: {{^}}    struct Leaf {{{$}}
// CHECK-FIXES: {{^}}    };{{$}}
// CHECK-FIXES-NEXT: {{^}}    Leaf leaf;
// CHECK-FIXES: {{^}}  };{{$}}
// CHECK-FIXES-NEXT: {{^}}  Branch branch;
// CHECK-FIXES-NEXT: {{^}}  struct Nested {{{$}}
// CHECK-FIXES-NEXT: {{^}}    struct Inner {{{$}}
// CHECK-FIXES: {{^}}    };{{$}}
// CHECK-FIXES-NEXT: {{^}}    Inner inner;
// CHECK-FIXES: {{^}}struct Pair {{{$}}
// CHECK-FIXES-NEXT: {{^}}  struct {{{$}}
// CHECK-FIXES: {{^}}  } first, second;
