// Anonymous namespaces nested in anonymous namespaces: a type leaves them all for the named
// namespace around the outermost, with its companion functions, by closing every block before
// it and opening them again after it (a block with nothing left on one side loses that brace).
// What it uses from the blocks stays before it and is still found; a name that the target or
// an outer block declares too would become ambiguous, and blocks the fix.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/access.hpp>
#include <nlohmann/json.hpp>
#include <iostream>
#include <sstream>

namespace app {
namespace {
int base() { return 7; }

namespace {
using Count = int;

// A point, written by Boost through a free function found by argument-dependent lookup.
struct Point {
  Count x = base();
  int y = 2;
};
template <class Archive> void serialize(Archive &ar, Point &p, unsigned) { ar & p.x & p.y; }
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'Point' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Point'

int helper() { return 3; }
} // namespace

// Used from the outer block: the moved type is found there too.
int later() { return helper() + Point{}.x; }
} // namespace
} // namespace app

namespace {
namespace {
struct Only {
  int v = 1;
};
void to_json(nlohmann::json &j, const Only &o) { j = o.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Only' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
} // namespace
} // namespace

namespace shop {
int limit() { return 1; }
namespace {
int limit(int) { return 2; }
namespace {
int limit(int, int) { return 3; }
// Each block declares an overload of 'limit': from 'shop', the call would see them all.
struct Clash {
  int v = limit(1, 2);
};
void to_json(nlohmann::json &j, const Clash &c) { j = c.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Clash' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-5]]:11: note: no fix: 'Clash' uses 'limit' of the anonymous namespace; moved to namespace 'shop', it would also find the other 'limit' declared there
} // namespace
} // namespace

// A named namespace between anonymous ones: the type would have to keep it.
namespace {
namespace detail {
namespace {
struct Kept {
  int v = 4;
};
void to_json(nlohmann::json &j, const Kept &k) { j = k.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Kept' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-7]]:1: note: no fix: the anonymous namespace is inside namespace 'detail' of an anonymous namespace: moved out, 'detail' would still hold an anonymous namespace around the type
} // namespace
} // namespace detail
} // namespace

// A named namespace inside the anonymous one (and nothing else in it): it moves out whole,
// as 'shop::io' (anonymous-namespace-named-levels.cpp).
namespace {
namespace io {
struct Named {
  int v = 6;
};
void to_json(nlohmann::json &j, const Named &n) { j = n.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Named' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
} // namespace io
} // namespace
} // namespace shop

int main() {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << app::Point{};
  }
  std::cout << os.str() << app::later() << "\n";
  std::cout << nlohmann::json(Only{}).dump() << nlohmann::json(shop::Clash{}).dump()
            << nlohmann::json(shop::detail::Kept{}).dump() << nlohmann::json(shop::io::Named{}).dump()
            << "\n";
}

// CHECK-FIXES: {{^}}namespace app {{{$}}
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES-NEXT: {{^}}int base() { return 7; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES-NEXT: {{^}}using Count = int;
// CHECK-FIXES-NEXT: {{^}}} // namespace{{$}}
// CHECK-FIXES-NEXT: {{^}}} // namespace{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}// A point, written by Boost through a free function found by argument-dependent lookup.
// CHECK-FIXES-NEXT: {{^}}struct Point {{{$}}
// CHECK-FIXES: {{^}}template <class Archive> void serialize(Archive &ar, Point &p, unsigned) { ar & p.x & p.y; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES: {{^}}int helper() { return 3; }
// CHECK-FIXES: {{^}}} // namespace app{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}struct Only {{{$}}
// CHECK-FIXES: {{^}}void to_json(nlohmann::json &j, const Only &o) { j = o.v; }
// CHECK-FIXES: {{^}}namespace shop {{{$}}
// CHECK-FIXES: {{^}}} // namespace detail{{$}}
// CHECK-FIXES-NEXT: {{^}}} // namespace{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}// A named namespace inside the anonymous one (and nothing else in it): it moves out whole,
// CHECK-FIXES-NEXT: {{^}}// as 'shop::io' (anonymous-namespace-named-levels.cpp).
// CHECK-FIXES-NEXT: {{^}}namespace io {{{$}}
// CHECK-FIXES-NEXT: {{^}}struct Named {{{$}}
// CHECK-FIXES: {{^}}} // namespace io{{$}}
// CHECK-FIXES-NEXT: {{^}}} // namespace shop{{$}}
