//===- QtTypeName.h - a meta-type name as Qt's registry keys it -----------===//
//
// Qt does not key its meta-type registry by the name a program writes: qRegisterMetaType and
// Q_DECLARE_METATYPE pass the name through QMetaObject::normalizedType first, so
// "QList< int >" and "QList<int>", or "const ns::Event &" and "ns::Event", are one key at run
// time, while "Event" and "Event*" stay two. The duplicate-registration-key check compares
// what Qt compares.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_FRAMEWORKS_QTTYPENAME_H
#define SERIALSCOPE_CORE_FRAMEWORKS_QTTYPENAME_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace serialscope {

/// `Written` as Qt 5's QMetaObject::normalizedType returns it: whitespace dropped except
/// between two identifier characters, `const T`, `T const` and `const T &` made `T`,
/// `unsigned`/`unsigned int` made `uint` and `unsigned long` made `ulong` (`unsigned short`,
/// `unsigned char`, `unsigned long long` and `unsigned long int` kept), a leading `struct`,
/// `class` or `enum` dropped, template arguments normalized in turn with a space between two
/// closing `>`, and the name cut at the first `,` or `)` outside template brackets.
std::string qtNormalizedTypeName(llvm::StringRef Written);

} // namespace serialscope

#endif
