// A malformed plugin argument, an unknown key or a bad value stops the compile with one
// error line that says what is wrong, before any analysis.
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-ReportUnnamed \
// RUN:   -std=c++17 -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=MALFORMED
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-ReportUnamed=false \
// RUN:   -std=c++17 -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-ReportUnnamed=sometimes \
// RUN:   -std=c++17 -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=VALUE
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-Annotation= \
// RUN:   -std=c++17 -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: not %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-=true \
// RUN:   -std=c++17 -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=NOKEY

namespace {
struct Unused {};
} // namespace

// MALFORMED: error: serialscope: plugin argument 'ReportUnnamed' is not of the form <Key>=<Value>
// MALFORMED-NEXT: 1 error generated.
// UNKNOWN: error: serialscope: unknown option 'ReportUnamed'; known options: SerializableBases, Annotation, RegistrationFunctions, SerializationFunctions, Frameworks, ReportAnonymousNamespaces, ReportUnnamed
// UNKNOWN-NEXT: 1 error generated.
// VALUE: error: serialscope: invalid value 'sometimes' for option 'ReportUnnamed': expected true or false
// VALUE-NEXT: 1 error generated.
// EMPTY: error: serialscope: invalid value '' for option 'Annotation': expected a non-empty annotation string
// NOKEY: error: serialscope: {{.*}}option ''
