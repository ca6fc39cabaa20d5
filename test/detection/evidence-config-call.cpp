// config-call: with option SerializationFunctions, the type of an argument, or an explicit
// template argument, of a call to a listed function is serializable. This is how users teach
// serialscope reflection-based libraries (glaze here, declared in the test), which serialize
// plain local structs without any member hook.
// RUN: %check_serialscope %s %t --option SerializationFunctions='glz::write_json;glz::read_json' -- -std=c++17
// RUN: %check_serialscope %s %t-off --expect-none -- -std=c++17

#include <optional>
#include <string>
#include <vector>

namespace glz {
template <class T> std::string write_json(const T &) { return "{}"; }
template <class T> T read_json(const std::string &) { return T{}; }
template <class T, class F> void for_each_field(T &, F) {}
} // namespace glz

std::string writeConfig() {
  struct Config {
    int threads = 4;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Config' is declared in function 'writeConfig': no reader outside can name it [serialscope-non-resolvable-type]
  return glz::write_json(Config{});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: evidence [config-call]: passed to 'glz::write_json' (option SerializationFunctions)
}

int readConfig(const std::string &text) {
  struct Limits {
    int max = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Limits' is declared in function 'readConfig': no reader outside can name it [serialscope-non-resolvable-type]
  return glz::read_json<Limits>(text).max;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: evidence [config-call]: passed to 'glz::read_json' (option SerializationFunctions)
}

// The elements of a container or an optional are serialized too.
std::string writeHistory() {
  struct Step {
    int at = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Step' is declared in function 'writeHistory': no reader outside can name it [serialscope-non-resolvable-type]
  struct Limit {
    int max = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Limit' is declared in function 'writeHistory': no reader outside can name it [serialscope-non-resolvable-type]
  std::vector<Step> steps(2);
  return glz::write_json(steps) + (glz::read_json<std::optional<Limit>>("{}") ? "!" : "");
}

// Negatives: unlisted functions, and arguments of listed ones that are not serialized types.
int visitFields() {
  struct Row {
    int a = 0;
  };
  struct Counter {
    int *n;
    void operator()(int) const { ++*n; }
  };
  Row r;
  int n = 0;
  glz::for_each_field(r, Counter{&n});
  return n + int(glz::write_json(n).size());
}
