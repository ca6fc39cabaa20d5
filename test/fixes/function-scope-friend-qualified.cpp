// A local class of a member function defined out of line, outside the class's namespace,
// moves to that outer namespace. It reads a private member, so the class befriends it: the
// friend declaration is qualified (an unqualified one would name a type of the class's own
// namespace) and a forward declaration comes before the class. The archives are the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>

#include "print-archive.h"

namespace stats {
class Counter {
public:
  void dump() const;

private:
  int hits = 3;
};
} // namespace stats

void stats::Counter::dump() const {
  struct Snapshot {
    int hits;
    explicit Snapshot(const stats::Counter &c) : hits(c.hits) {}
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & hits; }
  };
  app::print(Snapshot(*this));
}

int main() { stats::Counter{}.dump(); }

// CHECK-MESSAGES: :22:10: warning: serializable type 'Snapshot' is declared in member function 'stats::Counter::dump': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :25:10: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :17:7: note: the fix declares 'Snapshot' a friend of 'Counter': 'Snapshot' uses private member 'hits' of 'Counter'

//      CHECK-FIXES: struct Snapshot;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace stats {
// CHECK-FIXES-NEXT: class Counter {
// CHECK-FIXES-NEXT:   friend struct ::Snapshot;
// CHECK-FIXES-NEXT: public:
//      CHECK-FIXES: } // namespace stats
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Snapshot {
// CHECK-FIXES-NEXT:   int hits;
//      CHECK-FIXES: void stats::Counter::dump() const {
// CHECK-FIXES-NEXT:   app::print(Snapshot(*this));
