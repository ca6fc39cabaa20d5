// A NOLINT silences a finding only on the line of the warning, which is the type's name (not
// its 'struct' keyword); an unclosed "NOLINT(" applies to every check. As in clang-tidy, in
// all three front ends.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

namespace app {

void write(boost::archive::text_oarchive &ar) {
  struct // NOLINT
      Keyword {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:7: warning: serializable type 'Keyword' is declared in function 'app::write'
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]
  struct
      Name { // NOLINT
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  struct Unclosed { // NOLINT(serialscope-non-resolvable-type
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  ar << Keyword{} << Name{} << Unclosed{};
}

} // namespace app
