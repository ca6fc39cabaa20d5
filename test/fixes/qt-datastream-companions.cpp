// A Qt type in an anonymous namespace leaves it with its QDataStream operators: left behind,
// `stream << value` in code after the namespace would no longer find them for the moved type.
// The Q_DECLARE_METATYPE registration keeps naming it. The streamed bytes are the same.
// A type that would need a new name is left alone: Q_DECLARE_METATYPE writes the name into
// QVariant streams and has no form that keeps the old one.
// REQUIRES: qt5
// RUN: %check_serialscope %s %t --fix --run --link=%qt_libs -- -std=c++17 %qt_cflags

#include <QtCore/QBuffer>
#include <QtCore/QDataStream>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <iostream>

// Code in 'notes' naming this type would find a moved 'Tag' instead.
struct Tag {
  int legacy = 1;
};

namespace notes {

namespace {

struct Note {
  QString text;
  qint32 priority = 0;
};

QDataStream &operator<<(QDataStream &out, const Note &n) { return out << n.text << n.priority; }
QDataStream &operator>>(QDataStream &in, Note &n) { return in >> n.text >> n.priority; }
// CHECK-MESSAGES: :[[@LINE-7]]:8: warning: type 'Note' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:14: note: evidence [qt-datastream]: 'operator<<' streams it through a QDataStream
// CHECK-MESSAGES: :[[@LINE-3]]:14: note: evidence [qt-datastream]: 'operator>>' streams it through a QDataStream
// CHECK-MESSAGES: :64:1: note: evidence [qt-metatype]: registered by name with Q_DECLARE_METATYPE

} // namespace

namespace {
struct Tag {
  QString label;
};
// CHECK-MESSAGES: :[[@LINE-3]]:8: warning: type 'Tag' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :65:1: note: evidence [qt-metatype]: registered by name with Q_DECLARE_METATYPE
// CHECK-MESSAGES: :65:1: note: no fix: moved to namespace 'notes', 'Tag' would need a new name, and 'Q_DECLARE_METATYPE' writes that name into QVariant data and has no form that keeps the old name
} // namespace

QByteArray save(const Note &n) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out << n;
  return bytes;
}

Note load(const QByteArray &bytes) {
  Note n;
  QDataStream in(bytes);
  in >> n;
  return n;
}

} // namespace notes

Q_DECLARE_METATYPE(notes::Note)
Q_DECLARE_METATYPE(notes::Tag)

// CHECK-FIXES: namespace notes {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: struct Note {
// CHECK-FIXES: QDataStream &operator<<(QDataStream &out, const Note &n) { return out << n.text << n.priority; }
// CHECK-FIXES-NEXT: QDataStream &operator>>(QDataStream &in, Note &n) { return in >> n.text >> n.priority; }
// CHECK-FIXES: namespace {
// CHECK-FIXES-NEXT: struct Tag {

int main() {
  notes::Note n{QStringLiteral("milk"), 3};
  QByteArray bytes = notes::save(n);
  notes::Note back = notes::load(bytes);
  QVariant v = QVariant::fromValue(back);
  std::cout << bytes.toHex().constData() << " " << v.typeName() << " "
            << v.value<notes::Note>().text.toStdString() << " " << back.priority << " "
            << QVariant::fromValue(notes::Tag{QStringLiteral("x")}).typeName() << "\n";
}
