// Scope function: types defined in lambda bodies, in a function and at namespace scope.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <cereal/archives/binary.hpp>

int run(cereal::BinaryOutputArchive &ar) {
  auto write = [&ar](int n) {
    struct Chunk {
      int n = 0;
      void serialize(cereal::BinaryOutputArchive &a) { a(n); }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Chunk' is declared in a lambda in function 'run': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    ar(Chunk{n});
    return n;
  };
  return write(1);
}

// A lambda initializing a namespace-scope variable.
auto writer = [](cereal::BinaryOutputArchive &ar) {
  struct Blob {
    int size = 0;
    void serialize(cereal::BinaryOutputArchive &a) { a(size); }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Blob' is declared in a lambda: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar(Blob{});
};

// Negative: the lambda's own closure type is never a finding, even when it takes an archive.
void apply(cereal::BinaryOutputArchive &ar) {
  auto save = [](cereal::BinaryOutputArchive &a, int v) { a(v); };
  save(ar, 3);
}
