//===- HoistPlanner.h - the fix that moves a type to namespace scope -----===//
#ifndef SERIALSCOPE_CORE_HOISTPLANNER_H
#define SERIALSCOPE_CORE_HOISTPLANNER_H

#include "EvidenceFinder.h"
#include "Finding.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <set>

namespace serialscope {

/// Plans the fix of each finding (DESIGN §4): a function-scope type moves to just before the
/// outermost namespace-scope declaration that contains its function; an anonymous-namespace
/// type moves out by splitting the namespace around it. A fix is offered only when the result
/// compiles and means the same; otherwise the finding gets a note naming the blocker.
class HoistPlanner {
public:
  HoistPlanner(clang::ASTContext &Ctx, const EvidenceIndex &Index);

  /// Fills `F.Fix`, or `F.FixNotes` with the reason there is no fix. Findings must be planned
  /// in translation-unit order so that name claims are deterministic.
  void plan(Finding &F);

private:
  struct UnitPlan {
    std::vector<clang::FixItHint> Edits;
    std::vector<FindingNote> Blockers;
    const clang::TagDecl *FixedBy = nullptr;
  };

  UnitPlan planUnit(const clang::TagDecl *Unit, const Scope &Where);
  void planFunctionScope(const clang::TagDecl *Unit, const Scope &Where, UnitPlan &Plan);
  void planAnonymousNamespace(const clang::TagDecl *Unit, UnitPlan &Plan);
  std::optional<FindingNote> findNameCollision(const clang::TagDecl *Unit,
                                               const clang::DeclContext *Target,
                                               const clang::Decl *Outermost);
  bool claimName(const clang::DeclContext *Target, llvm::StringRef Name);

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const EvidenceIndex &Index;
  llvm::DenseMap<const clang::TagDecl *, UnitPlan> Units;
  std::set<std::pair<const clang::DeclContext *, std::string>> ClaimedNames;
};

} // namespace serialscope

#endif
