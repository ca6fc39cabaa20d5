// qt-metatype: Q_DECLARE_METATYPE(T) (a QMetaTypeId<T> specialization) and
// qRegisterMetaType<T>() register a type with Qt's meta-type system by name.
// REQUIRES: qt5
// RUN: %check_serialscope %s %t -- -std=c++17 %qt_cflags

#include <QtCore/QMetaType>
#include <QtCore/QList>
#include <QtCore/QString>

namespace {
struct Reading {
  double value = 0;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: type 'Reading' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
} // namespace
Q_DECLARE_METATYPE(Reading)
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [qt-metatype]: registered by name with Q_DECLARE_METATYPE

// The no-argument form needs Q_DECLARE_METATYPE, so it cannot name a local type.
int registerDeclared() { return qRegisterMetaType<Reading>(); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: note: evidence [qt-metatype]: registered by name with qRegisterMetaType

int registerLocal() {
  struct Event {
    QString what;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: type 'Event' is registered by name but is declared in function 'registerLocal': resolving it by name will fail at run time [serialscope-non-resolvable-type]
  return qRegisterMetaType<Event>("Event");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: evidence [qt-metatype]: registered by name with qRegisterMetaType
}

// A container of a local type, registered by name: reported at the registration.
int registerList() {
  struct Change {
    int row = 0;
  };
  return qRegisterMetaType<QList<Change>>("QList<Change>");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: type 'QList<Change>' is registered by name but has template argument 'Change' declared in function 'registerList': resolving it by name will fail at run time [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: evidence [qt-metatype]: registered by name with qRegisterMetaType
}

// Negatives: namespace-scope types, built-in types, and Qt's own declarations.
namespace app {
struct Settings {
  int level = 0;
};
} // namespace app
Q_DECLARE_METATYPE(app::Settings)

int registerResolvable() {
  struct Unregistered {
    int n = 0;
  };
  return qRegisterMetaType<app::Settings>() + qRegisterMetaType<int>() + Unregistered{}.n;
}
