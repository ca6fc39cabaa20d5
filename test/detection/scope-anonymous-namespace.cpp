// Scope anonymous namespace: every TU has its own copy of the type. Plain, nested, inside
// named namespaces, and named namespaces inside anonymous ones.
// RUN: %check_serialscope %s %t -- -std=c++17
// With ReportAnonymousNamespaces=false only the local type is left.
// RUN: %check_serialscope %s %t-off --check-suffix=OFF --option ReportAnonymousNamespaces=false -- -std=c++17

#include <cereal/archives/binary.hpp>

namespace {
struct Plain {
  template <class Archive> void serialize(Archive &ar) { ar(v); }
  int v = 0;
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Plain' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive

namespace {
struct Nested {
  template <class Archive> void serialize(Archive &ar) { ar(v); }
  int v = 0;
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Nested' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace

// A named namespace inside the anonymous one is still TU-local.
namespace detail {
struct InNamed {
  template <class Archive> void serialize(Archive &ar) { ar(v); }
  int v = 0;
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'InNamed' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace detail

// A class nested in an anonymous-namespace class.
struct Host {
  struct Member {
    template <class Archive> void serialize(Archive &ar) { ar(v); }
    int v = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Member' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
};
} // namespace

namespace app::io {
namespace {
struct InApp {
  template <class Archive> void serialize(Archive &ar) { ar(v); }
  int v = 0;
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'InApp' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive

// A function in an anonymous namespace: the function scope is what the message names.
void helper(cereal::BinaryOutputArchive &ar) {
  struct Local {
    void serialize(cereal::BinaryOutputArchive &a) { a(v); }
    int v = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Local' is declared in function 'app::io::(anonymous namespace)::helper': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES-OFF: :[[@LINE-6]]:10: warning: serializable type 'Local' is declared in function 'app::io::(anonymous namespace)::helper': no reader outside can name it [serialscope-non-resolvable-type]
  ar(Local{});
}

// Negatives: non-serializable helpers of the anonymous namespace.
struct Options {
  bool verbose = false;
};
int counter = 0;
} // namespace
} // namespace app::io
