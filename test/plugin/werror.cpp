// Findings follow the compiler's warning flags: -Werror makes them errors and the compile
// fails (no object file); -w silences them; with no finding, -Werror compiles cleanly.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %clangxx -fplugin=%serialscope_plugin -std=c++17 -Werror -fno-caret-diagnostics -c %s -o %t/werror.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WERROR --implicit-check-not='warning:'
// RUN: not test -e %t/werror.o
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -w -c %s -o %t/quiet.o 2>&1 | count 0
// RUN: test -s %t/quiet.o
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -Werror -DNO_FINDING -c %s -o %t/clean.o 2>&1 | count 0
// RUN: test -s %t/clean.o
// -fplugin-arg-serialscope-werror=true makes the findings errors and nothing else: the
// compiler's own warning stays a warning. A value other than true or false is refused.
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-werror=true -std=c++17 -Wunused-variable -DOWN_WARNING -fno-caret-diagnostics -c %s -o %t/findings.o 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=OWN,WERROR --implicit-check-not='warning: serializable'
// RUN: not test -e %t/findings.o
// RUN: %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-werror=false -std=c++17 -c %s -o %t/warning.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WARNING
// RUN: test -s %t/warning.o
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-werror=yes -std=c++17 -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADVALUE
// WARNING: warning: serializable type 'Color' is declared in function 'app::paint'
// BADVALUE: error: serialscope: plugin argument 'werror' takes true or false, not 'yes'

#include <cereal/archives/binary.hpp>

namespace app {

#ifdef OWN_WARNING
inline void own() { int unused; }
// OWN: werror.cpp:[[@LINE-1]]:25: warning: unused variable 'unused'
#endif

#ifdef NO_FINDING
struct Color {
  int rgb = 0;
  template <class Archive> void serialize(Archive &ar) { ar(rgb); }
};
#endif

void paint(cereal::BinaryOutputArchive &ar) {
#ifndef NO_FINDING
  struct Color {
    int rgb = 0;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(rgb); }
  };
#endif
  // WERROR: werror.cpp:[[@LINE-5]]:10: error: serializable type 'Color' is declared in function 'app::paint': no reader outside can name it [serialscope-non-resolvable-type]
  // WERROR: werror.cpp:[[@LINE-4]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar(Color{});
}

} // namespace app
