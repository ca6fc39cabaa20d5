// --export-fixes writes the check's fix-its as clang-apply-replacements YAML; applying them
// hoists both types, the result compiles, and the check finds nothing in it.
// RUN: rm -rf %t && mkdir -p %t/src %t/fixes
// RUN: sed -e 's|// [A-Z-]*:.*|//|' %s > %t/src/shapes.cpp
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   --export-fixes=%t/fixes/shapes.yaml %t/src/shapes.cpp -- -std=c++17 > %t/messages.txt 2>&1
// RUN: FileCheck %s --check-prefix=YAML < %t/fixes/shapes.yaml
// The export does not touch the file; applying it does.
// RUN: sed -e 's|// [A-Z-]*:.*|//|' %s | cmp -s - %t/src/shapes.cpp
// RUN: %apply_replacements %t/fixes
// RUN: sed -e 's|// [A-Z-]*:.*|//|' %s | not cmp -s - %t/src/shapes.cpp
// RUN: FileCheck %s --check-prefix=FIXED --match-full-lines --strict-whitespace < %t/src/shapes.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -Werror %t/src/shapes.cpp
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' %t/src/shapes.cpp -- -std=c++17 2>&1 | count 0

#include <boost/archive/text_oarchive.hpp>

namespace geo {

namespace {
struct Circle {
  double r = 1;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & r; }
};
} // namespace

void save(boost::archive::text_oarchive &ar) {
  struct Square {
    double side = 2;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & side; }
  };
  ar << Circle{} << Square{};
}

} // namespace geo

// YAML: MainSourceFile: '{{.*}}shapes.cpp'
// YAML: DiagnosticName: serialscope-non-resolvable-type
// YAML: Message: 'serializable type ''Circle'' is declared in an anonymous namespace
// YAML: Replacements:
// YAML: DiagnosticName: serialscope-non-resolvable-type
// YAML: Message: 'serializable type ''Square'' is declared in function ''geo::save''
// YAML: Replacements:

//      FIXED:namespace geo {
// FIXED-EMPTY:
// FIXED-NEXT:struct Circle {
// FIXED-NEXT:  double r = 1;
// FIXED-NEXT:  template <class Archive> void serialize(Archive &ar, unsigned) { ar & r; }
// FIXED-NEXT:};
// FIXED-EMPTY:
// FIXED-NEXT:struct Square {
// FIXED-NEXT:  double side = 2;
// FIXED-NEXT:  void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & side; }
// FIXED-NEXT:};
// FIXED-EMPTY:
// FIXED-NEXT:void save(boost::archive::text_oarchive &ar) {
// FIXED-NEXT:  ar << Circle{} << Square{};
// FIXED-NEXT:}
