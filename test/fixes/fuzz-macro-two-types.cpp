// Found by the fix fuzzer (test/fuzz-fixes): two serializable local types from one macro
// expansion share a location. Each is a finding (with no fix: it comes from a macro), in every
// front end. (Once the standalone tool reported only the first: it told findings apart by
// file and offset, not by the type.)
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

#define DECLARE_RECORDS                                                                       \
  struct First {                                                                              \
    int v = 0;                                                                                \
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }                   \
  };                                                                                          \
  struct Second {                                                                             \
    int w = 0;                                                                                \
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & w; }                   \
  };

namespace app {
void save() { DECLARE_RECORDS }
} // namespace app
// CHECK-MESSAGES: :[[@LINE-2]]:15: warning: serializable type 'First' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:15: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: no fix: 'First' comes from a macro expansion
// CHECK-MESSAGES: :[[@LINE-5]]:15: warning: serializable type 'Second' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-6]]:15: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-7]]:15: note: no fix: 'Second' comes from a macro expansion
