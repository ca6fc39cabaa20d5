// Unnamed classes take their name from the variable or member they declare: a namespace-scope
// variable's type is declared right before it, a data member's type becomes a nested type of
// its class, a local variable's type moves before the function like any local type. The
// program writes the same archive afterwards.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>
#include <string>

namespace robot {

// Where the arm is; `static` stays with the variable.
static struct {
  int x = 1, y = 2;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & x & y; }
} position;
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type of variable 'position' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-6]]:8: note: the fix names the unnamed struct 'Position' after variable 'position'

struct{
  double scale = 0.5;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & scale; }
}g_geometry = {0.25};
// CHECK-MESSAGES: :[[@LINE-4]]:1: warning: serializable type of variable 'g_geometry' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-6]]:1: note: the fix names the unnamed struct 'Geometry' after variable 'g_geometry'

struct Arm {
  // A base clause: the name goes before it.
  struct : std::string {
    int max = 7;
    template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & max; }
  } m_limits;
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: serializable type of member 'm_limits' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the fix names the unnamed struct 'Limits' after member 'm_limits'
  int State = 0;
  // 'State' is taken by the member above.
  struct {
    int v = 3;
    template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
  } state_;
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: serializable type of member 'state_' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the fix names the unnamed struct 'State_2' after member 'state_'
};

// Writes everything.
std::string write() {
  std::ostringstream os;
  boost::archive::text_oarchive ar(os, boost::archive::no_header);
  Arm arm;
  struct {
    int count = 9;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & count; }
  } m_counter;
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: serializable type of variable 'm_counter' is an unnamed struct declared in function 'robot::write': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the fix names the unnamed struct 'Counter' after variable 'm_counter'
  decltype(m_counter) copy = m_counter;
  ar << position << g_geometry << arm.m_limits << arm.state_ << copy;
  return os.str();
}

// A local variable in a template: its type becomes a template too. 'Snapshot' is taken.
template <class T> std::string snapshot(T seed) {
  struct {
    T amount;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & amount; }
  } snapshot{seed};
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: serializable type of variable 'snapshot' is an unnamed struct declared in function 'robot::snapshot': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: the fix names the unnamed struct 'Snapshot_2' after variable 'snapshot'
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: the fix makes 'Snapshot_2' a template over the parameters of the enclosing template it uses: T
  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << snapshot;
  }
  return os.str();
}
struct Snapshot {};

} // namespace robot

int main() { std::cout << robot::write() << robot::snapshot(5) << robot::snapshot(2.5) << "\n"; }

// CHECK-FIXES: namespace robot {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Where the arm is; `static` stays with the variable.
// CHECK-FIXES-NEXT: struct Position {
// CHECK-FIXES:      };
// CHECK-FIXES-NEXT: static Position position;
// CHECK-FIXES:      struct Geometry {
// CHECK-FIXES:      };
// CHECK-FIXES-NEXT: Geometry g_geometry = {0.25};
// CHECK-FIXES:      struct Arm {
// CHECK-FIXES:        struct Limits : std::string {
// CHECK-FIXES:        };
// CHECK-FIXES-NEXT:   Limits m_limits;
// CHECK-FIXES:        struct State_2 {
// CHECK-FIXES:        };
// CHECK-FIXES-NEXT:   State_2 state_;
// CHECK-FIXES:      struct Counter {
// CHECK-FIXES-NEXT:   int count = 9;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & count; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Writes everything.
// CHECK-FIXES-NEXT: std::string write() {
// CHECK-FIXES:        Counter m_counter;
// CHECK-FIXES:        decltype(m_counter) copy = m_counter;
// CHECK-FIXES:      template <class T>
// CHECK-FIXES-NEXT: struct Snapshot_2 {
// CHECK-FIXES-NEXT:   T amount;
// CHECK-FIXES:      template <class T> std::string snapshot(T seed) {
// CHECK-FIXES-NEXT:   Snapshot_2<T> snapshot{seed};
