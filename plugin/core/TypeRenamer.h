//===- TypeRenamer.h - every place a fix must rewrite to rename a type ---===//
#ifndef SERIALSCOPE_CORE_TYPERENAMER_H
#define SERIALSCOPE_CORE_TYPERENAMER_H

#include "Finding.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

class KeyAssignment;

/// One place a rename rewrites, in the file of the type.
struct RenameSpot {
  clang::SourceLocation Loc;
  unsigned Length = 0;
  /// The replacement; empty where the new name itself goes (a caller may add template
  /// arguments there).
  std::string Text;
};

struct RenamePlan {
  /// In file order.
  std::vector<RenameSpot> Spots;
  /// What the rename does beyond spelling the new name (a registration keeps its old key).
  std::vector<FindingNote> Notes;
  /// Why the type cannot be renamed, completing "would need a new name, and ...".
  std::optional<FindingNote> Blocker;
};

/// Plans renaming `Unit` to `NewName` wherever `Roots` spell it: as a type, in its own
/// declarations, constructors and destructor, and as an argument of serialization macros.
/// What a framework macro needs is the framework's (Framework.h): one that writes the spelled
/// name into archives (`BOOST_CLASS_EXPORT(T)`, `CEREAL_REGISTER_TYPE(T)`) is rewritten to its
/// explicit-name form with the old string, so data written before the fix still loads; one
/// with no explicit-name form (`Q_DECLARE_METATYPE`), an unknown macro, or a spelling outside
/// the type's own file blocks the rename. A registration whose key another type has first
/// (KeyAssignment.h) gets `NewKey`, the type's new qualified name, instead, where it writes
/// the key in the type's file and no other registration uses `NewKey`.
RenamePlan planRename(const clang::TagDecl *Unit, llvm::ArrayRef<const clang::Decl *> Roots,
                      llvm::StringRef NewName, llvm::StringRef NewKey,
                      const KeyAssignment &Keys, const clang::SourceManager &SM,
                      const clang::LangOptions &LangOpts);

} // namespace serialscope

#endif
