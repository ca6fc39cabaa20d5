// Local types of functions in an anonymous namespace move to the named namespace around it (or
// the global namespace), before the outermost anonymous namespace block; the functions still
// find them by their unqualified name. Members of an earlier block of the anonymous namespace
// are declared there already. The archives are the same after.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <cereal/archives/xml.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"

namespace shop {

int base() { return 40; }

namespace {
int scale() { return 2; }
} // namespace

// Helpers of this file.
namespace {

// Writes an order line.
void writeLine() {
  // One line of an order.
  struct Line {
    int quantity = 3;
    int price = base() * scale();
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & quantity & price; }
  };
  app::print(Line{});
}
// CHECK-MESSAGES: :[[@LINE-7]]:10: warning: serializable type 'Line' is declared in function 'shop::(anonymous namespace)::writeLine': no reader outside can name it [serialscope-non-resolvable-type]

namespace detail {
void writeTotal() {
  struct Total {
    int sum = 7;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & sum; }
  };
  app::print(Total{});
}
// CHECK-MESSAGES: :[[@LINE-6]]:10: warning: serializable type 'Total' is declared in function 'shop::(anonymous namespace)::detail::writeTotal': no reader outside can name it [serialscope-non-resolvable-type]
} // namespace detail

namespace {
template <class T> void writeBoth(T Value) {
  struct Pair {
    T first;
    T second;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & first & second; }
  };
  app::print(Pair{Value, Value});
}
// CHECK-MESSAGES: :[[@LINE-7]]:10: warning: serializable type 'Pair' is declared in function 'shop::(anonymous namespace)::(anonymous namespace)::writeBoth': no reader outside can name it [serialscope-non-resolvable-type]
} // namespace

} // namespace

} // namespace shop

namespace {
std::string itemJson() {
  struct Item {
    std::string name = "pen";
    int count = 2;
    void serialize(cereal::XMLOutputArchive &ar) { ar(CEREAL_NVP(name), CEREAL_NVP(count)); }
  };
  std::ostringstream os;
  {
    cereal::XMLOutputArchive ar(os);
    ar(cereal::make_nvp("item", Item{}));
  }
  return os.str();
}
// CHECK-MESSAGES: :[[@LINE-12]]:10: warning: serializable type 'Item' is declared in function '(anonymous namespace)::itemJson': no reader outside can name it [serialscope-non-resolvable-type]
} // namespace

int main() {
  shop::writeLine();
  shop::detail::writeTotal();
  shop::writeBoth(5);
  std::cout << itemJson() << "\n";
}

//      CHECK-FIXES: namespace shop {
//      CHECK-FIXES: int scale() { return 2; }
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // One line of an order.
// CHECK-FIXES-NEXT: struct Line {
// CHECK-FIXES-NEXT:   int quantity = 3;
// CHECK-FIXES-NEXT:   int price = base() * scale();
//      CHECK-FIXES: struct Total {
//      CHECK-FIXES: template <class T>
// CHECK-FIXES-NEXT: struct Pair {
//      CHECK-FIXES: // Helpers of this file.
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Writes an order line.
// CHECK-FIXES-NEXT: void writeLine() {
// CHECK-FIXES-NEXT:   app::print(Line{});
//      CHECK-FIXES:   app::print(Pair<T>{Value, Value});
//      CHECK-FIXES: } // namespace shop
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Item {
//      CHECK-FIXES: namespace {
// CHECK-FIXES-NEXT: std::string itemJson() {
// CHECK-FIXES-NEXT:   std::ostringstream os;
