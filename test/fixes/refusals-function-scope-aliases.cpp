// A local type that uses a local type alias moves only if the alias can move first: not when
// the alias names the enclosing template's parameter, a local variable, a local type that
// cannot move, comes from or is spelled with a macro, declares several names, or would
// collide at namespace scope. Each finding gets a note naming the alias and what holds it;
// --fix leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <cereal/archives/binary.hpp>
#include <vector>

namespace app {

struct Count {};

template <class T> void templateParameter() {
  using Values = std::vector<T>;
  struct Holder {
    Values values;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & values; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Holder' is declared in function 'app::templateParameter': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: no fix: 'Holder' uses the local type alias 'Values', which cannot move: 'Values' uses template parameter 'T' of the enclosing template
}

void localVariable() {
  long Big = 0;
  using Number = decltype(Big);
  struct Holder {
    Number n = 0;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(n); }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Holder' is declared in function 'app::localVariable': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: no fix: 'Holder' uses the local type alias 'Number', which cannot move: 'Number' uses the local variable 'Big', declared in function 'app::localVariable'
  (void)Big;
}

void staticLocalThroughType() {
  static int Calls = 0;
  struct Counter {
    int next() const { return ++Calls; }
  };
  using Counters = std::vector<Counter>;
  struct Holder {
    Counters counters;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { int n = int(counters.size()); ar & n; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Holder' is declared in function 'app::staticLocalThroughType': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: no fix: 'Holder' uses the local type alias 'Counters', which cannot move: 'Counters' uses the local type 'Counter', which cannot move: 'Counter' uses the static local variable 'Calls', declared in function 'app::staticLocalThroughType'
}

#define DECLARE_ID using Id = int;
#define ELEMENT short

void macros() {
  DECLARE_ID
  using Elements = std::vector<ELEMENT>;
  struct FromMacro {
    Id id = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'FromMacro' is declared in function 'app::macros': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: no fix: 'FromMacro' uses the local type alias 'Id', which cannot move: 'Id' comes from a macro expansion
  struct SpelledWithMacro {
    Elements elements;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { int n = int(elements.size()); ar & n; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'SpelledWithMacro' is declared in function 'app::macros': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-14]]:9: note: no fix: 'SpelledWithMacro' uses the local type alias 'Elements', which cannot move: a macro spells part of 'Elements'
}

void severalNames() {
  typedef int Width, Height;
  struct Size {
    Width w = 0;
    Height h = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & w & h; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Size' is declared in function 'app::severalNames': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-8]]:15: note: no fix: 'Size' uses the local type alias 'Width', which cannot move: the declaration of 'Width' is not a declaration statement of its own
}

void collision() {
  using Count = unsigned;
  struct Tally {
    Count n = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & n; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Tally' is declared in function 'app::collision': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: no fix: 'Tally' uses the local type alias 'Count', which cannot move: moved to namespace 'app', 'Count' would collide with another declaration of 'app::Count'
}

// A type that uses, through an alias, a type that uses it: neither can go first.
void cycle() {
  struct Node;
  using NodePtr = Node *;
  struct Link {
    NodePtr next = nullptr;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { bool last = !next; ar & last; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Link' is declared in function 'app::cycle': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: no fix: 'Link' uses the local type alias 'NodePtr', which cannot move: 'NodePtr' uses the local type 'Node', which cannot move: 'Node' uses the local type 'Link', which in turn uses 'Node'
  struct Node {
    Link link;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & link; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Node' is declared in function 'app::cycle': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-13]]:10: note: no fix: 'Node' uses the local type 'Link', which cannot move: 'Link' uses the local type alias 'NodePtr', which cannot move: 'NodePtr' uses the local type 'Node', which cannot move: 'Node' uses the local type 'Link', which in turn uses 'Node'
}

} // namespace app
