// Local types of functions in an anonymous namespace that use what that namespace declares
// (and an earlier block of it does not): before the anonymous namespace, where the type would
// move, it is not declared yet. A name of an earlier block that the target namespace declares
// too would find both there. Every finding gets a note naming what blocks its fix, and --fix
// leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

namespace app {

int limit(long v) { return int(v); }

namespace {
int limit(int v) { return v + 1; }
} // namespace

namespace {

int twice(int v) { return 2 * v; }
struct Unit {
  int id = 1;
};

void usesFunction() {
  struct UsesFunction {
    int v = twice(2);
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesFunction' is declared in function 'app::(anonymous namespace)::usesFunction': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:13: note: no fix: 'UsesFunction' uses 'twice', a member of the anonymous namespace it would leave, which is not declared (or not defined) yet before that namespace, where the type would move to
}

void usesType() {
  struct UsesType {
    Unit unit;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & unit.id; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesType' is declared in function 'app::(anonymous namespace)::usesType': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: no fix: 'UsesType' uses 'Unit', a member of the anonymous namespace it would leave, which is not declared (or not defined) yet before that namespace, where the type would move to
}

void usesHidden() {
  struct UsesHidden {
    int v = limit(3);
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesHidden' is declared in function 'app::(anonymous namespace)::usesHidden': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:13: note: no fix: 'UsesHidden' uses 'limit' of the anonymous namespace; moved to namespace 'app', it would also find the other 'limit' declared there
}

} // namespace

} // namespace app
