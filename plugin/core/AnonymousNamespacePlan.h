//===- AnonymousNamespacePlan.h - moving types out of anonymous namespaces ===//
#ifndef SERIALSCOPE_CORE_ANONYMOUSNAMESPACEPLAN_H
#define SERIALSCOPE_CORE_ANONYMOUSNAMESPACEPLAN_H

#include "PlanState.h"
#include "TypeRenamer.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace serialscope {

/// Plans every finding's unit directly inside one anonymous namespace block together: types
/// that move out of it next to each other share one split of the namespace
/// (AnonymousNamespaceSplit.cpp).
void planAnonymousBlock(PlannerState &S, const clang::NamespaceDecl *Namespace);

/// Why `Unit` cannot leave the anonymous namespace blocks `Levels` (the one it or its named
/// namespaces are declared in, then those around it, inner to outer) for the namespace around
/// the outermost, or nothing; fills the declarations of its own namespace block that move with
/// it (AnonymousMoveSet.cpp).
std::optional<FixBlocker>
checkAnonymousUnit(const PlannerState &S, const clang::TagDecl *Unit,
                   llvm::ArrayRef<const clang::NamespaceDecl *> Levels,
                   llvm::SmallPtrSetImpl<const clang::Decl *> &Moving);

/// The first declaration in the named namespace `Root` of an anonymous one (every block of it,
/// and the namespaces inside) that is not in `Covered` and would change by moving out of the
/// anonymous namespace, as the blocker that names it (AnonymousMoveSet.cpp).
std::optional<FixBlocker>
namedNamespaceMemberStaying(const clang::SourceManager &SM, const clang::NamespaceDecl *Root,
                            const llvm::SmallPtrSetImpl<const clang::Decl *> &Covered);

/// A new name for an anonymous-namespace type whose own name would collide outside.
struct AnonymousRename {
  std::string NewName;
  std::vector<RenameSpot> Spots;
  std::vector<FindingNote> Notes;
};
/// Leaves `Rename` empty when `Unit` keeps its name; a blocker when it can keep none
/// (AnonymousMoveSet.cpp).
std::optional<FixBlocker> planAnonymousRename(const PlannerState &S, const clang::TagDecl *Unit,
                                              const clang::DeclContext *Target,
                                              AnonymousRename &Rename);

} // namespace serialscope

#endif
