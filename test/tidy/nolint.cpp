// NOLINT comments silence the check in all three front ends, with clang-tidy's syntax: bare,
// by check name, by glob list, on the next line, over a region. A NOLINT naming another
// check, a negative glob, or a NOLINTNEXTLINE two lines up does not. A suppressed type is
// not moved by --fix, even when other types of the same function or anonymous namespace are.
// RUN: %check_serialscope %s %t --fix -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

namespace app {

namespace {
struct Quiet { // NOLINT(serialscope-non-resolvable-type)
  int x = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & x; }
};
struct Loud {
  int x = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & x; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Loud' is declared in an anonymous namespace
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]
} // namespace

void write(boost::archive::text_oarchive &ar) {
  struct Reported {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Reported' is declared in function 'app::write'
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]
  struct Bare { // NOLINT
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  struct ByName { // NOLINT(serialscope-non-resolvable-type)
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  struct ByGlob { // NOLINT(misc-*, serialscope-*)
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
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'OtherCheck' is declared in function 'app::write'
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]
  struct Negative { // NOLINT(-serialscope-*)
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Negative' is declared in function 'app::write'
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]
  // NOLINTNEXTLINE(serialscope-non-resolvable-type)

  struct TooFarBelow {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'TooFarBelow' is declared in function 'app::write'
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]

  ar << Quiet{} << Loud{} << Reported{} << Bare{} << ByName{} << ByGlob{} << NextLine{}
     << InRegion{} << OtherCheck{} << Negative{} << TooFarBelow{};
}

} // namespace app

// Only the reported types move; the suppressed ones stay in the function and in the
// anonymous namespace.
// CHECK-FIXES: namespace {
// CHECK-FIXES-NEXT: struct Quiet { // NOLINT(serialscope-non-resolvable-type)
// CHECK-FIXES: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Loud {
// CHECK-FIXES: struct Reported {
// CHECK-FIXES: struct OtherCheck { // NOLINT(misc-use-internal-linkage)
// CHECK-FIXES: struct Negative { // NOLINT(-serialscope-*)
// CHECK-FIXES: struct TooFarBelow {
// CHECK-FIXES: void write(boost::archive::text_oarchive &ar) {
// CHECK-FIXES: struct Bare { // NOLINT
// CHECK-FIXES: struct ByName { // NOLINT(serialscope-non-resolvable-type)
// CHECK-FIXES: struct ByGlob { // NOLINT(misc-*, serialscope-*)
// CHECK-FIXES: // NOLINTNEXTLINE(serialscope-non-resolvable-type)
// CHECK-FIXES-NEXT: struct NextLine {
// CHECK-FIXES: // NOLINTBEGIN(serialscope-non-resolvable-type)
// CHECK-FIXES-NEXT: struct InRegion {
// CHECK-FIXES: // NOLINTEND(serialscope-non-resolvable-type)
// CHECK-FIXES: ar << Quiet{} << Loud{} << Reported{} << Bare{} << ByName{} << ByGlob{} << NextLine{}
