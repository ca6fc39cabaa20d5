// config-annotation: [[clang::annotate("serializable")]] marks a type serializable; option
// Annotation changes the string.
// RUN: %check_serialscope %s %t -- -std=c++17
// RUN: %check_serialscope %s %t-custom --check-suffix=CUSTOM --option Annotation=persistent -- -std=c++17

void local() {
  struct [[clang::annotate("serializable")]] Marked {
    int v = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:46: warning: serializable type 'Marked' is declared in function 'local': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: evidence [config-annotation]: annotated 'serializable' (option Annotation)
  struct [[clang::annotate("persistent")]] Stored {
    int v = 0;
  };
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-3]]:44: warning: serializable type 'Stored' is declared in function 'local': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-4]]:12: note: evidence [config-annotation]: annotated 'persistent' (option Annotation)
  (void)Marked{};
  (void)Stored{};
}

namespace {
enum class [[clang::annotate("serializable")]] Color { Red, Green };
// CHECK-MESSAGES: :[[@LINE-1]]:48: warning: serializable type 'Color' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:14: note: evidence [config-annotation]: annotated 'serializable' (option Annotation)

// Negatives: other annotations.
struct [[clang::annotate("hot")]] Cache {};
} // namespace

// A namespace-scope annotated type is resolvable.
struct [[clang::annotate("serializable")]] Config {};
