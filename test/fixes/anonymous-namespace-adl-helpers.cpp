// Functions beside an anonymous-namespace type that take it are found by argument-dependent
// lookup in the type's namespace: `operator==` used by std::find must move with the type,
// or the fixed file no longer compiles.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <algorithm>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>
#include <iostream>
#include <sstream>
#include <vector>

namespace shop {
namespace {

struct Item {
  int id = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & id; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: type 'Item' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: {{.*}}

bool operator==(const Item &a, const Item &b) { return a.id == b.id; }

} // namespace

int count(int id) {
  std::vector<Item> items{{1}, {2}, {id}};
  return static_cast<int>(std::find(items.begin(), items.end(), Item{id}) - items.begin());
}

} // namespace shop

BOOST_CLASS_EXPORT(shop::Item)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT

int main() {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    shop::Item item{7};
    ar << item;
  }
  std::cout << os.str() << " " << shop::count(2) << "\n";
}

// CHECK-FIXES: namespace shop {
// CHECK-FIXES-NEXT: struct Item {
// CHECK-FIXES: bool operator==(const Item &a, const Item &b) { return a.id == b.id; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int count(int id) {
