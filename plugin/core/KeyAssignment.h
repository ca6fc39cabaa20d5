//===- KeyAssignment.h - which registrations a fix gives a key of their own ===//
//
// Two types registered under one key make a program that loads one as the other
// (docs/checks/duplicate-registration-key.md). A fix that renames a hoisted type can also
// give it a key of its own, its new qualified name, when its registration writes the key in
// the type's file: the first type to register a key keeps it (first in the project's compile
// database, then first in the unit), every other gives it up. A key another registration
// already uses is never taken.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_KEYASSIGNMENT_H
#define SERIALSCOPE_CORE_KEYASSIGNMENT_H

#include "Finding.h"
#include "Options.h"
#include "clang/Basic/SourceManager.h"
#include <vector>

namespace serialscope {

class KeyAssignment {
public:
  /// `Sites`: the unit's registrations (EvidenceIndex::Keys); those on lines with
  /// `NOLINT(serialscope-duplicate-registration-key)` are left out, as the check leaves them.
  KeyAssignment(const std::vector<KeySite> &Sites, const Options &Opts,
                const clang::SourceManager &SM);

  /// The registrations of `Type` itself (not of its specializations).
  std::vector<const KeySite *> sitesOf(const clang::TagDecl *Type) const;

  /// Whether the type registered at `Site` leaves its key to another type: one of another
  /// unit registers it first (Options::SharedKeys), or an earlier registration of this unit
  /// registers another type under it.
  bool mustGiveUp(const KeySite &Site) const;

  /// Whether any registration of this unit or of another unit uses `Key` in `Registry`.
  bool isTaken(llvm::StringRef Registry, llvm::StringRef Key) const;

private:
  std::vector<const KeySite *> Sites; ///< In translation-unit order.
  const Options &Opts;
};

} // namespace serialscope

#endif
