// qt-datastream: operator<<(QDataStream &, const T &) / operator>>(QDataStream &, T &).
// REQUIRES: qt5
// RUN: %check_serialscope %s %t -- -std=c++17 %qt_cflags

#include <QtCore/QDataStream>
#include <QtCore/QDebug>
#include <QtCore/QString>
#include <ostream>

namespace {
struct Note {
  QString text;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: serializable type 'Note' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
QDataStream &operator<<(QDataStream &out, const Note &n) { return out << n.text; }
// CHECK-MESSAGES: :[[@LINE-1]]:14: note: evidence [qt-datastream]: 'operator<<' streams it through a QDataStream
QDataStream &operator>>(QDataStream &in, Note &n) { return in >> n.text; }
// CHECK-MESSAGES: :[[@LINE-1]]:14: note: evidence [qt-datastream]: 'operator>>' streams it through a QDataStream

// Reading only is enough.
enum class Mode { Fast, Slow };
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: serializable type 'Mode' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
QDataStream &operator>>(QDataStream &in, Mode &m) {
  int v = 0;
  in >> v;
  m = Mode(v);
  return in;
}
// CHECK-MESSAGES: :[[@LINE-6]]:14: note: evidence [qt-datastream]: 'operator>>' streams it through a QDataStream

// Negatives: other streams, and a member operator of another class.
struct Point {
  int x = 0;
};
std::ostream &operator<<(std::ostream &os, const Point &p) { return os << p.x; }
QDebug operator<<(QDebug dbg, const Point &p) { return dbg << p.x; }
struct Log {
  Log &operator<<(const Point &) { return *this; }
};
} // namespace

// A namespace-scope type with the same operators is resolvable.
struct Size {
  int w = 0;
};
QDataStream &operator<<(QDataStream &out, const Size &s) { return out << s.w; }
