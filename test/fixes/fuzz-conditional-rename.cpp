// Found by the fix fuzzer (test/fuzz-fixes, seed 40): a local type declared in #if/#else twins
// whose name is taken at namespace scope would be renamed. The analysis sees one configuration:
// the uses after #endif were renamed too, and in the other configuration they then named
// nothing (the #else twin keeps its name). A new name for a type under a condition is refused.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17
// RUN: %check_serialscope %s %t.other --expect-unchanged --check-suffix=OTHER -- -std=c++17 -DFEATURE=0

#include <boost/archive/text_oarchive.hpp>
#include <sstream>

#ifndef FEATURE
#define FEATURE 1
#endif

namespace app {
struct Record { int unrelated = 0; };

std::string save() {
#if FEATURE
  struct Record {
    int a = 1;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & a; }
  };
#else
  struct Record {
    int a = 2;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & a; }
  };
#endif
  Record value;
  std::ostringstream os;
  boost::archive::text_oarchive oa(os);
  oa << value;
  return os.str();
}
// CHECK-MESSAGES: :[[@LINE-16]]:10: warning: serializable type 'Record' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-15]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-8]]:3: note: no fix: 'Record' needs a new name and is declared under a preprocessor condition: in the other configurations this use, renamed too, would name another type
// CHECK-MESSAGES-OTHER: :[[@LINE-14]]:10: warning: serializable type 'Record' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES-OTHER: :[[@LINE-13]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES-OTHER: :[[@LINE-11]]:3: note: no fix: 'Record' needs a new name and is declared under a preprocessor condition: in the other configurations this use, renamed too, would name another type
} // namespace app
