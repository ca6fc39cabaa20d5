//===- UnnamedTypePlan.h - naming an unnamed class after its declarator --===//
#ifndef SERIALSCOPE_CORE_UNNAMEDTYPEPLAN_H
#define SERIALSCOPE_CORE_UNNAMEDTYPEPLAN_H

#include "PlanState.h"
#include "SourceText.h"
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

/// The variables or members declared together with the unnamed `Unit` (`struct {...} a, *b;`),
/// in order; `decltype(a) c;` declares `c` with it elsewhere and does not count.
std::vector<const clang::DeclaratorDecl *> declaratorsOf(const clang::TagDecl *Unit);

/// The name an unnamed `Unit` gets from the one variable or member it declares, before
/// collisions are checked (`position` -> `Position`); or what blocks naming it.
struct DeclaratorName {
  std::string Base;
  const clang::DeclaratorDecl *Declarator = nullptr;
  std::optional<FixBlocker> Blocker;
};
DeclaratorName nameFromDeclarator(const clang::SourceManager &SM, const clang::TagDecl *Unit);

/// The insertion that writes `Name` into the unnamed `Unit`'s head: before the `{`, the `:` of
/// its base clause or of its enum base (`struct : Base {` -> `struct Name : Base {`).
std::optional<clang::FixItHint> nameInsertion(const clang::SourceManager &SM,
                                              const clang::LangOptions &LangOpts,
                                              const clang::TagDecl *Unit, llvm::StringRef Name);

/// Whether a member of `Unit` itself carries `Name`: a class cannot have a member named like it,
/// and an unscoped enum's enumerators share its scope.
bool hasMemberNamed(const clang::TagDecl *Unit, llvm::StringRef Name);

/// The note on a fix that names an unnamed type: "the fix names the unnamed struct 'Position'
/// after variable 'position'".
FindingNote namingNote(const clang::SourceManager &SM, const clang::TagDecl *Unit,
                       const clang::DeclaratorDecl *Declarator, llvm::StringRef Name);

/// Plans naming an unnamed class or enum where it is: the type of a namespace-scope variable
/// becomes a namespace-scope type declared right before it, the type of a data member a
/// nested type of the class (`struct Position {...};` then `Position position;`).
void planUnnamedInPlace(PlannerState &S, const clang::TagDecl *Unit, UnitPlan &Plan);

/// The edits that name, inside the text of `Unit` (a class leaving a function or an anonymous
/// namespace), every unnamed class or enum between one of its findings' types and `Unit`
/// (`struct { ... } part;` -> `struct Part { ... }; Part part;`): moved without names they would
/// be findings again, and a second fix would change the file again. The notes go to `Notes`;
/// what blocks naming one stays with that type (innerNamingBlocker), and `Unit` moves anyway.
std::vector<clang::FixItHint> planInnerNamings(PlannerState &S, const clang::TagDecl *Unit,
                                               std::vector<FindingNote> &Notes);
/// What blocks naming an unnamed type between `Type` and `Unit`, its hoisted unit: the fix that
/// moves `Unit` leaves `Type` without a name.
std::optional<FixBlocker> innerNamingBlocker(const PlannerState &S, const clang::TagDecl *Type,
                                             const clang::TagDecl *Unit);

} // namespace serialscope

#endif
