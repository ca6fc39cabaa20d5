//===- FunctionScopePlan.h - moving local types before their function ----===//
#ifndef SERIALSCOPE_CORE_FUNCTIONSCOPEPLAN_H
#define SERIALSCOPE_CORE_FUNCTIONSCOPEPLAN_H

#include "PlanState.h"

namespace serialscope {

/// Plans moving the local type `Unit` to just before the outermost namespace-scope
/// declaration that contains its function; fills `Plan` (edits, or what blocks it).
void planFunctionScope(PlannerState &S, const clang::TagDecl *Unit, const Scope &Where,
                       UnitPlan &Plan);
/// Plans moving a local type alias that moving types use, under its own name
/// (LocalAliasPlan.cpp).
void planAlias(PlannerState &S, const clang::TypedefNameDecl *Alias, UnitPlan &Plan);

// Shared by the plans of local types and of local aliases (FunctionScopePlan.cpp).

/// The preprocessor conditions `Moved` was written under that do not hold where it goes
/// (before `InsertLoc`): it takes them along, or does not move (false, the blocker in `Plan`).
bool keepConditions(PlannerState &S, MovedText &Moved, clang::SourceLocation InsertLoc,
                    const clang::NamedDecl *Mover, UnitPlan &Plan);
/// What stops `Mover` from leaving the anonymous namespaces around its function (from
/// `Outermost` out to `Anchor`) for `Target`: a name it uses from one of them that `Target`
/// declares too; in a header, anything local to the translation unit.
std::optional<FixBlocker> anonymousExitBlocker(const PlannerState &S, const clang::NamedDecl *Mover,
                                               const clang::Decl *Outermost,
                                               const clang::Decl *Anchor,
                                               const clang::DeclContext *Target);

/// Plans every finding's unit that moves before `Anchor` (insertionAnchor) together, each
/// after the local types and aliases it uses: one insertion point, so one fix.
void planFunctionGroup(PlannerState &S, const clang::Decl *Anchor);

} // namespace serialscope

#endif
