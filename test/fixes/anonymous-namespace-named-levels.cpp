// Named namespaces inside an anonymous namespace: a type keeps them (`app::detail::Point`)
// and the fix moves the named namespace out whole, with the companion functions in it, so
// argument-dependent lookup still finds them. Left in two places, `detail` would be ambiguous
// for an unqualified `detail::` and hidden from a qualified `app::detail::`: the fix is
// refused when anything in it would stay, when it has a block elsewhere, or when its name is
// taken where it goes, and the note names that one thing.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/access.hpp>
#include <nlohmann/json.hpp>
#include <iostream>
#include <sstream>

namespace app {
namespace {
int base() { return 7; }

namespace detail {
using Count = int;

// A point, written by Boost through a free function found by argument-dependent lookup.
struct Point {
  Count x = base();
  int y = 2;
};
template <class Archive> void serialize(Archive &ar, Point &p, unsigned) { ar & p.x & p.y; }
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'Point' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Point'

bool operator==(const Point &a, const Point &b) { return a.x == b.x && a.y == b.y; }

struct Line {
  int n = 3;
};
void to_json(nlohmann::json &j, const Line &l) { j = l.n; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Line' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-16]]:8: note: the fix for 'Point' moves this type too: they leave the anonymous namespace together
} // namespace detail

// Used from the anonymous namespace after it: found in 'app::detail' now.
int later() { return detail::Point{}.x + detail::Line{}.n + (detail::Point{} == detail::Point{}); }
} // namespace
} // namespace app

// Several named levels: all are kept.
namespace {
namespace outer {
namespace inner {
struct Deep {
  int v = 5;
};
void to_json(nlohmann::json &j, const Deep &d) { j = d.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Deep' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
} // namespace inner
using DeepAlias = inner::Deep;
} // namespace outer
} // namespace

// A helper that is not the type's would stay behind.
namespace {
namespace util {
struct Config {
  int v = 6;
};
void to_json(nlohmann::json &j, const Config &c) { j = c.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Config' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE+1]]:5: note: no fix: 'scale' would stay in namespace 'util' of the anonymous namespace, which moves out only whole: a 'util' left there would make 'util::' ambiguous
int scale() { return 2; }
} // namespace util
} // namespace

// A type without evidence that the serializable one uses would stay behind too.
namespace {
namespace parts {
struct Plain {
  int v = 1;
};
struct Whole {
  Plain p;
};
void to_json(nlohmann::json &j, const Whole &w) { j = w.p.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Whole' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-9]]:8: note: no fix: 'Plain' would stay in namespace 'parts' of the anonymous namespace, which moves out only whole: a 'parts' left there would make 'parts::' ambiguous
} // namespace parts
} // namespace

// A named namespace of the same name already exists where it would go.
namespace shop {
namespace io {
int version() { return 1; }
} // namespace io
namespace {
namespace io {
struct Record {
  int v = 8;
};
void to_json(nlohmann::json &j, const Record &r) { j = r.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Record' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-11]]:11: note: no fix: namespace 'io' would move to namespace 'shop', where this declaration of the same name would meet it
} // namespace io
int record() { return nlohmann::json(io::Record{}).get<int>(); }
} // namespace
} // namespace shop

// The named namespace has another block in another anonymous block.
namespace store {
namespace {
namespace keys {
struct Key {
  int v = 9;
};
void to_json(nlohmann::json &j, const Key &k) { j = k.v; }
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Key' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
} // namespace keys
} // namespace

int between() { return 1; }

namespace {
// CHECK-MESSAGES: :[[@LINE+1]]:11: note: no fix: this block of namespace 'keys' is in another part of the anonymous namespace, and the namespace moves out only whole
namespace keys {
int key() { return nlohmann::json(Key{}).get<int>(); }
} // namespace keys
} // namespace
} // namespace store

int main() {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << app::detail::Point{};
  }
  std::cout << os.str() << app::later() << nlohmann::json(app::detail::Line{}).dump() << "\n";
  std::cout << nlohmann::json(outer::inner::Deep{}).dump()
            << nlohmann::json(outer::DeepAlias{}).dump()
            << nlohmann::json(util::Config{}).dump() << util::scale()
            << nlohmann::json(parts::Whole{}).dump() << shop::record() << shop::io::version()
            << store::keys::key() << "\n";
}

// CHECK-FIXES: {{^}}namespace app {{{$}}
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES-NEXT: {{^}}int base() { return 7; }
// CHECK-FIXES-NEXT: {{^}}} // namespace{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}namespace detail {{{$}}
// CHECK-FIXES-NEXT: {{^}}using Count = int;
// CHECK-FIXES: {{^}}} // namespace detail{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES-NEXT: {{^}}// Used from the anonymous namespace after it: found in 'app::detail' now.
// CHECK-FIXES: {{^}}} // namespace app{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}// Several named levels: all are kept.
// CHECK-FIXES-NEXT: {{^}}namespace outer {{{$}}
// CHECK-FIXES-NEXT: {{^}}namespace inner {{{$}}
// CHECK-FIXES-NEXT: {{^}}struct Deep {{{$}}
// CHECK-FIXES: {{^}}using DeepAlias = inner::Deep;
// CHECK-FIXES-NEXT: {{^}}} // namespace outer{{$}}
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: {{^}}// A helper that is not the type's would stay behind.
// CHECK-FIXES-NEXT: {{^}}namespace {{{$}}
// CHECK-FIXES-NEXT: {{^}}namespace util {{{$}}
