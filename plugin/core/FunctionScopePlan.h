//===- FunctionScopePlan.h - moving local types before their function ----===//
#ifndef SERIALSCOPE_CORE_FUNCTIONSCOPEPLAN_H
#define SERIALSCOPE_CORE_FUNCTIONSCOPEPLAN_H

#include "PlanState.h"

namespace serialscope {

/// Plans moving the local type `Unit` to just before the outermost namespace-scope
/// declaration that contains its function; fills `Plan` (edits, or what blocks it).
void planFunctionScope(PlannerState &S, const clang::TagDecl *Unit, const Scope &Where,
                       UnitPlan &Plan);
/// Plans moving a local type alias that moving types use, under its own name.
void planAlias(PlannerState &S, const clang::TypedefNameDecl *Alias, UnitPlan &Plan);
/// Plans every finding's unit that moves before `Anchor` (insertionAnchor) together, each
/// after the local types and aliases it uses: one insertion point, so one fix.
void planFunctionGroup(PlannerState &S, const clang::Decl *Anchor);

} // namespace serialscope

#endif
