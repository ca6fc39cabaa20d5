// Local type aliases (`using`, `typedef`) that a moved type uses move first, in their order,
// under their own name, so every use stays as written: in the moved types, and in the rest of
// the function, which still sees them at namespace scope. An alias that needs a local type
// moves after it; an alias used by two types moves once. Each program prints the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <string>
#include <vector>

#include "print-archive.h"

namespace app {

void save() {
  // Readings, in order.
  using Readings = std::vector<int>;
  typedef std::string Label;
  struct Coord {
    int x = 1;
  };
  using Coords = std::vector<Coord>;

  struct Series {
    Label name = "series";
    Readings values{1, 2, 3};
    Coords at{Coord()};
    void serialize(boost::archive::text_oarchive &ar, unsigned) {
      ar & name & values;
      for (const auto &c : at)
        ar & c.x;
    }
  };
  // CHECK-MESSAGES: :25:10: warning: serializable type 'Series' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :29:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :18:9: note: the fix moves the local type alias 'Readings' first: 'Series' uses it
  // CHECK-MESSAGES: :19:23: note: the fix moves the local type alias 'Label' first: 'Series' uses it
  // CHECK-MESSAGES: :20:10: note: the fix moves the local type 'Coord' first: 'Series' uses it
  // CHECK-MESSAGES: :23:9: note: the fix moves the local type alias 'Coords' first: 'Series' uses it

  struct Summary {
    Readings totals{6};
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & totals; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Summary' is declared in function 'app::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :25:10: note: the fix for 'Series' moves this type too: both go before the same declaration
  Readings more{4, 5};
  Label title = "more";
  print(Series());
  print(Summary());
  print(title);
  print(more);
}

// An alias that does not use the template parameter moves as it is; the type that uses both
// becomes a template.
template <class T> void saveTagged(const T &value) {
  using Tag = std::string;
  struct Tagged {
    Tag tag = "tagged";
    T value;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & tag & value; }
  };
  // CHECK-MESSAGES: :61:10: warning: serializable type 'Tagged' is declared in function 'app::saveTagged': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :64:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :61:10: note: the fix makes 'Tagged' a template over the parameters of the enclosing template it uses: T
  // CHECK-MESSAGES: :60:9: note: the fix moves the local type alias 'Tag' first: 'Tagged' uses it
  print(Tagged{Tag("tag"), value});
}

// An alias member of a local class moves with its class.
void saveDistance() {
  struct Units {
    using Meters = double;
  };
  struct Distance {
    Units::Meters m = 2.5;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & m; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Distance' is declared in function 'app::saveDistance': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-9]]:10: note: the fix moves the local type 'Units' first: 'Distance' uses it
  print(Distance());
}

} // namespace app

int main() {
  app::save();
  app::saveTagged(42);
  app::saveDistance();
}

// CHECK-FIXES:      namespace app {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Readings, in order.
// CHECK-FIXES-NEXT: using Readings = std::vector<int>;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: typedef std::string Label;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Coord {
// CHECK-FIXES-NEXT:   int x = 1;
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: using Coords = std::vector<Coord>;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Series {
// CHECK-FIXES:      struct Summary {
// CHECK-FIXES-NEXT:   Readings totals{6};
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & totals; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void save() {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   Readings more{4, 5};
// CHECK-FIXES-NEXT:   Label title = "more";
// CHECK-FIXES:      using Tag = std::string;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: template <class T>
// CHECK-FIXES-NEXT: struct Tagged {
// CHECK-FIXES-NEXT:   Tag tag = "tagged";
// CHECK-FIXES-NEXT:   T value;
// CHECK-FIXES:      template <class T> void saveTagged(const T &value) {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   print(Tagged<T>{Tag("tag"), value});
// CHECK-FIXES:      struct Units {
// CHECK-FIXES-NEXT:   using Meters = double;
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Distance {
// CHECK-FIXES-NEXT:   Units::Meters m = 2.5;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & m; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // An alias member of a local class moves with its class.
// CHECK-FIXES-NEXT: void saveDistance() {
