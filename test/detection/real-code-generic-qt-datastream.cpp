// Qt's generic QDataStream operators for every enum are not evidence for the enum they are
// instantiated with: they write its integer value, which no reader needs the enum's name for.
// pkg-config gives Qt's headers with -I, so they are user headers and their instantiations are
// visited: before the fix every local or anonymous-namespace enum streamed through a
// QDataStream was a finding (docs/real-code.md). Operators written for the type still count.
// REQUIRES: qt5
// RUN: %check_serialscope %s %t -- -std=c++17 %qt_cflags

#include <QtCore/QByteArray>
#include <QtCore/QDataStream>
#include <QtCore/QIODevice>

namespace {
enum class Channel { Red, Green };

// Written by name: a finding.
enum class Unit { Metre, Foot };
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: serializable type 'Unit' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
QDataStream &operator<<(QDataStream &out, Unit u) {
  return out << (u == Unit::Metre ? "metre" : "foot");
}
// CHECK-MESSAGES: :[[@LINE-3]]:14: note: evidence [qt-datastream]: 'operator<<' streams it through a QDataStream
} // namespace

int roundTrip() {
  enum Mode { Fast, Slow };
  QByteArray bytes;
  {
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << Slow << Channel::Green << Unit::Foot;
  }
  Mode m = Fast;
  Channel c = Channel::Red;
  QDataStream in(bytes);
  in >> m >> c;
  return static_cast<int>(m) + static_cast<int>(c);
}
