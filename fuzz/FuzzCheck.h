//===- FuzzCheck.h - a property a fuzz target asserts ---------------------===//
//
// A violated property is a finding like a crash: libFuzzer saves the input when the process
// aborts. (assert() would vanish in the Release builds the fuzzers use.)
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_FUZZ_FUZZCHECK_H
#define SERIALSCOPE_FUZZ_FUZZCHECK_H

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(Condition, Message)                                                         \
  do {                                                                                         \
    if (!(Condition)) {                                                                        \
      std::fprintf(stderr, "%s:%d: property violated: %s (%s)\n", __FILE__, __LINE__,         \
                   Message, #Condition);                                                       \
      std::abort();                                                                            \
    }                                                                                          \
  } while (false)

#endif
