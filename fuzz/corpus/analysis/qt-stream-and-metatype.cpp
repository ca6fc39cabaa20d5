#include <QtCore/QDataStream>
#include <QtCore/QMetaType>
namespace {
struct Color { int r, g, b; };
QDataStream &operator<<(QDataStream &s, const Color &c) { return s << c.r << c.g << c.b; }
QDataStream &operator>>(QDataStream &s, Color &c) { return s >> c.r >> c.g >> c.b; }
}
Q_DECLARE_METATYPE(Color)
