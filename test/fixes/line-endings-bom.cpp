int make() {
  struct [[clang::annotate("serializable")]] Point { int x = 3; };
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: serializable type 'Point' is declared in function 'make': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: evidence [config-annotation]: annotated 'serializable' (option Annotation)
  return Point{}.x;
}

// A file that starts with a UTF-8 byte order mark keeps it first: the type moves to the top
// of the file, after the mark (before it, the mark would be read as text and the file would not
// compile).
extern "C" int printf(const char *, ...);
int main() { return printf("%d\n", make()) > 0 ? 0 : 1; }

// RUN: %check_serialscope %s %t --fix --run --bom -- -std=c++17
// CHECK-FIXES: struct {{\[\[}}clang::annotate("serializable")]] Point { int x = 3; };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int make() {
