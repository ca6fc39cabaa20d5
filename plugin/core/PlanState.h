//===- PlanState.h - what the parts of the fix planner share -------------===//
#ifndef SERIALSCOPE_CORE_PLANSTATE_H
#define SERIALSCOPE_CORE_PLANSTATE_H

#include "EvidenceFinder.h"
#include "Finding.h"
#include "FixBlocker.h"
#include "KeyAssignment.h"
#include "NameClaims.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

/// Text that moves before a function: a range of the file with edits inside it (its own
/// renames, a template header, and the text of local types inside it that move on their own),
/// then `Suffix`, wrapped in the preprocessor conditions it was written under. It is rendered
/// only when the whole function group is planned, because a type planned later may contain it.
struct MovedText {
  clang::SourceLocation Begin, End;
  /// Edits inside [Begin, End); edits at one place apply in this order.
  std::vector<clang::FixItHint> Inside;
  std::string Suffix;
  /// The indentation of its first line where it was.
  std::string FromIndent;
  /// Directives (`#ifdef COVERAGE`) to write around it, outermost first.
  std::vector<std::string> Conditions;

  bool valid() const { return Begin.isValid(); }
};

/// The plan for one unit: the outermost type that moves (hoistedUnit), with the fix's edits
/// or what blocks it.
struct UnitPlan {
  std::vector<clang::FixItHint> Edits;
  /// Why it cannot move; then there are no edits.
  std::optional<FixBlocker> Blocker;
  /// The finding whose fix carries the edits.
  const clang::TagDecl *FixedBy = nullptr;
  /// Set when another unit's fix moves this one too (one split of an anonymous namespace).
  const clang::TagDecl *MovedBy = nullptr;
  /// Function scope: what goes in before the outermost declaration, whose leading comments
  /// start at InsertLoc.
  clang::SourceLocation InsertLoc;
  MovedText Moved;
  /// Notes on what the fix does (a new name, local types moved first).
  std::vector<FindingNote> Notes;
  /// Function scope: the local types this one uses, which must move first.
  std::vector<const clang::TagDecl *> Deps;
  bool Renamed = false;
  /// The qualified name the fix gives it at namespace scope (`shop::Point`).
  std::string HoistedName;
  /// Function scope: it becomes a template over enclosing template parameters.
  bool Templated = false;
  /// Function scope: friend declarations to add, per class (the line to insert).
  std::vector<std::pair<const clang::CXXRecordDecl *, std::string>> Friends;
  /// Function scope: the local type aliases it uses, which must move first.
  std::vector<const clang::TypedefNameDecl *> AliasDeps;
  /// Function scope: forward declarations a qualified friend declaration needs (where, what).
  std::vector<std::pair<clang::SourceLocation, std::string>> ForwardDecls;
};

/// The translation unit's plans so far, shared by the parts of the planner.
struct PlannerState {
  PlannerState(clang::ASTContext &Ctx, const EvidenceIndex &Index, const Options &Opts)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Index(Index), Names(Ctx, Index, Opts.ReservedNames),
        Keys(Index.Keys, Opts, SM) {}

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const EvidenceIndex &Index;
  NameClaims Names;
  KeyAssignment Keys;
  llvm::DenseMap<const clang::TagDecl *, UnitPlan> Units;
  /// Unnamed types inside moving units that their fix names (planInnerNamings), each planned
  /// once: its name is claimed in its class when it is planned.
  llvm::DenseMap<const clang::TagDecl *, UnitPlan> InnerNamings;
};

/// What blocks any fix of `Unit` wherever it is (no name, a macro expansion), or nothing. With
/// `NameFromDeclarator`, an unnamed type may take its name from the variable it declares.
std::optional<FixBlocker> unitBlocker(const PlannerState &S, const clang::TagDecl *Unit,
                                      bool NameFromDeclarator = false);
/// Plans `Unit` on its own (HoistPlanner.cpp).
UnitPlan planUnit(PlannerState &S, const clang::TagDecl *Unit, const Scope &Where);

} // namespace serialscope

#endif
