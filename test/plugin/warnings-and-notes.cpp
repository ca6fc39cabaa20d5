// The plugin reports each finding as a compiler warning, named after the check, with the
// evidence and, where there is no fix, the reason as notes; the compile still succeeds.
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='error:'
// Fix-its are printed in the machine-readable form clang uses for every fix-it (which
// -fno-caret-diagnostics would hide).
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -fsyntax-only \
// RUN:   -fdiagnostics-parseable-fixits %s 2>&1 | grep -E "^(fix-it|[^ ].*warning):" \
// RUN:   | FileCheck %s --check-prefix=FIXIT

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>

namespace app {

struct Shape {
  virtual ~Shape() = default;
  template <class Archive> void serialize(Archive &, unsigned) {}
};

namespace {
struct Triangle : Shape {
  int corners = 3;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & corners; }
};
// CHECK: warnings-and-notes.cpp:[[@LINE-4]]:8: warning: type 'Triangle' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-DAG: warnings-and-notes.cpp:[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-DAG: warnings-and-notes.cpp:[[@LINE+5]]:1: note: evidence [boost-export]
} // namespace
} // namespace app

// Boost's export macros must be used at global scope.
BOOST_CLASS_EXPORT_GUID(app::Triangle, "app::Triangle")

namespace app {

int count(boost::archive::text_oarchive &ar) {
  static int calls = 0;
  struct Tally {
    int n = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & n & calls; }
  };
  // CHECK: warnings-and-notes.cpp:[[@LINE-4]]:10: warning: serializable type 'Tally' is declared in function 'app::count': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-DAG: warnings-and-notes.cpp:[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-DAG: warnings-and-notes.cpp:[[@LINE-4]]:76: note: no fix: 'Tally' uses {{.*}}'calls'
  Tally t;
  ar << t;
  return ++calls;
}

} // namespace app

// The anonymous namespace is split around the type, which stays where it is: its opening and
// its closing are removed. The local type has no fix.
// FIXIT: warnings-and-notes.cpp:22:8: warning: type 'Triangle' is registered by name
// FIXIT-NEXT: fix-it:"{{.*}}warnings-and-notes.cpp":{21:1-22:1}:""
// FIXIT-NEXT: fix-it:"{{.*}}warnings-and-notes.cpp":{29:1-30:1}:""
// FIXIT-NEXT: warnings-and-notes.cpp:{{[0-9]+}}:10: warning: serializable type 'Tally'
// FIXIT-NOT: fix-it:
