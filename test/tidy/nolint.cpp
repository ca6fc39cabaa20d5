// clang-tidy's NOLINT comments silence the check: bare, by check name, by glob, on the next
// line and over a region. A NOLINT naming another check does not.
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' %s -- -std=c++17 2>&1 | grep -v "^ " | FileCheck %s --implicit-check-not='warning:'

#include <boost/archive/text_oarchive.hpp>

namespace app {

void write(boost::archive::text_oarchive &ar) {
  struct Reported {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK: nolint.cpp:[[@LINE-4]]:10: warning: serializable type 'Reported' is declared in function 'app::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK: nolint.cpp:[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive

  struct Bare { // NOLINT
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  struct ByName { // NOLINT(serialscope-non-resolvable-type)
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  struct ByGlob { // NOLINT(serialscope-*)
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // NOLINTNEXTLINE(serialscope-non-resolvable-type)
  struct NextLine {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // NOLINTBEGIN(serialscope-non-resolvable-type)
  struct InRegion {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // NOLINTEND(serialscope-non-resolvable-type)

  struct OtherCheck { // NOLINT(misc-use-internal-linkage)
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK: nolint.cpp:[[@LINE-4]]:10: warning: serializable type 'OtherCheck' is declared in function 'app::write'
  // CHECK: note: evidence [archive-member]

  // NOLINTNEXTLINE(serialscope-non-resolvable-type)

  struct TooFarBelow {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK: nolint.cpp:[[@LINE-4]]:10: warning: serializable type 'TooFarBelow' is declared in function 'app::write'
  // CHECK: note: evidence [archive-member]

  Reported r;
  Bare b;
  ByName n;
  ByGlob g;
  NextLine l;
  InRegion i;
  OtherCheck o;
  TooFarBelow t;
  ar << r << b << n << g << l << i << o << t;
}

} // namespace app

// CHECK: Suppressed 5 warnings (5 NOLINT).
