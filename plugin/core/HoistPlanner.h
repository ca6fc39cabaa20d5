//===- HoistPlanner.h - the fix that moves a type to namespace scope -----===//
#ifndef SERIALSCOPE_CORE_HOISTPLANNER_H
#define SERIALSCOPE_CORE_HOISTPLANNER_H

#include "EvidenceFinder.h"
#include "Finding.h"
#include "Options.h"
#include "clang/AST/ASTContext.h"
#include <memory>
#include <string>

namespace serialscope {

struct PlannerState;

/// Plans the fix of each finding (docs/checks/non-resolvable-type.md): a function-scope type moves
/// to just before the outermost namespace-scope declaration that contains its function
/// (FunctionScopePlan.h); an anonymous-namespace type moves out by splitting the namespace around
/// it (AnonymousNamespacePlan.h). A fix is offered only when the result compiles and means the
/// same; otherwise the finding gets a note naming the blocker.
class HoistPlanner {
public:
  /// `Opts.ReservedNames`: qualified names other translation units of the project use; a type
  /// is never moved to one of them. `Opts.SharedKeys` and `TakenKeys`: their registration keys.
  HoistPlanner(clang::ASTContext &Ctx, const EvidenceIndex &Index, const Options &Opts);
  ~HoistPlanner();

  /// Fills `F.Fix` (and `F.FixNotes`), or `F.Blocker` with the reason there is no fix. Findings
  /// must be planned in translation-unit order so that name claims are deterministic.
  void plan(Finding &F);

private:
  std::unique_ptr<PlannerState> S;
};

} // namespace serialscope

#endif
