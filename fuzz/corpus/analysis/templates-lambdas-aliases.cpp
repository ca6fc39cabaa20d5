#include <cereal/archives/binary.hpp>
namespace lib {
template <class T> int encode(T value) {
  struct Box { T v; void serialize(cereal::BinaryOutputArchive &ar) { ar(v); } };
  using Alias = Box;
  auto make = [](T v) {
    struct InLambda { T v; void serialize(cereal::BinaryOutputArchive &ar) { ar(v); } };
    return InLambda{v};
  };
  Alias b{value};
  (void)make(value);
  return sizeof(b);
}
int use = encode<int>(3) + encode<char>('a');
struct Outer {
  int n = 0;
  void method() const {
    struct Inner { Outer const *self; void serialize(cereal::BinaryOutputArchive &ar) { ar(self->n); } };
    typedef struct { int q; void serialize(cereal::BinaryOutputArchive &ar) { ar(q); } } Anon;
    Inner i{this}; Anon a{}; (void)i; (void)a;
  }
};
}
