// Found by the fix fuzzer (test/fuzz-fixes): a type of an anonymous namespace defined in an
// `#if`/`#else` region. A split of the namespace would close it inside the active branch only,
// and the fixed file would no longer compile in the other configuration: no fix, and the file
// compiles and behaves the same in both.
// RUN: %check_serialscope %s %t -- -std=c++17
// RUN: rm -rf %t.d && mkdir -p %t.d && cp %s %t.d/input.cpp
// RUN: not %serialscope --fix %t.d/input.cpp -- -std=c++17
// RUN: %clangxx -std=c++17 %t.d/input.cpp -o %t.d/current && %t.d/current | FileCheck %s --check-prefix=OUTPUT
// RUN: %clangxx -std=c++17 -DLEGACY_POINT %t.d/input.cpp -o %t.d/legacy && %t.d/legacy | FileCheck %s --check-prefix=OUTPUT

#include <iostream>
#include <nlohmann/json.hpp>

namespace app {
namespace {
int scale() { return 3; }
#ifndef LEGACY_POINT
struct Point {
  int a = scale();
};
#else
struct Point {
  int a = 3;
};
#endif
// CHECK-MESSAGES: :[[@LINE-8]]:8: warning: serializable type 'Point' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
void to_json(nlohmann::json &j, const Point &v) { j = {{"a", v.a}}; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-12]]:1: note: no fix: 'Point' and the place it would move to are in different branches of this preprocessor conditional
} // namespace
} // namespace app

int main() { std::cout << nlohmann::json(app::Point()).dump() << "\n"; }
// OUTPUT: {"a":3}
