// Anonymous-namespace types that cannot leave: each finding names its blocker and --fix
// leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

// Code in 'app' that names this type would find the moved one instead.
struct Clash {};

namespace app {

namespace {
struct Split {
  int v = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Split' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
} // namespace

int use(Split &S) { return S.v; }

namespace {
// The free function is in another block of the anonymous namespace: it cannot move with the
// type without moving `use` too.
void serialize(boost::archive::text_oarchive &ar, Split &s, unsigned) { ar & s.v; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [archive-free]: function 'serialize' takes an archive and 'Split'
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: no fix: 'serialize' for 'Split' would stay in another part of the anonymous namespace, where argument-dependent lookup no longer finds it for the moved type
} // namespace

// A macro turns the name into a string: a new name would change what it writes.
#define DESCRIBE(T)                                                                        \
  inline const char *describe(const T *) { return #T; }

namespace {
struct Clash {
  int v = 0;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Clash' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE+3]]:1: note: no fix: moved to namespace 'app', 'Clash' would need a new name, and the macro 'DESCRIBE' spells its name
} // namespace

DESCRIBE(Clash)

#define DECLARE_RECORD(Name)                                                               \
  struct Name {                                                                            \
    int v = 0;                                                                             \
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }                \
  };

namespace {
DECLARE_RECORD(Record)
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: serializable type 'Record' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:1: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix: 'Record' comes from a macro expansion
} // namespace

namespace {
struct Pair {
  int v = 0;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
} Instance;
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Pair' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: no fix: 'Pair' is declared together with this declaration, which stays in the anonymous namespace
} // namespace

} // namespace app
