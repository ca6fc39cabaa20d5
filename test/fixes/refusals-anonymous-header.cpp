// A header's anonymous-namespace type that uses a helper local to each translation unit: moved
// out, it would be one class whose member calls a different function in every TU (an ODR
// violation), so there is no fix and --fix changes nothing.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17 -I%S/Inputs

#include "anonymous-in-header.h"
// CHECK-MESSAGES: anonymous-in-header.h:8:8: warning: serializable type 'Scaled' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: anonymous-in-header.h:10:8: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: anonymous-in-header.h:11:17: note: no fix: 'Scaled' uses 'scale', which is local to this translation unit; moved out of the anonymous namespace of a header it would break the one-definition rule

int main() { return lib::Scaled().v - 1; }
