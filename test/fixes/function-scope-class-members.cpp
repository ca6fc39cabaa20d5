// A local class of a member function that names members of the function's class without
// qualification (found through the class scope there): a static constant, a nested type, an
// alias, an enumerator and a static member function, public and private, also from a class
// nested in the local class. At namespace scope the fix names them through the class
// (`Account::kSchema`; from another namespace, `::bank::Branch::kCode`), and the class
// befriends the moved type for the private ones. The archives are the same after.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>

#include "print-archive.h"

namespace bank {

class Account {
public:
  static constexpr int kSchema = 3;
  using Id = long;
  void save() const;

private:
  enum class Kind { Checking, Savings };
  enum Color { Red, Green };
  static int fee() { return 5; }
  int balance = 12;
};

class Branch {
public:
  static constexpr int kCode = 9;
  using Id = long;
  void dump() const;

private:
  static int fee() { return 2; }
};

void Account::save() const {
  struct Snapshot {
    int schema = kSchema;
    Id id = 7;
    Kind kind = Kind::Savings;
    int color = Green;
    int cost = fee();
    int balance = 0;
    struct Stamp {
      int schema = kSchema * 10;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & schema; }
    } stamp;
    explicit Snapshot(const Account &A) : balance(A.balance) {}
    void serialize(boost::archive::text_oarchive &ar, unsigned) {
      int k = static_cast<int>(kind);
      ar & schema & id & k & color & cost & balance & stamp;
    }
  };
  // CHECK-MESSAGES: :[[@LINE-17]]:10: warning: serializable type 'Snapshot' is declared in member function 'bank::Account::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-11]]:12: warning: serializable type 'Stamp' is declared in member function 'bank::Account::save': no reader outside can name it [serialscope-non-resolvable-type]
  app::print(Snapshot(*this));
}

} // namespace bank

void bank::Branch::dump() const {
  struct Dump {
    Id id = kCode;
    int cost = fee();
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id & cost; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Dump' is declared in member function 'bank::Branch::dump': no reader outside can name it [serialscope-non-resolvable-type]
  app::print(Dump{});
}

int main() {
  bank::Account{}.save();
  bank::Branch{}.dump();
}

//      CHECK-FIXES: struct Dump;
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace bank {
//      CHECK-FIXES: class Account {
// CHECK-FIXES-NEXT:   friend struct Snapshot;
//      CHECK-FIXES: class Branch {
// CHECK-FIXES-NEXT:   friend struct ::Dump;
//      CHECK-FIXES: struct Snapshot {
// CHECK-FIXES-NEXT:   int schema = Account::kSchema;
// CHECK-FIXES-NEXT:   Account::Id id = 7;
// CHECK-FIXES-NEXT:   Account::Kind kind = Account::Kind::Savings;
// CHECK-FIXES-NEXT:   int color = Account::Green;
// CHECK-FIXES-NEXT:   int cost = Account::fee();
//      CHECK-FIXES:   struct Stamp {
// CHECK-FIXES-NEXT:     int schema = Account::kSchema * 10;
//      CHECK-FIXES: struct Dump {
// CHECK-FIXES-NEXT:   ::bank::Branch::Id id = ::bank::Branch::kCode;
// CHECK-FIXES-NEXT:   int cost = ::bank::Branch::fee();
