// A type in a header is one finding: included twice in one TU, and across two TUs analyzed
// by one run of the standalone tool (which deduplicates).
// RUN: %check_serialscope %s %t -- -std=c++17 -I %S/Inputs/user
// RUN: not %serialscope %s %S/Inputs/header-second-tu.cpp -- -std=c++17 -I %S/Inputs/user > %t.two 2>&1
// RUN: FileCheck %s --check-prefix=TWO --implicit-check-not=warning: < %t.two

#include "shared_types.h"
#include "shared_types.h"

// CHECK-MESSAGES: shared_types.h:9:8: warning: serializable type 'Cache' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: shared_types.h:11:33: note: evidence [archive-member]: member function 'serialize' takes an archive

// TWO: shared_types.h:9:8: warning: serializable type 'Cache' is declared in an anonymous namespace
// TWO: {{[:,]}} 1 finding {{.*}}

int first() { return shared::entriesOf(shared::Cache{}); }
