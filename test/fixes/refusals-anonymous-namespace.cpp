// Anonymous-namespace types that cannot leave: each finding names its blocker and --fix
// leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>

// Code in 'app' that names these types would find the moved ones instead.
struct Clash {};
struct Ledger {};
struct Crate {};

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

// A file included after the anonymous namespace spells the name: the fix edits only this one.
namespace {
struct Ledger {
  int v = 0;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Ledger' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: ledger-reader.inc:2:29: note: no fix: moved to namespace 'app', 'Ledger' would need a new name, and 'ledger-reader.inc' spells its name, and the fix edits only the file of the type
} // namespace

#include "ledger-reader.inc"

// A local type names it: a fix that copies that type out of its function would copy the old
// name, so the rename is refused while such a type may move (here it cannot either).
namespace {
struct Crate {
  int v = 0;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Crate' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE+6]]:5: note: no fix: moved to namespace 'app', 'Crate' would need a new name, and it is named inside 'Pallet', whose fix would copy it elsewhere
} // namespace

int pack() {
  static int packed = 0;
  struct Pallet {
    Crate c;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & c & packed; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Pallet' is declared in function 'app::pack': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-4]]:76: note: no fix: 'Pallet' uses the static local variable 'packed', declared in function 'app::pack'
  return sizeof(Pallet);
}

// The type names a constant of its anonymous namespace, and 'app' declares a function of the
// same name: from 'app', the name would find both.
int factor() { return 3; }

namespace {
const int factor = 2;
struct Scaled {
  int v = factor;
  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Scaled' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-5]]:11: note: no fix: 'Scaled' uses 'factor' of the anonymous namespace; moved to namespace 'app', it would also find the other 'factor' declared there
} // namespace

} // namespace app
