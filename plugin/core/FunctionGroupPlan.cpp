//===- FunctionGroupPlan.cpp - local types that move before one declaration ===//
#include "DeclScopes.h"
#include "FunctionScopePlan.h"
#include "SourceText.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace serialscope {
namespace {

/// Every finding's unit that moves before the same declaration: one insertion point, so one
/// fix (clang-apply-replacements rejects two insertions at one place from different fixes).
/// Each unit moves after the local types and aliases it uses, which move first, in order.
class FunctionGroupPlanner {
public:
  FunctionGroupPlanner(PlannerState &S, const Decl *Outermost)
      : S(S), SM(S.SM), Index(S.Index), Units(S.Units), Outermost(Outermost) {}

  void run() {
    collectUnits();
    planUnits();
    if (Lead)
      addEdits();
  }

private:
  void collectUnits() {
    for (const auto &[Type, Where] : Index.Candidates) {
      if (Where.Kind != ScopeKind::Function || !Index.ByType.count(Type))
        continue;
      const TagDecl *Unit = hoistedUnit(Type);
      if (Units.count(Unit) || llvm::is_contained(GroupUnits, Unit) ||
          outermostDeclaration(Unit) != Outermost)
        continue;
      GroupUnits.push_back(Unit);
      Scopes.push_back(&Where);
    }
  }

  /// Plans `Mover` (a unit, or a local type alias) after the local types and aliases it uses
  /// (which move first, in order); what would move is queued in `Pending` and kept only if the
  /// whole chain can move. `Active` holds the chain being planned, to stop at a cycle.
  bool planWithDeps(const NamedDecl *Mover, const Scope &Where, UnitPlan &Plan) {
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Mover)) {
      Plan = UnitPlan();
      planAlias(S, Alias, Plan);
    } else {
      Plan = planUnit(S, cast<TagDecl>(Mover), Where);
    }
    if (Plan.Blocker)
      return false;
    std::vector<const NamedDecl *> Deps(Plan.Deps.begin(), Plan.Deps.end());
    Deps.insert(Deps.end(), Plan.AliasDeps.begin(), Plan.AliasDeps.end());
    llvm::sort(Deps, [&](const NamedDecl *A, const NamedDecl *B) {
      return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
    });
    Active.insert(Mover);
    auto Done = [&](bool Result) {
      Active.erase(Mover);
      return Result;
    };
    for (const NamedDecl *Dep : Deps) {
      const auto *DepType = dyn_cast<TagDecl>(Dep);
      auto Uses = [&](FixBlocker::Kind Why, const std::optional<FixBlocker> &Cause = {}) {
        Plan.Blocker = FixBlocker{Why, SM.getExpansionLoc(Dep->getLocation()), Mover, Dep};
        if (Cause)
          Plan.Blocker->Cause = std::make_shared<const FixBlocker>(*Cause);
        return Done(false);
      };
      if (Moved.count(Dep)) {
        if (DepType && Units[DepType].Renamed)
          return Uses(FixBlocker::Kind::DependencyRenamed);
        continue;
      }
      if (llvm::any_of(Pending, [&](const auto &Entry) { return Entry.first == Dep; }))
        continue;
      // A type that uses what uses it (through a forward declaration): neither can go
      // first.
      if (Active.count(Dep))
        return Uses(FixBlocker::Kind::DependencyCycle);
      if (DepType) {
        if (auto It = Units.find(DepType); It != Units.end() && It->second.Blocker)
          return Uses(FixBlocker::Kind::DependencyBlocked, It->second.Blocker);
      } else if (auto It = AliasBlockers.find(Dep); It != AliasBlockers.end()) {
        return Uses(FixBlocker::Kind::DependencyBlocked, It->second);
      }
      UnitPlan DepPlan;
      if (!planWithDeps(Dep, Where, DepPlan)) {
        if (!DepType)
          AliasBlockers.try_emplace(Dep, *DepPlan.Blocker);
        return Uses(FixBlocker::Kind::DependencyBlocked, DepPlan.Blocker);
      }
      if (DepPlan.Renamed)
        return Uses(FixBlocker::Kind::DependencyNeedsName);
      // Its uses here would need the template arguments too.
      if (DepPlan.Templated)
        return Uses(FixBlocker::Kind::DependencyTemplated);
      // What the alias needs moved first is part of this fix, said here.
      if (!DepType)
        llvm::append_range(Plan.Notes, DepPlan.Notes);
      Plan.Notes.push_back({SM.getExpansionLoc(Dep->getLocation()),
                            "the fix moves " +
                                std::string(DepType ? "the local type " : "the local type alias ") +
                                quoted(Dep) + " first: " + quoted(Mover) + " uses it"});
    }
    Pending.emplace_back(Mover, Plan);
    return Done(true);
  }

  /// Plans each unit with what it uses; the first that moves leads the fix.
  void planUnits() {
    for (size_t I = 0; I < GroupUnits.size(); ++I) {
      const TagDecl *Unit = GroupUnits[I];
      if (Moved.count(Unit)) {
        // Already moved as another type's dependency.
        Units[Unit].MovedBy = Lead == Unit ? nullptr : Lead;
        continue;
      }
      Pending.clear();
      UnitPlan Plan;
      if (!planWithDeps(Unit, *Scopes[I], Plan)) {
        Plan.Edits.clear();
        Units[Unit] = std::move(Plan);
        continue;
      }
      for (auto &[Mover, MoverPlan] : Pending) {
        Moved.insert(Mover);
        if (!Lead)
          Lead = Unit;
        InsertLoc = MoverPlan.InsertLoc;
        Insertion += MoverPlan.InsertText;
        llvm::append_range(Edits, MoverPlan.Edits);
        MoverPlan.Edits.clear();
        if (const auto *Alias = dyn_cast<TypedefNameDecl>(Mover)) {
          S.Names.claim(outermostDeclaration(Alias)->getLexicalDeclContext()->getRedeclContext(),
                        Alias->getName());
          continue;
        }
        for (const auto &[Record, Line] : MoverPlan.Friends)
          FriendLines[Record] += Line;
        for (const auto &[Where, Line] : MoverPlan.ForwardDecls)
          ForwardLines[Where.getRawEncoding()] += Line;
        const auto *MovedType = cast<TagDecl>(Mover);
        if (MovedType != Lead)
          MoverPlan.MovedBy = Lead;
        Units[MovedType] = std::move(MoverPlan);
      }
    }
  }

  /// The lead's edits: one insertion before the declaration, then the removals, renames,
  /// friends and forward declarations in file order.
  void addEdits() {
    // One insertion per class for all the friends it gains (one place, one edit).
    SourceText Text(SM, S.Ctx.getLangOpts());
    for (const auto &[Record, Lines] : FriendLines)
      Edits.push_back(FixItHint::CreateInsertion(
          Text.nextLineStart(Record->getBraceRange().getBegin()), Lines));
    for (const auto &[Where, Lines] : ForwardLines)
      Edits.push_back(FixItHint::CreateInsertion(SourceLocation::getFromRawEncoding(Where), Lines));
    llvm::sort(Edits, [&](const FixItHint &A, const FixItHint &B) {
      return SM.isBeforeInTranslationUnit(A.RemoveRange.getBegin(), B.RemoveRange.getBegin());
    });
    // The insertion comes first: a fix's edits are applied in order, and it is earlier in the
    // file.
    Edits.insert(Edits.begin(), FixItHint::CreateInsertion(InsertLoc, Insertion));
    Units[Lead].Edits = std::move(Edits);
  }

  PlannerState &S;
  const SourceManager &SM;
  const EvidenceIndex &Index;
  llvm::DenseMap<const TagDecl *, UnitPlan> &Units;
  const Decl *Outermost;
  std::vector<const TagDecl *> GroupUnits;
  std::vector<const Scope *> Scopes;
  const TagDecl *Lead = nullptr;
  std::string Insertion;
  SourceLocation InsertLoc;
  std::vector<FixItHint> Edits;
  llvm::SmallPtrSet<const NamedDecl *, 8> Moved;
  llvm::MapVector<const CXXRecordDecl *, std::string> FriendLines;
  llvm::MapVector<SourceLocation::UIntTy, std::string> ForwardLines;
  /// Why a local type alias cannot move, once found.
  llvm::DenseMap<const NamedDecl *, FixBlocker> AliasBlockers;
  std::vector<std::pair<const NamedDecl *, UnitPlan>> Pending;
  llvm::SmallPtrSet<const NamedDecl *, 8> Active;
};

} // namespace

void planFunctionGroup(PlannerState &S, const Decl *Outermost) {
  FunctionGroupPlanner(S, Outermost).run();
}

} // namespace serialscope
