// msgpack-member / msgpack-adaptor: msgpack-c's member hooks (the MSGPACK_DEFINE macros, or
// msgpack_pack / msgpack_unpack / msgpack_object written by hand) and specializations of its
// adaptors (MSGPACK_ADD_ENUM writes them). Lookalikes that take no msgpack-c type are not
// evidence.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <msgpack.hpp>

namespace {

struct Point {
  int x = 0, y = 0;
  MSGPACK_DEFINE(x, y);
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Point' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: evidence [msgpack-member]: 'MSGPACK_DEFINE' makes it packable with msgpack-c

struct Tagged {
  int a = 1;
  MSGPACK_DEFINE_MAP(a);
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Tagged' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: evidence [msgpack-member]: 'MSGPACK_DEFINE_MAP' makes it packable with msgpack-c

enum class Color { Red, Green };
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: serializable type 'Color' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :43:1: note: evidence [msgpack-adaptor]: a msgpack::adaptor::convert specialization

struct Manual {
  int v = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Manual' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :48:20: note: evidence [msgpack-adaptor]: a msgpack::adaptor::object specialization

// Not msgpack-c's hooks: the parameters are not its types.
struct Lookalike {
  void msgpack_pack(int) const {}
  void msgpack_unpack(const char *) {}
};

} // namespace

MSGPACK_ADD_ENUM(Color);

namespace msgpack {
MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS) {
namespace adaptor {
template <> struct object<Manual> {
  void operator()(msgpack::object &o, Manual const &v) const { o = msgpack::object(v.v); }
};
} // namespace adaptor
} // MSGPACK_API_VERSION_NAMESPACE
} // namespace msgpack

void pack(msgpack::sbuffer &buffer) {
  struct Local {
    int z = 3;
    void msgpack_pack(msgpack::packer<msgpack::sbuffer> &pk) const { pk.pack(z); }
    void msgpack_unpack(msgpack::object const &o) { z = o.as<int>(); }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Local' is declared in function 'pack': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [msgpack-member]: member function 'msgpack_pack' makes it packable with msgpack-c
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [msgpack-member]: member function 'msgpack_unpack' makes it packable with msgpack-c
  msgpack::pack(buffer, Local{});
  msgpack::pack(buffer, Point{});
  msgpack::pack(buffer, Tagged{});
  msgpack::pack(buffer, Color::Red);
  Lookalike{}.msgpack_pack(1);
}
