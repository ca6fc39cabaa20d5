// Found by the fix fuzzer (test/fuzz-fixes): a class of an anonymous namespace with a data
// member of an unnamed type. One --fix should move the class and name the member's type; today
// the split of the namespace and the naming are two fixes that change the same text, so the
// second waits for the next run and a second --fix changes the file again.
// XFAIL: *
// Bug: an unnamed member of a type that moves out of an anonymous namespace is named only by a second --fix.
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
// CHECK-MESSAGES: :[[@LINE-8]]:3: warning: serializable type of member 'part' is an unnamed struct declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-7]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-12]]:8: note: the fix for 'Item' moves 'Item', and this type with it
} // namespace
} // namespace io

int main() {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << io::Item{};
  }
  std::cout << os.str() << "\n";
}

// CHECK-FIXES: struct Item {
// CHECK-FIXES: {{ *}}Part part;
