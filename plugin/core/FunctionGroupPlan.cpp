//===- FunctionGroupPlan.cpp - local types that move before one declaration ===//
#include "DeclScopes.h"
#include "FunctionScopePlan.h"
#include "SourceText.h"
#include "TextEdits.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"
#include <functional>
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace serialscope {
namespace {

/// Every finding's unit that moves before the same declaration: one insertion point, so one
/// fix (clang-apply-replacements rejects two insertions at one place from different fixes).
/// Each unit moves after the local types and aliases it uses, which move first, in order.
class FunctionGroupPlanner {
public:
  FunctionGroupPlanner(PlannerState &S, const Decl *Anchor)
      : S(S), SM(S.SM), Index(S.Index), Units(S.Units), Anchor(Anchor) {}

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
          insertionAnchor(Unit) != Anchor)
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
      // A local type inside the mover's own text moves with it, unless it moves on its own.
      if (contains(Mover, Dep))
        continue;
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
      // A local type of a member function that uses the class it is in would have to come
      // first, and the class, whose member function uses it, too.
      if (contains(Dep, Mover))
        return Uses(FixBlocker::Kind::DependencyContains);
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

  /// Whether `Inner`'s text lies inside `Outer`'s (a local type of a member function of a
  /// local class).
  bool contains(const NamedDecl *Outer, const NamedDecl *Inner) const {
    SourceRange O = Outer->getSourceRange(), I = Inner->getSourceRange();
    return Outer != Inner && !SM.isBeforeInTranslationUnit(I.getBegin(), O.getBegin()) &&
           !SM.isBeforeInTranslationUnit(O.getEnd(), I.getEnd());
  }

  /// Plans each unit with what it uses; the first that moves leads the fix. A unit inside
  /// another (a local class of a member function of a local class) is planned first, so that
  /// the outer one's moved text leaves it out when it moves on its own.
  void planUnits() {
    std::vector<bool> Planned(GroupUnits.size());
    std::function<void(size_t)> PlanOne = [&](size_t I) {
      Planned[I] = true;
      for (size_t J = 0; J < GroupUnits.size(); ++J)
        if (!Planned[J] && contains(GroupUnits[I], GroupUnits[J]))
          PlanOne(J);
      planGroupUnit(GroupUnits[I], *Scopes[I]);
    };
    for (size_t I = 0; I < GroupUnits.size(); ++I)
      if (!Planned[I])
        PlanOne(I);
  }

  void planGroupUnit(const TagDecl *Unit, const Scope &Where) {
    {
      if (Moved.count(Unit)) {
        // Already moved as another type's dependency.
        Units[Unit].MovedBy = Lead == Unit ? nullptr : Lead;
        return;
      }
      Pending.clear();
      UnitPlan Plan;
      if (!planWithDeps(Unit, Where, Plan)) {
        Plan.Edits.clear();
        Units[Unit] = std::move(Plan);
        return;
      }
      for (auto &[Mover, MoverPlan] : Pending) {
        Moved.insert(Mover);
        if (!Lead)
          Lead = Unit;
        InsertLoc = MoverPlan.InsertLoc;
        Texts.push_back(MoverPlan.Moved);
        MovedTypes.push_back(dyn_cast<TagDecl>(Mover));
        llvm::append_range(Edits, MoverPlan.Edits);
        MoverPlan.Edits.clear();
        if (const auto *Alias = dyn_cast<TypedefNameDecl>(Mover)) {
          S.Names.claim(insertionAnchor(Alias)->getLexicalDeclContext()->getRedeclContext(),
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
    if (!takeEditsIntoMovedTexts())
      return;
    std::string Insertion;
    SourceLocation InsertAt;
    for (const MovedText &Moved : Texts) {
      std::optional<std::string> Rendered = renderMoved(Text, SM, Moved);
      if (!Rendered)
        return refuseGroup(FixBlocker::Kind::NestedEditsOverlap);
      std::string InsertText;
      insertionBefore(Text, *Rendered, Moved.FromIndent, InsertLoc, InsertText, InsertAt,
                      Moved.Conditions);
      Insertion += InsertText;
    }
    llvm::sort(Edits, [&](const FixItHint &A, const FixItHint &B) {
      return SM.isBeforeInTranslationUnit(A.RemoveRange.getBegin(), B.RemoveRange.getBegin());
    });
    // The insertion comes first: a fix's edits are applied in order, and it is earlier in the
    // file.
    Edits.insert(Edits.begin(), FixItHint::CreateInsertion(InsertAt, Insertion));
    Units[Lead].Edits = std::move(Edits);
  }

  /// An edit inside text that moves (the removal of a local type that moves out of a moving
  /// class, a rename or a friend declaration in it) is made in the moved text instead; the
  /// smallest text that contains it takes it first. False (the group is refused) when an edit
  /// overlaps moved text without lying inside it.
  bool takeEditsIntoMovedTexts() {
    std::vector<size_t> BySize(Texts.size());
    for (size_t I = 0; I < BySize.size(); ++I)
      BySize[I] = I;
    llvm::sort(BySize, [&](size_t A, size_t B) {
      auto Size = [&](size_t I) {
        return SM.getFileOffset(Texts[I].End) - SM.getFileOffset(Texts[I].Begin);
      };
      return std::make_pair(Size(A), A) < std::make_pair(Size(B), B);
    });
    for (size_t I : BySize) {
      MovedText &Moved = Texts[I];
      std::vector<FixItHint> Rest;
      for (FixItHint &Edit : Edits) {
        switch (containment(Edit, Moved.Begin, Moved.End, SM)) {
        case Containment::Inside:
          Moved.Inside.push_back(std::move(Edit));
          break;
        case Containment::Straddles:
          refuseGroup(FixBlocker::Kind::NestedEditsOverlap);
          return false;
        case Containment::Outside:
          Rest.push_back(std::move(Edit));
          break;
        }
      }
      Edits = std::move(Rest);
    }
    return true;
  }

  /// No fix for any type of the group: the reason goes on each.
  void refuseGroup(FixBlocker::Kind Why) {
    for (const TagDecl *Type : MovedTypes) {
      if (!Type)
        continue;
      UnitPlan &Plan = Units[Type];
      Plan.Edits.clear();
      Plan.MovedBy = nullptr;
      Plan.HoistedName.clear();
      Plan.Blocker = FixBlocker{Why, Type->getLocation(), Type};
    }
  }

  PlannerState &S;
  const SourceManager &SM;
  const EvidenceIndex &Index;
  llvm::DenseMap<const TagDecl *, UnitPlan> &Units;
  /// What the group is inserted before (insertionAnchor).
  const Decl *Anchor;
  std::vector<const TagDecl *> GroupUnits;
  std::vector<const Scope *> Scopes;
  const TagDecl *Lead = nullptr;
  SourceLocation InsertLoc;
  /// What moves, in the order it is inserted, and the type each is (null for an alias).
  std::vector<MovedText> Texts;
  std::vector<const TagDecl *> MovedTypes;
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

void planFunctionGroup(PlannerState &S, const Decl *Anchor) {
  FunctionGroupPlanner(S, Anchor).run();
}

} // namespace serialscope
