// msgpack-c: types with MSGPACK_DEFINE, MSGPACK_ADD_ENUM, hand-written adaptors and member
// hooks move to namespace scope with them. A renamed enum keeps MSGPACK_ADD_ENUM, which uses
// its argument only as a type (msgpack-c writes no type names into its data).
// RUN: %check_serialscope %s %t --fix --run -- -std=c++17

#include <msgpack.hpp>
#include <iostream>

// Another library's Color, named from 'shop' after the anonymous namespace.
enum class Color { Black };

namespace shop {
namespace {
struct Point {
  int x = 0, y = 0;
  MSGPACK_DEFINE(x, y);
};
enum class Color { Red, Green };
struct Price {
  int cents = 0;
};
} // namespace

int legacy() { return static_cast<int>(::Color::Black); }

} // namespace shop

MSGPACK_ADD_ENUM(shop::Color);

namespace msgpack {
MSGPACK_API_VERSION_NAMESPACE(MSGPACK_DEFAULT_API_NS) {
namespace adaptor {
template <> struct convert<shop::Price> {
  msgpack::object const &operator()(msgpack::object const &o, shop::Price &v) const {
    v.cents = o.as<int>();
    return o;
  }
};
template <> struct pack<shop::Price> {
  template <typename Stream>
  msgpack::packer<Stream> &operator()(msgpack::packer<Stream> &o, shop::Price const &v) const {
    o.pack(v.cents);
    return o;
  }
};
} // namespace adaptor
} // MSGPACK_API_VERSION_NAMESPACE
} // namespace msgpack

int roundTrip() {
  struct Stock {
    int count = 0;
    void msgpack_pack(msgpack::packer<msgpack::sbuffer> &pk) const { pk.pack(count); }
    void msgpack_unpack(msgpack::object const &o) { count = o.as<int>(); }
  };
  msgpack::sbuffer buffer;
  msgpack::pack(buffer, Stock{41});
  std::size_t offset = 0;
  Stock back;
  msgpack::unpack(buffer.data(), buffer.size(), offset).get().convert(back);
  return back.count + 1;
}

int main() {
  msgpack::sbuffer buffer;
  msgpack::pack(buffer, shop::Point{3, 4});
  msgpack::pack(buffer, shop::Color::Green);
  msgpack::pack(buffer, shop::Price{250});
  std::size_t offset = 0;
  auto point = msgpack::unpack(buffer.data(), buffer.size(), offset).get().as<shop::Point>();
  auto color = msgpack::unpack(buffer.data(), buffer.size(), offset).get().as<shop::Color>();
  auto price = msgpack::unpack(buffer.data(), buffer.size(), offset).get().as<shop::Price>();
  std::cout << buffer.size() << " " << point.x << "," << point.y << " "
            << static_cast<int>(color) << " " << price.cents << " " << roundTrip() << " "
            << shop::legacy() << "\n";
}

// CHECK-MESSAGES: :14:8: warning: serializable type 'Point' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :16:3: note: evidence [msgpack-member]: 'MSGPACK_DEFINE' makes it packable with msgpack-c
// CHECK-MESSAGES: :18:12: warning: serializable type 'Color' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :28:1: note: evidence [msgpack-adaptor]: a msgpack::adaptor::convert specialization
// CHECK-MESSAGES: :10:12: note: the fix renames 'Color' to 'msgpack_Color': under its own name it would collide with this declaration
// CHECK-MESSAGES: :19:8: warning: serializable type 'Price' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :33:20: note: evidence [msgpack-adaptor]: a msgpack::adaptor::convert specialization
// CHECK-MESSAGES: :39:20: note: evidence [msgpack-adaptor]: a msgpack::adaptor::pack specialization
// CHECK-MESSAGES: :51:10: warning: serializable type 'Stock' is declared in function 'roundTrip': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :53:10: note: evidence [msgpack-member]: member function 'msgpack_pack' makes it packable with msgpack-c
// CHECK-MESSAGES: :54:10: note: evidence [msgpack-member]: member function 'msgpack_unpack' makes it packable with msgpack-c

// CHECK-FIXES: namespace shop {
// CHECK-FIXES-NEXT: struct Point {
// CHECK-FIXES: enum class msgpack_Color { Red, Green };
// CHECK-FIXES-NEXT: struct Price {
// CHECK-FIXES: MSGPACK_ADD_ENUM(shop::msgpack_Color);
// CHECK-FIXES: struct Stock {
// CHECK-FIXES: int roundTrip() {
// CHECK-FIXES-NEXT: msgpack::sbuffer buffer;
// CHECK-FIXES: msgpack::pack(buffer, shop::msgpack_Color::Green);
