// config-base: with option SerializableBases, a class deriving from a listed class, directly
// or through other classes, is serializable (in-house frameworks with a common base).
// RUN: %check_serialscope %s %t --option SerializableBases='persist::Record;::persist::Message' -- -std=c++17
// Without the option the same code is not serializable.
// RUN: %check_serialscope %s %t-off --expect-none -- -std=c++17

#include <string>

namespace persist {
struct Record {
  virtual ~Record() = default;
  virtual std::string encode() const = 0;
};
struct Message {};
// A namespace-scope intermediate base: its subclasses are records too.
struct KeyedRecord : Record {
  int key = 0;
};
} // namespace persist

std::string saveDirect() {
  struct Row : persist::Record {
    std::string encode() const override { return "row"; }
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Row' is declared in function 'saveDirect': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: evidence [config-base]: derives from 'persist::Record' (option SerializableBases)
  return Row{}.encode();
}

std::string saveIndirect() {
  struct Keyed : persist::KeyedRecord {
    std::string encode() const override { return "keyed"; }
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Keyed' is declared in function 'saveIndirect': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: evidence [config-base]: derives from 'persist::Record' through 'persist::KeyedRecord' (option SerializableBases)
  return Keyed{}.encode();
}

// A local class of a function template, through a class template.
template <class T> struct Typed : persist::Record {
  T value{};
};
template <class T> std::string saveTyped() {
  struct Wrapped : Typed<T> {
    std::string encode() const override { return "typed"; }
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: serializable type 'Wrapped' is declared in function 'saveTyped': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: evidence [config-base]: derives from 'persist::Record' through 'Typed' (option SerializableBases)
  return Wrapped{}.encode();
}
std::string typedInt() { return saveTyped<int>(); }

namespace {
// The second name of the list, written with a leading '::'.
struct Ping : persist::Message {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: serializable type 'Ping' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:15: note: evidence [config-base]: derives from 'persist::Message' (option SerializableBases)

// Negatives: other bases, and a class whose member (not base) is a record.
struct Listener {
  virtual ~Listener() = default;
};
struct Printer : Listener {};
struct Holder {
  persist::KeyedRecord *record = nullptr;
};
} // namespace

// A namespace-scope subclass is resolvable.
struct Account : persist::Record {
  std::string encode() const override { return "account"; }
};
