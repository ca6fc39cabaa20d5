// A local class of an out-of-line member function that uses the class's private members: the
// fix moves it before the definition and declares it a friend of the class. A local class of a
// friend function that reads a private member gets no fix (no class of its own to befriend it
// in) and stays where it is. The archives are the same after.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"

namespace app {

class Account {
  int balance = 12;
  static int fee() { return 3; }

public:
  void save() const;
  friend void audit(const Account &);
};

// Writes the account.
void Account::save() const {
  struct Snapshot {
    int balance = 0;
    int fee = Account::fee();
    explicit Snapshot(const Account &A) : balance(A.balance) {}
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & balance & fee; }
  };
  // CHECK-MESSAGES: :[[@LINE-6]]:10: warning: serializable type 'Snapshot' is declared in member function 'app::Account::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :17:14: note: the fix declares 'Snapshot' a friend of 'Account': 'Snapshot' uses private member 'fee' of 'Account'
  print(Snapshot(*this));
}

void audit(const Account &A) {
  struct Audit {
    int seen;
    explicit Audit(const Account &A) : seen(A.balance) {}
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & seen; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Audit' is declared in function 'app::audit': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :16:7: note: no fix: 'Audit' uses private member 'balance' of 'Account', which it could not access at namespace scope
  print(Audit(A));
}

} // namespace app

int main() {
  app::Account A;
  A.save();
  app::audit(A);
}

// CHECK-FIXES:      class Account {
// CHECK-FIXES-NEXT:   friend struct Snapshot;
// CHECK-FIXES-NEXT:   int balance = 12;
// CHECK-FIXES:      struct Snapshot {
// CHECK-FIXES-NEXT:   int balance = 0;
// CHECK-FIXES-NEXT:   int fee = Account::fee();
// CHECK-FIXES-NEXT:   explicit Snapshot(const Account &A) : balance(A.balance) {}
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & balance & fee; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Writes the account.
// CHECK-FIXES-NEXT: void Account::save() const {
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   //
// CHECK-FIXES-NEXT:   print(Snapshot(*this));
// CHECK-FIXES:      void audit(const Account &A) {
// CHECK-FIXES-NEXT:   struct Audit {
