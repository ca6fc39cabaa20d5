// json-adl: nlohmann_json conversions found by argument-dependent lookup (hidden friends, free
// functions, the NLOHMANN_DEFINE_TYPE_* macros that expand to them), adl_serializer<T>
// specializations, and NLOHMANN_JSON_SERIALIZE_ENUM.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <nlohmann/json.hpp>
#include <string>

namespace {

// Hidden friends.
struct User {
  std::string name;
  friend void to_json(nlohmann::json &j, const User &u) { j = u.name; }
  friend void from_json(const nlohmann::json &j, User &u) { j.get_to(u.name); }
};
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'User' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: evidence [json-adl]: function 'from_json' converts it to and from nlohmann::json

// Free functions, with another specialization of basic_json.
struct Order {
  int id = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Order' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
void to_json(nlohmann::ordered_json &j, const Order &o) { j["id"] = o.id; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

// The macros.
struct Item {
  int count = 0;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Item, count)
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Item' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

struct Price {
  double amount = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Price' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Price, amount)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

// Enums are types too.
enum class Status { Open, Closed };
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: serializable type 'Status' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
NLOHMANN_JSON_SERIALIZE_ENUM(Status, {{Status::Open, "open"}, {Status::Closed, "closed"}})
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

// Converted by a specialization of nlohmann::adl_serializer (below).
struct Money {
  long cents = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Money' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]

// Negatives: to_json without a basic_json is not nlohmann's hook.
struct Label {
  std::string text;
  nlohmann::json to_json() const { return text; }
};
void to_json(std::string &out, const Label &l) { out = l.text; }
struct Report {};
template <class Writer> void to_json(Writer &w, const Report &) { w.begin(); }

} // namespace

namespace nlohmann {
template <> struct adl_serializer<Money> {
  static void to_json(json &j, const Money &m) { j = m.cents; }
  static void from_json(const json &j, Money &m) { m.cents = j.get<long>(); }
};
// CHECK-MESSAGES: :[[@LINE-4]]:20: note: evidence [json-adl]: nlohmann::adl_serializer is specialized for it
} // namespace nlohmann

// Namespace-scope types with the same macros are resolvable.
namespace store {
struct Product {
  int sku = 0;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Product, sku)
};
enum class Kind { A, B };
NLOHMANN_JSON_SERIALIZE_ENUM(Kind, {{Kind::A, "a"}, {Kind::B, "b"}})
} // namespace store
