// Local classes inside member functions of local classes, three levels deep. One fix moves
// them all before the function, innermost first, each out of the class that held it; a second
// --fix changes nothing. A local class that cannot leave its member function (it uses a local
// variable there, or the class it is in) stays inside, and its class moves with it.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

template <class T> std::string save(const T &Value) {
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << Value;
  }
  return os.str();
}

namespace app {

int outer() {
  // Level one.
  struct Order {
    int id = 1;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id; }
    int lines() {
      // Level two.
      struct Line {
        int qty = 2;
        void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & qty; }
        int taxes() {
          // Level three.
          struct Tax {
            int rate = 3;
            void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & rate; }
          };
          std::cout << save(Tax{}) << "\n";
          return Tax{}.rate;
        }
      };
      std::cout << save(Line{}) << "\n";
      return Line{}.taxes();
    }
  };
  // CHECK-MESSAGES: :[[@LINE-22]]:10: warning: serializable type 'Order' is declared in function 'app::outer': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-21]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-19]]:14: warning: serializable type 'Line' is declared in member function 'app::outer()::Order::lines': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-18]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-26]]:10: note: the fix for 'Order' moves this type too: both go before the same declaration
  // CHECK-MESSAGES: :[[@LINE-17]]:18: warning: serializable type 'Tax' is declared in member function 'app::outer()::Order::lines()::Line::taxes': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-16]]:18: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-29]]:10: note: the fix for 'Order' moves this type too: both go before the same declaration
  std::cout << save(Order{}) << "\n";
  return Order{}.lines();
}

int stays() {
  // CHECK-MESSAGES: :[[@LINE+2]]:10: warning: serializable type 'Basket' is declared in function 'app::stays': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE+3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  struct Basket {
    int count = 4;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & count; }
    int fill(int Extra) {
      // Uses a local variable of 'fill': it cannot leave the function.
      struct Item {
        decltype(Extra) weight;
        void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & weight; }
      };
      // Uses 'Basket', which would have to come after it.
      struct Link {
        Basket *owner = nullptr;
        void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & owner->count; }
      };
      // CHECK-MESSAGES: :[[@LINE-9]]:14: warning: serializable type 'Item' is declared in member function 'app::stays()::Basket::fill': no reader outside can name it [serialscope-non-resolvable-type]
      // CHECK-MESSAGES: :[[@LINE-8]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
      // CHECK-MESSAGES: :[[@LINE-10]]:18: note: no fix: 'Item' uses the parameter 'Extra', declared in member function 'app::stays()::Basket::fill'
      // CHECK-MESSAGES: :[[@LINE-7]]:14: warning: serializable type 'Link' is declared in member function 'app::stays()::Basket::fill': no reader outside can name it [serialscope-non-resolvable-type]
      // CHECK-MESSAGES: :[[@LINE-6]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
      // CHECK-MESSAGES: :[[@LINE-19]]:10: note: no fix: 'Link' uses the local type 'Basket', which contains it: each would have to come before the other
      Item It{Extra};
      Basket B;
      Link L{&B};
      std::cout << save(It) << save(L) << "\n";
      return It.weight;
    }
  };
  return Basket{}.fill(5);
}

} // namespace app

int main() { return app::outer() + app::stays() == 8 ? 0 : 1; }

// CHECK-FIXES: namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Level three.
// CHECK-FIXES-NEXT: struct Tax {
// CHECK-FIXES-NEXT:   int rate = 3;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & rate; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Level two.
// CHECK-FIXES-NEXT: struct Line {
// CHECK-FIXES-NEXT:   int qty = 2;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & qty; }
// CHECK-FIXES-NEXT:   int taxes() {
// CHECK-FIXES-NEXT:     std::cout << save(Tax{}) << "\n";
// CHECK-FIXES-NEXT:     return Tax{}.rate;
// CHECK-FIXES-NEXT:   }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Level one.
// CHECK-FIXES-NEXT: struct Order {
// CHECK-FIXES-NEXT:   int id = 1;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id; }
// CHECK-FIXES-NEXT:   int lines() {
// CHECK-FIXES-NEXT:     std::cout << save(Line{}) << "\n";
// CHECK-FIXES-NEXT:     return Line{}.taxes();
// CHECK-FIXES-NEXT:   }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int outer() {
// CHECK-FIXES:      struct Basket {
// CHECK-FIXES-NEXT:   int count = 4;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & count; }
// CHECK-FIXES-NEXT:   int fill(int Extra) {
// CHECK-FIXES-NEXT:     // Uses a local variable of 'fill': it cannot leave the function.
// CHECK-FIXES-NEXT:     struct Item {
// CHECK-FIXES:      int stays() {
// CHECK-FIXES-NEXT:   return Basket{}.fill(5);
