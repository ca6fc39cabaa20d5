//===- AnonymousMoveSet.cpp - what leaves an anonymous namespace with a type ===//
#include "AnonymousNamespacePlan.h"
#include "DeclScopes.h"
#include "LookupChecks.h"
#include "Naming.h"
#include "SourceText.h"
#include "TextEdits.h"

#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {
namespace {

/// The declarations of an anonymous namespace that must leave it with a type: its other
/// declarations, its template's family, members defined out of line, and the functions that
/// argument-dependent lookup finds for it. Each step returns what blocks the move, if any.
class AnonymousMoveSet {
public:
  AnonymousMoveSet(const PlannerState &S, const TagDecl *Unit,
                   llvm::ArrayRef<const NamespaceDecl *> Levels,
                   llvm::SmallPtrSetImpl<const Decl *> &Moving)
      : SM(S.SM), Index(S.Index), Unit(Unit),
        Namespace(cast<NamespaceDecl>(Unit->getLexicalDeclContext())),
        NamedRoot(anonymousHome(Unit).NamedRoot), Levels(Levels), Moving(Moving),
        Target(Levels.back()->getParent()->getRedeclContext()) {}

  std::optional<FixBlocker> run() {
    // A named namespace between anonymous ones (`namespace { namespace detail { namespace {`):
    // the type would leave it for a namespace other code names differently.
    if (inAnonymousNamespace(Target))
      return Blocker(Levels.back()->getBeginLoc(), FixBlocker::Kind::NestedAnonymousNamespace,
                     dyn_cast<NamespaceDecl>(Target));
    if (auto Blocked = namedRoot())
      return Blocked;
    Moving.insert(memberOf(Unit, Namespace));
    // Forward declarations move with the definition: left behind they would declare another,
    // never defined type.
    for (const TagDecl *Redecl : Unit->redecls()) {
      if (Redecl == Unit || Redecl->getFriendObjectKind() != Decl::FOK_None)
        continue;
      const Decl *Member = memberOf(Redecl, Namespace);
      if (!Member)
        return Blocker(Redecl->getLocation(), FixBlocker::Kind::DeclarationStays);
      Moving.insert(Member);
    }
    if (auto Blocked = templateFamily())
      return Blocked;
    if (auto Blocked = outOfLineMembers())
      return Blocked;
    if (auto Blocked = serializationFunctions())
      return Blocked;
    functionsTakingTheType();
    return lookupAndLinkage();
  }

private:
  std::optional<FixBlocker> Blocker(SourceLocation Loc, FixBlocker::Kind K,
                                    const NamedDecl *Entity = nullptr,
                                    const NamedDecl *Other = nullptr) const {
    FixBlocker B{K, SM.getExpansionLoc(Loc), Unit, Entity};
    B.Other = Other;
    B.Target = Target;
    return B;
  }

  /// A type in a named namespace of the anonymous one (`namespace { namespace detail { T } }`)
  /// keeps it: `detail` moves out whole. Left in two places, an unqualified `detail::` would
  /// find both, and a qualified `ns::detail::` only the named one. So every block of it must
  /// be in the block the split moves it from, and its name must be new where it goes.
  std::optional<FixBlocker> namedRoot() {
    if (!NamedRoot)
      return std::nullopt;
    for (const NamespaceDecl *Block : NamedRoot->redecls())
      if (Block->getLexicalParent() != Levels.front())
        return Blocker(Block->getLocation(), FixBlocker::Kind::NamedNamespaceElsewhere, nullptr,
                       NamedRoot);
    // Another `detail` of the target (a named namespace the moved one would join, where names
    // of both would meet) or of an anonymous block around (the two would be ambiguous).
    std::vector<const DeclContext *> Places(Levels.begin(), Levels.end());
    Places.push_back(Target);
    for (const DeclContext *Place : Places)
      for (const NamedDecl *Other : Place->lookup(NamedRoot->getDeclName()))
        if (Other->getCanonicalDecl() != NamedRoot->getCanonicalDecl())
          return Blocker(Other->getLocation(), FixBlocker::Kind::NamedNamespaceExists, Other,
                         NamedRoot);
    return std::nullopt;
  }

  std::optional<FixBlocker> templateFamily() {
    // A class template and its specializations (and explicit instantiations) are declared in
    // one namespace: whichever of them moves takes the others along.
    if (const ClassTemplateDecl *Template = classTemplateOf(Unit)) {
      std::vector<const Decl *> Family(Template->redecls_begin(), Template->redecls_end());
      for (const ClassTemplateSpecializationDecl *Spec : Template->specializations())
        if (Spec->getSpecializationKind() != TSK_ImplicitInstantiation &&
            Spec->getSpecializationKind() != TSK_Undeclared)
          Family.push_back(Spec);
      llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4> Partials;
      const_cast<ClassTemplateDecl *>(Template)->getPartialSpecializations(Partials);
      Family.insert(Family.end(), Partials.begin(), Partials.end());
      // Deduction guides must be declared in the template's scope.
      for (const Decl *Member : Namespace->decls()) {
        const auto *Guide = dyn_cast<CXXDeductionGuideDecl>(Member);
        if (const auto *GuideTemplate = dyn_cast<FunctionTemplateDecl>(Member))
          Guide = dyn_cast<CXXDeductionGuideDecl>(GuideTemplate->getTemplatedDecl());
        if (Guide &&
            Guide->getDeducedTemplate()->getCanonicalDecl() == Template->getCanonicalDecl())
          Family.push_back(Guide);
      }
      for (const Decl *Member : Family) {
        if (Member->isImplicit() || isWithin(Member, Unit))
          continue;
        const Decl *Item = memberOf(Member, Namespace);
        if (!Item)
          return Blocker(Member->getLocation(), FixBlocker::Kind::TemplateFamilySplit, Template);
        Moving.insert(Item);
      }
    }
    return std::nullopt;
  }

  std::optional<FixBlocker> outOfLineMembers() {
    // Members defined outside the class body must be in a namespace that encloses the class.
    for (const Decl *Member : cast<DeclContext>(Unit)->decls()) {
      const auto *Named = dyn_cast<NamedDecl>(Member);
      if (!Named || !isa<FunctionDecl, VarDecl, FunctionTemplateDecl>(Named))
        continue;
      for (const Decl *Redecl : Named->redecls()) {
        if (Redecl->getLexicalDeclContext() == Redecl->getDeclContext())
          continue;
        const Decl *OutOfLine = memberOf(Redecl, Namespace);
        if (!OutOfLine)
          return Blocker(Redecl->getLocation(), FixBlocker::Kind::OutOfLineMember, Named);
        Moving.insert(OutOfLine);
      }
    }
    return std::nullopt;
  }

  std::optional<FixBlocker> serializationFunctions() {
    // Free serialization functions are found by argument-dependent lookup in the type's own
    // namespace; left behind in the anonymous namespace they would no longer be found, so they
    // move with the type.
    for (const auto &[Type, Evidences] : Index.ByType) {
      if (!isWithin(Type, Unit))
        continue;
      for (const Evidence &E : Evidences) {
        const auto *Function = dyn_cast_or_null<FunctionDecl>(E.Source);
        if (!Function || isa<CXXMethodDecl>(Function) ||
            Function->getFriendObjectKind() != Decl::FOK_None ||
            !inAnonymousNamespace(Function->getDeclContext()))
          continue;
        for (const FunctionDecl *Redecl : Function->redecls()) {
          const Decl *Member = memberOf(Redecl, Namespace);
          if (!Member)
            return Blocker(Redecl->getLocation(), FixBlocker::Kind::AdlFunctionSplit, Function,
                           Type);
          Moving.insert(Member);
        }
      }
    }
    return std::nullopt;
  }

  void functionsTakingTheType() {
    // Every function of this block that takes the type is found the same way, by argument-
    // dependent lookup: framework hooks (`from_json` beside an evidence `to_json`, `load` beside
    // `save`) and the rest alike (`operator==` for std::find, `swap`, `operator<`). Left behind,
    // template code would no longer find them for the moved type: they move too.
    for (const Decl *Member : Namespace->decls()) {
      const FunctionDecl *Function = dyn_cast<FunctionDecl>(Member);
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(Member))
        Function = Template->getTemplatedDecl();
      if (!Function)
        continue;
      for (const ParmVarDecl *Param : Function->parameters()) {
        QualType Type = Param->getType().getNonReferenceType();
        if (Type->isPointerType())
          Type = Type->getPointeeType();
        if (const TagDecl *Tag = Type->getAsTagDecl(); Tag && isWithin(Tag, Unit)) {
          Moving.insert(Member);
          break;
        }
      }
    }
  }

  /// What the type names must still mean the same outside; a header's type must not become
  /// an ODR violation.
  std::optional<FixBlocker> lookupAndLinkage() {
    // A name of one block is found from inside it first; from the target, together with the
    // same name of the target or of a block around it.
    // A named namespace moves whole: what any of its blocks uses counts.
    std::vector<const NamedDecl *> Users{Unit};
    if (NamedRoot)
      Users.assign(NamedRoot->redecls_begin(), NamedRoot->redecls_end());
    for (size_t I = 0; I < Levels.size(); ++I)
      for (size_t J = I + 1; J <= Levels.size(); ++J)
        for (const NamedDecl *User : Users) {
          const DeclContext *Outer = J < Levels.size() ? Levels[J] : Target;
          SourceLocation HiddenAt;
          if (const NamedDecl *Hidden =
                  nameHiddenInAnonymousNamespace(User, Levels[I], Outer, HiddenAt))
            return Blocker(HiddenAt, FixBlocker::Kind::HiddenName, Hidden);
        }
    if (!SM.isInMainFile(SM.getExpansionLoc(Unit->getLocation()))) {
      if (std::optional<FixBlocker> Blocker =
              checkDependencies(Unit, Target, Unit->getBeginLoc(),
                                DependencyMode::FromHeaderAnonymousNamespace, Index, SM))
        return Blocker;
      // Out of the anonymous namespace a function defined in a header is defined in every TU
      // that includes it: it must be inline (templates and class members already are).
      for (const Decl *Member : Moving)
        if (const auto *Function = dyn_cast<FunctionDecl>(Member);
            Function && Function->doesThisDeclarationHaveABody() && !Function->isInlined() &&
            !isa<CXXMethodDecl>(Function))
          return Blocker(Function->getLocation(), FixBlocker::Kind::NonInlineHeaderFunction,
                         Function);
    }
    return std::nullopt;
  }

  const SourceManager &SM;
  const EvidenceIndex &Index;
  const TagDecl *Unit;
  /// The namespace block the type is declared in (one of Levels, or a named one inside).
  const NamespaceDecl *Namespace;
  /// The outermost named namespace between Levels and the type, which moves out whole.
  const NamespaceDecl *NamedRoot;
  llvm::ArrayRef<const NamespaceDecl *> Levels;
  llvm::SmallPtrSetImpl<const Decl *> &Moving;
  const DeclContext *Target;
};

/// The first declaration in `DC` (and the namespaces inside it) that is not in `Covered`.
/// Declarations without linkage (aliases, `static_assert`, using-declarations and -directives)
/// mean the same moved out, and go along.
const Decl *firstStaying(const DeclContext *DC, const llvm::SmallPtrSetImpl<const Decl *> &Covered) {
  for (const Decl *Member : DC->decls()) {
    if (Member->isImplicit() || Covered.count(Member) ||
        isa<TypedefNameDecl, TypeAliasTemplateDecl, StaticAssertDecl, UsingDecl,
            UsingDirectiveDecl, NamespaceAliasDecl, EmptyDecl>(Member))
      continue;
    if (const auto *Inner = dyn_cast<NamespaceDecl>(Member)) {
      if (const Decl *Staying = firstStaying(Inner, Covered))
        return Staying;
      continue;
    }
    return Member;
  }
  return nullptr;
}

} // namespace

std::optional<FixBlocker>
namedNamespaceMemberStaying(const SourceManager &SM, const NamespaceDecl *Root,
                            const llvm::SmallPtrSetImpl<const Decl *> &Covered) {
  for (const NamespaceDecl *Block : Root->redecls())
    if (const Decl *Staying = firstStaying(Block, Covered)) {
      FixBlocker B{FixBlocker::Kind::NamedNamespaceMemberStays,
                   SM.getExpansionLoc(Staying->getLocation()), nullptr,
                   dyn_cast<NamedDecl>(Staying)};
      B.Other = Root;
      return B;
    }
  return std::nullopt;
}

std::optional<FixBlocker> checkAnonymousUnit(const PlannerState &S, const TagDecl *Unit,
                                             llvm::ArrayRef<const NamespaceDecl *> Levels,
                                             llvm::SmallPtrSetImpl<const Decl *> &Moving) {
  return AnonymousMoveSet(S, Unit, Levels, Moving).run();
}

std::optional<FixBlocker> planAnonymousRename(const PlannerState &S, const TagDecl *Unit,
                                              const DeclContext *Target, AnonymousRename &Rename) {
  ASTContext &Ctx = S.Ctx;
  const SourceManager &SM = S.SM;
  const EvidenceIndex &Index = S.Index;
  std::optional<FixBlocker> Collision = S.Names.typeCollision(Unit, Target, nullptr, "");
  if (!Collision)
    return std::nullopt;
  if (isa<ClassTemplateSpecializationDecl>(Unit)) {
    FixBlocker B{FixBlocker::Kind::SpecializationRename, Unit->getLocation(), Unit};
    B.Target = Target;
    return B;
  }
  // Renaming means rewriting every use in every file that names the type: only the main
  // file's own anonymous namespace can be renamed in place.
  SourceLocation Home = SM.getExpansionLoc(Unit->getLocation());
  if (!SM.isInMainFile(Home))
    return Collision;
  auto Refuse = [&](SourceLocation Loc, FixBlocker::Kind K, const NamedDecl *Entity,
                    std::string Detail) {
    FixBlocker B{K, SM.getExpansionLoc(Loc), Unit, Entity};
    B.Target = Target;
    B.Detail = std::move(Detail);
    return B;
  };
  std::vector<const Decl *> Roots;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!D->isImplicit() && !SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      Roots.push_back(D);
  // The derived name starts with the file's: each translation unit had its own anonymous
  // namespace, so the file is what told the old types apart.
  OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Home));
  std::string Stem = fileStemIdentifier(File ? File->getName() : "");
  std::optional<std::string> Free =
      firstFreeName(Stem + "_" + Unit->getName().str(), [&](const std::string &Name) {
        return S.Names.typeCollision(Unit, Target, nullptr, Name) ||
               findSameName(Unit, DeclarationName(&Ctx.Idents.get(Name)), Roots);
      });
  if (!Free)
    return Collision;
  std::string NewName = *Free;
  RenamePlan Plan = planRename(Unit, Roots, NewName,
                               qualifiedNameOutside(Unit->getDeclContext(), NewName), S.Keys, SM,
                               Ctx.getLangOpts());
  if (Plan.Blocker)
    return Refuse(Plan.Blocker->Loc, FixBlocker::Kind::RenameBlocked, nullptr,
                  Plan.Blocker->Message);
  // A spelling inside another type that a fix copies to its new place would be edited twice.
  // Anonymous-namespace types whose text needs no re-indenting stay in place (only the
  // namespace's braces around them change), so spellings inside them are safe.
  SourceText Text(SM, Ctx.getLangOpts());
  auto MovesInPlace = [&](const TagDecl *Other) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(Other->getLexicalDeclContext());
    if (!Namespace || !Namespace->isAnonymousNamespace() || Other->getBeginLoc().isMacroID())
      return false;
    SourceLocation Begin = Text.leadingCommentStart(Other->getBeginLoc());
    std::string Indent = Text.indentation(Namespace->getBeginLoc());
    std::string Original =
        Text.text(Begin, Other->getBraceRange().getEnd().getLocWithOffset(1)).str();
    return Text.indentation(Begin) == Indent && staysInPlace(Original, Indent);
  };
  for (const RenameSpot &Spot : Plan.Spots)
    for (const auto &[Type, Where] : Index.Candidates) {
      const TagDecl *Other = hoistedUnit(Type);
      if (Other == Unit || !Index.ByType.count(Type) ||
          Other->getLexicalDeclContext() == Unit->getLexicalDeclContext() || MovesInPlace(Other))
        continue;
      SourceRange Range(SM.getExpansionLoc(Other->getBeginLoc()),
                        SM.getExpansionLoc(Other->getBraceRange().getEnd()));
      if (Range.isValid() && !SM.isBeforeInTranslationUnit(Spot.Loc, Range.getBegin()) &&
          !SM.isBeforeInTranslationUnit(Range.getEnd(), Spot.Loc))
        return Refuse(Spot.Loc, FixBlocker::Kind::RenameInsideMovedType, Other, "");
    }
  Rename.NewName = NewName;
  Rename.Spots = std::move(Plan.Spots);
  Rename.Notes.push_back(
      {Collision->Loc, "the fix renames " + quoted(Unit) + " to '" + NewName +
                           "': under its own name it " +
                           (Collision->K == FixBlocker::Kind::ReservedName
                                ? inAnotherUnit()
                                : std::string("would collide with this declaration"))});
  llvm::append_range(Rename.Notes, Plan.Notes);
  return std::nullopt;
}

} // namespace serialscope
