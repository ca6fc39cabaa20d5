// Boost 1.74 (Debian 12) does not compile under clang 19 (22: another error) once boost::numeric's
// converters are instantiated: boost/mpl/aux_/integral_wrapper.hpp trips the default-error
// -Wenum-constexpr-conversion (boostorg/mpl#69). Real code bases that mix Boost.Serialization
// with Boost.NumericConversion hit it (docs/real-code.md). The finding in user code is still
// reported from the AST clang recovered; the tool says the TU had errors, exits 2 and leaves
// the file alone.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.cpp && cp %s %t/orig.cpp
// RUN: not %serialscope --fix %t/input.cpp -- -std=c++17 > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --check-prefix=OUT < %t/out.txt
// RUN: FileCheck %s --check-prefix=ERR < %t/err.txt
// RUN: cmp %t/input.cpp %t/orig.cpp
// clang-tidy does the same: the finding beside clang's error.
// RUN: not %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' %t/input.cpp -- -std=c++17 > %t/tidy.txt 2>&1
// RUN: FileCheck %s --check-prefix=TIDY < %t/tidy.txt

#include <boost/archive/text_oarchive.hpp>
#include <boost/numeric/conversion/converter.hpp>
#include <iostream>

int main() {
  struct Sample {
    int v = 3;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  boost::archive::text_oarchive ar(std::cout);
  Sample s;
  s.v = boost::numeric::converter<int, long>::convert(3L);
  ar << s;
}

// OUT: input.cpp:21:10: warning: serializable type 'Sample' is declared in function 'main': no reader outside can name it [serialscope-non-resolvable-type]
// OUT: input.cpp:23:10: note: evidence [archive-member]: member function 'serialize' takes an archive

// ERR: integral_wrapper.hpp:{{[0-9]+}}:{{[0-9]+}}: error: {{integer value -1 is outside the valid range of values|non-type template argument is not a constant expression}}
// ERR: serialscope: warning: '{{.*}}input.cpp' has compile errors: its findings come from the AST clang recovered, and their fixes are not applied
// ERR: serialscope: 1 TU in {{[0-9.]+}} s: 1 finding (0 registered by name, 1 serializable), 0 files with fixes, 1 failed
// ERR-NEXT: serialscope: error: 1 file failed (1 with compile errors)

// TIDY-DAG: integral_wrapper.hpp:{{[0-9]+}}:{{[0-9]+}}: error: {{integer value -1 is outside the valid range of values .* \[clang-diagnostic-enum-constexpr-conversion\]|non-type template argument is not a constant expression \[clang-diagnostic-error\]}}
// TIDY-DAG: input.cpp:21:10: warning: serializable type 'Sample' is declared in function 'main': no reader outside can name it [serialscope-non-resolvable-type]
