// Several types at one location are several findings: two types declared by one macro
// expansion, and a header included twice (in two functions, or with a different macro)
// declares a new type each time at the same place in the header. All three front ends report
// each one; the standalone tool must not take them for one type. (The evidence is outside the
// macros, so that clang-tidy adds no "expanded from macro" notes of its own.)
// RUN: %check_serialscope %s %t --option SerializationFunctions=save -- -std=c++17 -I %S/Inputs/user

template <class T> void save(const T &) {}

#define DECLARE_PAIR                                                                           \
  struct Left { int x; };                                                                      \
  struct Right { int y; };

void pair() {
  DECLARE_PAIR
  save(Left{1});
  save(Right{2});
}
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-4]]:3: warning: serializable type 'Left' is declared in function 'pair': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-4]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-6]]:3: note: no fix: 'Left' comes from a macro expansion
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-7]]:3: warning: serializable type 'Right' is declared in function 'pair': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-6]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-9]]:3: note: no fix: 'Right' comes from a macro expansion

// Two unnamed types from one expansion: told apart by the variables they declare (reported
// in the order of their messages, as clang-tidy sorts them).
#define DECLARE_UNNAMED                                                                        \
  struct { int w; } width;                                                                     \
  struct { int h; } height;

void unnamed() {
  DECLARE_UNNAMED
  save(width);
  save(height);
}
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-4]]:3: warning: serializable type of variable 'height' is an unnamed struct declared in function 'unnamed': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-3]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-6]]:3: note: no fix: '(unnamed struct)' comes from a macro expansion
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-7]]:3: warning: serializable type of variable 'width' is an unnamed struct declared in function 'unnamed': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-7]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-9]]:3: note: no fix: '(unnamed struct)' comes from a macro expansion

// One header, one name, two functions: two different types. (Header findings come after the
// main file's, in the order of the headers' names, as clang-tidy sorts them.)
void first() {
#include "local_record.h"
  save(Settings{1});
}
void second() {
#include "local_record.h"
  save(Settings{2});
}
// CHECK-MESSAGES: local_record.h:2:8: warning: serializable type 'Settings' is declared in function 'first': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-7]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-10]]:1: note: no fix: the enclosing declaration comes from a macro expansion or another file
// CHECK-MESSAGES: local_record.h:2:8: warning: serializable type 'Settings' is declared in function 'second': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-6]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-9]]:1: note: no fix: the enclosing declaration comes from a macro expansion or another file

// One header, two names.
void names() {
#define RECORD_NAME Alpha
#include "named_record.h"
#undef RECORD_NAME
#define RECORD_NAME Beta
#include "named_record.h"
#undef RECORD_NAME
  save(Alpha{1});
  save(Beta{2});
}
// CHECK-MESSAGES: named_record.h:2:8: warning: serializable type 'Alpha' is declared in function 'names': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-4]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: named_record.h:2:8: note: no fix: 'Alpha' comes from a macro expansion
// CHECK-MESSAGES: named_record.h:2:8: warning: serializable type 'Beta' is declared in function 'names': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: several-types-one-location.cpp:[[@LINE-6]]:3: note: evidence [config-call]: passed to 'save' (option SerializationFunctions)
// CHECK-MESSAGES: named_record.h:2:8: note: no fix: 'Beta' comes from a macro expansion
