// Scope function: a type defined in a free function (also one inside a named namespace, and
// in a nested block) has no linkage; no reader outside the function can name it.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

void top(boost::archive::text_oarchive &ar) {
  struct Entry {
    int v = 0;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Entry' is declared in function 'top': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar << Entry{};
}

namespace io::detail {
int nested(boost::archive::text_oarchive &ar, bool deep) {
  if (deep) {
    // A block inside the function: still the function's scope.
    struct Deep {
      int level = 2;
      void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & level; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Deep' is declared in function 'io::detail::nested': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    ar << Deep{};
  }
  return 0;
}
} // namespace io::detail

// Negative: a plain local struct beside a serializable one is not reported.
int plain() {
  struct Pair {
    int a = 0, b = 0;
  };
  return Pair{}.a;
}
