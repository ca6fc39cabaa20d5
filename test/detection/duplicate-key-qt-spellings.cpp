// duplicate-registration-key compares Qt meta-type names as Qt's registry does: qRegisterMetaType
// and Q_DECLARE_METATYPE register QMetaObject::normalizedType of the name, so two spellings
// of one normalized name are one key (whitespace, `const T &`, Qt's `uint`, `> >`). The warning
// and its notes give the key Qt uses, and the name as written where it differs. Spellings
// that Qt 5 keeps apart stay two keys (a pointer, `unsigned short` and `ushort`, `< ::`).
// REQUIRES: qt5
// RUN: %check_serialscope %s %t -- -std=c++17 %qt_cflags

#include <QtCore/QMetaType>

namespace orders {
struct Row {
  int id = 0;
};
struct Cell {
  int id = 0;
};
} // namespace orders

namespace billing {
struct Row {
  int amount = 0;
};
struct Cell {
  int amount = 0;
};
} // namespace billing

Q_DECLARE_METATYPE(orders::Row)
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'orders::Row' is registered under Qt meta-type name 'orders::Row', which another type also has: loading by that key will use the wrong type at run time [serialscope-duplicate-registration-key]
// CHECK-MESSAGES: :[[@LINE+6]]:15: note: type 'billing::Row' is registered under 'orders::Row' (written 'const orders::Row &') here
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix:

int registerAll() {
  // A const reference is the value type to Qt: billing::Row is given orders::Row's id, and
  // QVariant constructs it as an orders::Row.
  int Count = qRegisterMetaType<billing::Row>("const orders::Row &");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: type 'billing::Row' is registered under Qt meta-type name 'orders::Row' (written 'const orders::Row &'), which another type also has
  // CHECK-MESSAGES: :[[@LINE-10]]:1: note: type 'orders::Row' is registered under 'orders::Row' here
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: no fix:

  // Spaces, Qt's `uint` for `unsigned int`, and `> >` for `>>`.
  Count += qRegisterMetaType<orders::Cell>("Table<unsigned int, QList<int>>");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: type 'orders::Cell' is registered under Qt meta-type name 'Table<uint,QList<int> >' (written 'Table<unsigned int, QList<int>>'), which another type also has
  // CHECK-MESSAGES: :[[@LINE+2]]:12: note: type 'billing::Cell' is registered under 'Table<uint,QList<int> >' (written 'Table< uint, QList< int > >') here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no fix:
  Count += qRegisterMetaType<billing::Cell>("Table< uint, QList< int > >");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: type 'billing::Cell' is registered under Qt meta-type name 'Table<uint,QList<int> >' (written 'Table< uint, QList< int > >'), which another type also has
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: type 'orders::Cell' is registered under 'Table<uint,QList<int> >' (written 'Table<unsigned int, QList<int>>') here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no fix:

  // Two keys to Qt 5: no finding.
  Count += qRegisterMetaType<orders::Cell>("orders::Row*");
  Count += qRegisterMetaType<orders::Cell>("Grid<unsigned short>");
  Count += qRegisterMetaType<billing::Cell>("Grid<ushort>");
  Count += qRegisterMetaType<orders::Cell>("Box<::orders::Row>");
  Count += qRegisterMetaType<billing::Cell>("Box< ::orders::Row>");
  return Count;
}
