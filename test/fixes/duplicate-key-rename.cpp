// Keys of their own (duplicate-registration-key): two local `Message`s of two functions are
// registered under "Message". The fix renames the second (the first keeps the name) and gives
// it its new name as its key too: the first registration keeps the key. A third is renamed,
// but its new name is a key another type already has, so it keeps "Message" and a note says
// why; one type registered twice keeps its key.
// RUN: %check_serialscope %s %t --fix --option RegistrationFunctions=factory::registerType -- -std=c++17

#include <map>
#include <string>
#include <typeinfo>

namespace factory {
inline std::map<std::string, const std::type_info *> &registry() {
  static std::map<std::string, const std::type_info *> Types;
  return Types;
}
template <class T> bool registerType(const char *Name) {
  return registry().emplace(Name, &typeid(T)).second;
}
} // namespace factory

struct Audit {};

void first() {
  struct Message {
    int id = 1;
  };
  factory::registerType<Message>("Message");
  factory::registerType<Message>("Message");
  factory::registerType<Audit>("third_Message");
}
// CHECK-MESSAGES: :[[@LINE-7]]:10: warning: type 'Message' is registered by name but is declared in function 'first': resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-5]]:3: note: evidence [config-register]: registered by name with 'factory::registerType' (option RegistrationFunctions)
// CHECK-MESSAGES: :[[@LINE-6]]:3: warning: type 'Message' is registered under 'factory::registerType' key 'Message', which another type also has: loading by that key will use the wrong type at run time [serialscope-duplicate-registration-key]
// CHECK-MESSAGES: :[[@LINE-6]]:3: warning: type 'Message' is registered under 'factory::registerType' key 'Message', which another type also has
// CHECK-FIXES:      struct Message {
// CHECK-FIXES-NEXT:   int id = 1;
// CHECK-FIXES-NEXT: };
// CHECK-FIXES:        factory::registerType<Message>("Message");
// CHECK-FIXES-NEXT:   factory::registerType<Message>("Message");

void second() {
  struct Message {
    double weight = 2.5;
  };
  factory::registerType<Message>("Message");
}
// CHECK-MESSAGES: :[[@LINE-5]]:10: warning: type 'Message' is registered by name but is declared in function 'second'
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: the fix registers it under "second_Message", a key of its own, instead of "Message", which another type has first
// CHECK-MESSAGES: :[[@LINE-7]]:10: note: the fix renames 'Message' to 'second_Message'
// CHECK-MESSAGES: :[[@LINE-5]]:3: warning: type 'Message' is registered under 'factory::registerType' key 'Message', which another type also has
// CHECK-FIXES:      struct second_Message {
// CHECK-FIXES:        factory::registerType<second_Message>("second_Message");

void third() {
  struct Message {
    char tag = 'c';
  };
  factory::registerType<Message>("Message");
}
// CHECK-MESSAGES: :[[@LINE-5]]:10: warning: type 'Message' is registered by name but is declared in function 'third'
// CHECK-MESSAGES: :[[@LINE-3]]:3: note: the fix keeps the key "Message", which another type has first: "third_Message" is registered too
// CHECK-MESSAGES: :[[@LINE-4]]:3: warning: type 'Message' is registered under 'factory::registerType' key 'Message', which another type also has
// CHECK-FIXES:      struct third_Message {
// CHECK-FIXES:        factory::registerType<third_Message>("Message");
