// duplicate-registration-key within one translation unit: two different types registered
// under one key in one registry (Boost export GUID, cereal name, Qt meta-type name, a
// configured registration function's key) is a finding at each registration, with the other
// as a note. Not findings: one type registered twice, a key reused in another registry, a
// template registering each instantiation under its own key, a NOLINT.
// REQUIRES: qt5
// RUN: %check_serialscope %s %t --option RegistrationFunctions=factory::registerType -- -std=c++17 %qt_cflags
// Each check is enabled on its own, as clang-tidy users expect: the other one alone reports
// none of these.
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-non-resolvable-type' %s -- -std=c++17 %qt_cflags 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: warning:
// The plugin takes the same list: checks=<globs>.
// RUN: %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-checks=-serialscope-duplicate-registration-key -fplugin-arg-serialscope-RegistrationFunctions=factory::registerType -std=c++17 %qt_cflags -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: %clangxx -fplugin=%serialscope_plugin -fplugin-arg-serialscope-checks='-*,serialscope-duplicate-registration-key' -std=c++17 %qt_cflags -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=ON
// ON: warning: type 'orders::Event' is registered under Boost.Serialization export key 'Event'

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/types/polymorphic.hpp>
#include <QtCore/QMetaType>
#include <string>

namespace factory {
template <class T> bool registerType(const char * = nullptr) { return sizeof(T) > 0; }
} // namespace factory

struct Base {
  virtual ~Base() = default;
  template <class Archive> void serialize(Archive &, unsigned) {}
};

namespace orders {
struct Event : Base {
  int id = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar &id; }
  template <class Archive> void serialize(Archive &ar) { ar(id); }
};
struct Plain {
  int id = 0;
};
} // namespace orders

namespace billing {
struct Event : Base {
  double amount = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar &amount; }
  template <class Archive> void serialize(Archive &ar) { ar(amount); }
};
struct Plain {
  double amount = 0;
};
} // namespace billing

BOOST_CLASS_EXPORT_GUID(orders::Event, "Event")
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'orders::Event' is registered under Boost.Serialization export key 'Event', which another type also has: loading by that key will use the wrong type at run time [serialscope-duplicate-registration-key]
// CHECK-MESSAGES: :[[@LINE+2]]:1: note: type 'billing::Event' is registered under 'Event' here
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix: archives and registries hold the key, so which type data written under it belongs to is not known; give each type a key of its own (the fix that renames a type to move it to namespace scope gives it one)
BOOST_CLASS_EXPORT_GUID(billing::Event, "Event")
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'billing::Event' is registered under Boost.Serialization export key 'Event'
// CHECK-MESSAGES: :[[@LINE-6]]:1: note: type 'orders::Event' is registered under 'Event' here
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix:

// Another registry: cereal's names do not meet Boost's.
CEREAL_REGISTER_TYPE_WITH_NAME(orders::Event, "Event")
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'orders::Event' is registered under cereal registration name 'Event', which another type also has
// CHECK-MESSAGES: :[[@LINE+2]]:1: note: type 'billing::Event' is registered under 'Event' here
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix:
CEREAL_REGISTER_TYPE_WITH_NAME(billing::Event, "Event")
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'billing::Event' is registered under cereal registration name 'Event'
// CHECK-MESSAGES: :[[@LINE-6]]:1: note: type 'orders::Event' is registered under 'Event' here
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix:

// The stringized type is the key: "orders::Plain" and "billing::Plain" differ.
Q_DECLARE_METATYPE(orders::Plain)
Q_DECLARE_METATYPE(billing::Plain)

int registerAll() {
  // One type registered twice under one key is no finding.
  int Count = qRegisterMetaType<orders::Event *>("Once") + qRegisterMetaType<orders::Event *>("Once");
  Count += qRegisterMetaType<orders::Plain>("Plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: type 'orders::Plain' is registered under Qt meta-type name 'Plain', which another type also has
  // CHECK-MESSAGES: :[[@LINE+3]]:12: note: type 'billing::Plain' is registered under 'Plain' here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no fix:
  // The second type under the same name: Qt gives it the first one's id.
  Count += qRegisterMetaType<billing::Plain>("Plain");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: type 'billing::Plain' is registered under Qt meta-type name 'Plain'
  // CHECK-MESSAGES: :[[@LINE-7]]:12: note: type 'orders::Plain' is registered under 'Plain' here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no fix:
  // A NOLINT silences a registration: it is neither reported nor another's note.
  Count += qRegisterMetaType<orders::Event>("Plain"); // NOLINT(serialscope-duplicate-registration-key)
  return Count;
}

// A configured function without a name argument registers the type as the call spells it.
namespace orders {
bool RegisteredPlain = factory::registerType<Plain>();
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: type 'orders::Plain' is registered under 'factory::registerType' key 'Plain', which another type also has
// CHECK-MESSAGES: :[[@LINE+5]]:24: note: type 'billing::Plain' is registered under 'Plain' here
// CHECK-MESSAGES: :[[@LINE-3]]:24: note: no fix:
} // namespace orders

namespace billing {
bool RegisteredPlain = factory::registerType<Plain>();
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: type 'billing::Plain' is registered under 'factory::registerType' key 'Plain'
// CHECK-MESSAGES: :[[@LINE-9]]:24: note: type 'orders::Plain' is registered under 'Plain' here
// CHECK-MESSAGES: :[[@LINE-3]]:24: note: no fix:
} // namespace billing

// A template registers each instantiation under the type it stands for.
template <class T> bool registerEach() { return factory::registerType<T>(); }
bool Each = registerEach<orders::Event>() && registerEach<billing::Event>();
