// The nearest .clang-tidy enables the check and sets its options; -checks/-config on the
// command line are not needed.
// RUN: rm -rf %t && mkdir -p %t/project/src
// RUN: cp %s %t/project/src/store.cpp
// RUN: cp %S/Inputs/clang-tidy-file.yaml %t/project/.clang-tidy
// RUN: %clang_tidy --load=%serialscope_tidy_module %t/project/src/store.cpp -- -std=c++17 2>&1 \
// RUN:   | grep -v "^ " | FileCheck %s --implicit-check-not='warning:'
// Without the file neither option is set, and 'Order' carries no built-in evidence.
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' %s -- -std=c++17 2>&1 | count 0

#include <string>

namespace app {

template <class T> void registerType(const std::string &name) { (void)name; }

struct Record {
  virtual ~Record() = default;
};

void setup() {
  struct Order : Record {
    int id = 0;
  };
  // CHECK: store.cpp:[[@LINE-3]]:10: warning: type 'Order' is registered by name but is declared in function 'app::setup': resolving it by name will fail at run time [serialscope-non-resolvable-type]
  // CHECK-DAG: store.cpp:[[@LINE-4]]:18: note: evidence [config-base]
  // CHECK-DAG: store.cpp:[[@LINE+3]]:3: note: evidence [config-register]

  struct Scratch {};
  registerType<Order>("Order");
  (void)sizeof(Scratch);
}

} // namespace app
