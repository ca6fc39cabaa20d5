// An anonymous-namespace type whose name is taken outside gets a name derived from the file's,
// and every use in the file follows. The export keeps the key that archives hold:
// BOOST_CLASS_EXPORT(T) stringizes T, so it becomes BOOST_CLASS_EXPORT_GUID with the old
// string; explicit keys and versions only follow the new name. The archives are the same.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/export.hpp>
#include <boost/serialization/unique_ptr.hpp>
#include <iostream>
#include <memory>
#include <sstream>

// Another module's Order: after the hoist, code in 'shop' naming ::Order unqualified would
// find the moved type instead.
struct Order {
  int legacy = 1;
};
// CHECK-FIXES: struct Order {

namespace shop {

struct Item {
  virtual ~Item() = default;
  virtual int total() const = 0;
  template <class Archive> void serialize(Archive &, unsigned) {}
};

int Refund() { return 2; }

namespace {

/// An order line.
struct Order : Item {
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Order' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :46:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :89:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT
// CHECK-MESSAGES: :17:8: note: the fix renames 'Order' to 'anonymous_namespace_rename_Order': under its own name it would collide with this declaration
// CHECK-MESSAGES: :89:1: note: the fix keeps the name "shop::Order" that archives hold: it writes BOOST_CLASS_EXPORT_GUID(shop::anonymous_namespace_rename_Order, "shop::Order"), so data written before the fix still loads
  int id = 0;
  Order() = default;
  explicit Order(int id) : id(id) {}
  ~Order() override = default;
  int total() const override { return id * 10; }
  template <class Archive> void serialize(Archive &ar, unsigned) {
    ar &boost::serialization::base_object<Item>(*this);
    ar &id;
  }
};

// Collides with the function 'shop::Refund'.
struct Refund : Item {
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Refund' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :61:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :90:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_GUID
// CHECK-MESSAGES: :30:5: note: the fix renames 'Refund' to 'anonymous_namespace_rename_Refund': under its own name it would collide with this declaration
// CHECK-MESSAGES: :35:8: note: the fix for 'Order' moves this type too: they leave the anonymous namespace together
  Order original{5};
  int total() const override { return -original.total(); }
  template <class Archive> void serialize(Archive &ar, unsigned) {
    ar &boost::serialization::base_object<Item>(*this);
    ar &original;
  }
};

} // namespace

// CHECK-FIXES: int Refund() { return 2; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: /// An order line.
// CHECK-FIXES-NEXT: struct anonymous_namespace_rename_Order : Item {
// CHECK-FIXES: anonymous_namespace_rename_Order() = default;
// CHECK-FIXES-NEXT: explicit anonymous_namespace_rename_Order(int id) : id(id) {}
// CHECK-FIXES-NEXT: ~anonymous_namespace_rename_Order() override = default;
// CHECK-FIXES: struct anonymous_namespace_rename_Refund : Item {
// CHECK-FIXES: anonymous_namespace_rename_Order original{5};
// CHECK-FIXES: std::unique_ptr<Item> make(int id) {
// CHECK-FIXES: return std::make_unique<struct anonymous_namespace_rename_Refund>();
// CHECK-FIXES-NEXT: return std::make_unique<anonymous_namespace_rename_Order>(id);
std::unique_ptr<Item> make(int id) {
  if (id < 0)
    return std::make_unique<struct Refund>();
  return std::make_unique<Order>(id);
}

} // namespace shop

BOOST_CLASS_EXPORT(shop::Order)
BOOST_CLASS_EXPORT_GUID(struct shop::Refund, "refund")
BOOST_CLASS_VERSION(shop::Order, 2)
// CHECK-FIXES: BOOST_CLASS_EXPORT_GUID(shop::anonymous_namespace_rename_Order, "shop::Order")
// CHECK-FIXES-NEXT: BOOST_CLASS_EXPORT_GUID(struct shop::anonymous_namespace_rename_Refund, "refund")
// CHECK-FIXES-NEXT: BOOST_CLASS_VERSION(shop::anonymous_namespace_rename_Order, 2)

int main() {
  for (int id : {3, -1}) {
    std::unique_ptr<shop::Item> item = shop::make(id);
    std::ostringstream os;
    {
      boost::archive::text_oarchive ar(os, boost::archive::no_header);
      ar << item;
    }
    std::unique_ptr<shop::Item> back;
    std::istringstream is(os.str());
    boost::archive::text_iarchive in(is, boost::archive::no_header);
    in >> back;
    std::cout << os.str() << " -> " << back->total() << "\n";
  }
  std::cout << Order{}.legacy << shop::Refund() << "\n";
}

// A rename reaches into a type of another anonymous namespace block that its own fix moves:
// the split leaves that type's text in place, so the two fixes do not overlap.
struct Shelf {
  int legacy = 0;
};

namespace shop {
namespace {
struct Shelf {
  int v = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar &v; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Shelf' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-12]]:8: note: the fix renames 'Shelf' to 'anonymous_namespace_rename_Shelf': under its own name it would collide with this declaration
} // namespace

int count() { return 1; }

namespace {
struct Store {
  Shelf top;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar &top; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Store' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace

} // namespace shop
// CHECK-FIXES: namespace shop {
// CHECK-FIXES-NEXT: struct anonymous_namespace_rename_Shelf {
// CHECK-FIXES: int count() { return 1; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Store {
// CHECK-FIXES-NEXT:   anonymous_namespace_rename_Shelf top;
