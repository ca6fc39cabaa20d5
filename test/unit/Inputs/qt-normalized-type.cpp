// Prints each name of a qt-type-names.txt table whose key in Qt's registry
// (QMetaObject::normalizedType, as qRegisterMetaType computes it) is not the table's.
#include <QtCore/QByteArray>
#include <QtCore/QMetaObject>

#include <cstdio>
#include <fstream>
#include <string>

static std::string unescape(const std::string &Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text.compare(I, 2, "\\t") == 0)
      Out += '\t', ++I;
    else
      Out += Text[I];
  return Out;
}

int main(int Argc, char **Argv) {
  std::ifstream Table(Argc > 1 ? Argv[1] : "");
  if (!Table) {
    std::fprintf(stderr, "cannot read the table\n");
    return 2;
  }
  unsigned Names = 0, Differ = 0;
  for (std::string Line; std::getline(Table, Line);) {
    size_t Bar = Line.find('|');
    if (Line.empty() || Line[0] == '#' || Bar == std::string::npos)
      continue;
    ++Names;
    QByteArray Key = QMetaObject::normalizedType(unescape(Line.substr(0, Bar)).c_str());
    if (Key.toStdString() != unescape(Line.substr(Bar + 1))) {
      ++Differ;
      std::printf("differs: '%s': Qt gives '%s'\n", Line.c_str(), Key.constData());
    }
  }
  std::printf("%u names, %u differ\n", Names, Differ);
}
