//===- HoistPlanner.cpp - the facade: plans each finding's fix ------------===//
#include "HoistPlanner.h"
#include "FileConventions.h"
#include "AnonymousNamespacePlan.h"
#include "DeclScopes.h"
#include "FunctionScopePlan.h"
#include "PlanState.h"
#include "UnnamedTypePlan.h"

using namespace clang;

namespace serialscope {

HoistPlanner::HoistPlanner(ASTContext &Ctx, const EvidenceIndex &Index,
                           const Options &Opts)
    : S(std::make_unique<PlannerState>(Ctx, Index, Opts)) {}

HoistPlanner::~HoistPlanner() = default;

void HoistPlanner::plan(Finding &F) {
  const SourceManager &SM = S->SM;
  auto &Units = S->Units;
  // A registered specialization of a namespace-scope template (Scope::Argument): what must
  // move is its template argument, whose own finding carries that fix when it has evidence.
  if (F.Where.Argument) {
    F.Blocker = FixBlocker{FixBlocker::Kind::RegisteredSpecialization,
                           SM.getExpansionLoc(F.Where.Argument->getLocation()), F.Type};
    return;
  }
  // An unnamed type is named where it is: that unit is the unnamed type, not the class around it.
  const TagDecl *Unit = F.Where.Kind == ScopeKind::Unnamed ? cast<TagDecl>(F.Where.Owner)
                                                           : hoistedUnit(F.Type);
  if (!Units.count(Unit)) {
    // An anonymous namespace block is planned whole: types that move out of it next to each
    // other (or in one named namespace inside it) must share one split of the namespace.
    if (const NamespaceDecl *Block = anonymousHome(Unit).Block;
        F.Where.Kind == ScopeKind::AnonymousNamespace && Block)
      planAnonymousBlock(*S, Block);
    else if (F.Where.Kind == ScopeKind::Function)
      planFunctionGroup(*S, insertionAnchor(Unit));
    if (!Units.count(Unit))
      Units[Unit] = planUnit(*S, Unit, F.Where);
  }
  const TagDecl *Lead = Unit;
  while (Units[Lead].MovedBy)
    Lead = Units[Lead].MovedBy;
  UnitPlan &Plan = Units[Unit];
  if (Plan.Blocker) {
    F.Blocker = Plan.Blocker;
    return;
  }
  // The unit moves, but this type inside it may stay without a name.
  if (std::optional<FixBlocker> Blocker = innerNamingBlocker(*S, F.Type, Unit)) {
    F.Blocker = std::move(Blocker);
    return;
  }
  // What the fix does beyond moving (a new name): said on the unit's first finding.
  llvm::append_range(F.FixNotes, Plan.Notes);
  Plan.Notes.clear();
  UnitPlan &LeadPlan = Units[Lead];
  if (!LeadPlan.FixedBy || LeadPlan.FixedBy == F.Type) {
    LeadPlan.FixedBy = F.Type;
    F.Fix = LeadPlan.Edits;
    followFileConventions(F.Fix, S->SM);
    // Every type this fix moves: the lead's unit and the units moved with it.
    for (const auto &[Moved, MovedPlan] : Units) {
      if (MovedPlan.Blocker || MovedPlan.HoistedName.empty())
        continue;
      const TagDecl *Root = Moved;
      for (auto It = Units.find(Root); It != Units.end() && It->second.MovedBy;
           It = Units.find(Root))
        Root = It->second.MovedBy;
      if (Root == Lead)
        F.HoistedNames.push_back(MovedPlan.HoistedName);
    }
    llvm::sort(F.HoistedNames);
    F.HoistedNames.erase(std::unique(F.HoistedNames.begin(), F.HoistedNames.end()),
                         F.HoistedNames.end());
    return;
  }
  std::string Fixer = "the fix for '" + LeadPlan.FixedBy->getNameAsString() + "'";
  std::string Message = Unit == F.Type
                            ? Fixer + " moves this type too: " +
                                  (F.Where.Kind == ScopeKind::Function
                                       ? std::string("both go before the same declaration")
                                       : std::string("they leave the anonymous namespace together"))
                            : Fixer + " moves " + quoted(Unit) + ", and this type with it";
  F.FixNotes.push_back({LeadPlan.FixedBy->getLocation(), Message});
}

std::optional<FixBlocker> unitBlocker(const PlannerState &S, const TagDecl *Unit,
                                      bool NameFromDeclarator) {
  if (Unit->getName().empty() && !NameFromDeclarator)
    return FixBlocker{FixBlocker::Kind::Unnamed, Unit->getLocation(), Unit};
  if (Unit->getName().empty())
    if (std::optional<FixBlocker> Blocker = nameFromDeclarator(S.SM, Unit).Blocker)
      return Blocker;
  if (Unit->getBeginLoc().isMacroID() || Unit->getBraceRange().getEnd().isMacroID() ||
      Unit->getLocation().isMacroID())
    return FixBlocker{FixBlocker::Kind::MacroExpansion, S.SM.getExpansionLoc(Unit->getLocation()),
                      Unit};
  return std::nullopt;
}

UnitPlan planUnit(PlannerState &S, const TagDecl *Unit, const Scope &Where) {
  UnitPlan Plan;
  if (std::optional<FixBlocker> Blocker =
          unitBlocker(S, Unit, Where.Kind != ScopeKind::AnonymousNamespace)) {
    Plan.Blocker = std::move(Blocker);
    return Plan;
  }
  switch (Where.Kind) {
  case ScopeKind::Function:
    planFunctionScope(S, Unit, Where, Plan);
    break;
  case ScopeKind::AnonymousNamespace:
    Plan.Blocker =
        FixBlocker{FixBlocker::Kind::NotDirectlyInAnonymousNamespace, Unit->getLocation(), Unit,
                   dyn_cast<NamespaceDecl>(Unit->getLexicalDeclContext())};
    break;
  case ScopeKind::Unnamed:
    planUnnamedInPlace(S, Unit, Plan);
    break;
  }
  if (Plan.Blocker)
    Plan.Edits.clear();
  return Plan;
}

} // namespace serialscope
