//===- LookupChecks.cpp ---------------------------------------------------===//
#include "LookupChecks.h"
#include "ClangCompat.h"
#include "DeclScopes.h"
#include "ScopeClassifier.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace serialscope {
namespace {

/// The declaration a type written in the source names (`Found`: the using-declaration it was
/// found through, if any); false for types that name none (builtins, pointers, ...).
bool namesDeclaration(TypeLoc TL, const NamedDecl *&Named, const NamedDecl *&Found) {
  if (auto Typedef = TL.getAs<TypedefTypeLoc>())
    Named = compat::namedTypedef(Typedef);
  else if (auto Tag = TL.getAs<TagTypeLoc>())
    Named = compat::namedTag(Tag);
  else if (auto Injected = TL.getAs<InjectedClassNameTypeLoc>())
    Named = Injected.getDecl();
  else if (auto Param = TL.getAs<TemplateTypeParmTypeLoc>())
    Named = Param.getDecl();
  else if (auto Using = TL.getAs<UsingTypeLoc>())
    Named = Found = compat::foundThroughUsing(Using);
  else if (auto Spec = TL.getAs<TemplateSpecializationTypeLoc>())
    Named = Spec.getTypePtr()->getTemplateName().getAsTemplateDecl();
  else if (auto Deduced = TL.getAs<DeducedTemplateSpecializationTypeLoc>())
    Named = Deduced.getTypePtr()->getTemplateName().getAsTemplateDecl();
  else
    return false;
  return true;
}

/// The type names a visitor will reach that are written with a qualifier (`ns::T`), and so are
/// not found by unqualified lookup. Clang keeps the qualifier on the type or on a node around
/// it depending on its version; a visitor notes each type location before it reaches the name.
class QualifiedNames {
public:
  void noteQualifier(TypeLoc TL) {
    if (TypeLoc Name = compat::qualifiedNameIn(TL))
      add(Name);
  }
  void add(TypeLoc Name) {
    if (!llvm::is_contained(Pending, Name))
      Pending.push_back(Name);
  }
  /// Whether \p TL was noted as qualified (each note answers once).
  bool take(TypeLoc TL) {
    auto *At = llvm::find(Pending, TL);
    if (At == Pending.end())
      return false;
    Pending.erase(At);
    return true;
  }

private:
  llvm::SmallVector<TypeLoc, 4> Pending;
};

/// Finds what would stop a type from meaning the same at its new place: every name it uses
/// without qualification must still be found, by the same lookup, from the target namespace.
class DependencyChecker : public RecursiveASTVisitor<DependencyChecker> {
public:
  DependencyChecker(const NamedDecl *Unit, const DeclContext *Target, SourceLocation InsertLoc,
                    DependencyMode How, const EvidenceIndex &Index, const SourceManager &SM,
                    DependencySinks Sinks)
      : Unit(Unit), Target(Target), InsertLoc(InsertLoc), How(How), Index(Index), SM(SM),
        LocalTypes(Sinks.LocalTypes), LocalAliases(Sinks.LocalAliases),
        TemplateParams(Sinks.TemplateParams), NonPublic(Sinks.NonPublic),
        ClassMembers(Sinks.ClassMembers) {}

  std::optional<FixBlocker> run() {
    TraverseDecl(const_cast<NamedDecl *>(Unit));
    return Blocker;
  }

  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc NNS) {
    if (!NNS || Blocker)
      return true;
    if (NestedNameSpecifierLoc Prefix = compat::prefixOf(NNS)) {
      TraverseNestedNameSpecifierLoc(Prefix);
      if (TypeLoc TL = compat::typeIn(NNS)) {
        QualifiedTypes.add(TL);
        compat::traverseWithoutQualifier(*this, TL);
      }
      return true;
    }
    // The first component is found by unqualified lookup.
    if (const NamedDecl *Namespace = compat::namespaceIn(NNS))
      check(Namespace, nullptr, false, NNS.getLocalBeginLoc());
    else if (TypeLoc TL = compat::typeIn(NNS))
      compat::traverseWithoutQualifier(*this, TL);
    return true;
  }

  bool VisitTypeLoc(TypeLoc TL) {
    QualifiedTypes.noteQualifier(TL);
    const NamedDecl *Named = nullptr;
    const NamedDecl *Found = nullptr;
    if (!namesDeclaration(TL, Named, Found))
      return true;
    bool Qualified = QualifiedTypes.take(TL);
    if (Named)
      check(Named, Found, Qualified, TL.getBeginLoc());
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    if (Call->usesADL())
      if (const auto *Callee = dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreImpCasts()))
        AdlCallees.insert(Callee);
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (AdlCallees.count(Ref)) {
      checkLeftBehind(Ref->getDecl(), Ref->getLocation());
      return true;
    }
    if (const auto *Function = dyn_cast<FunctionDecl>(Ref->getDecl());
        Function && Function->isOverloadedOperator()) {
      checkLeftBehind(Function, Ref->getLocation());
      return true;
    }
    check(Ref->getDecl(), Ref->getFoundDecl(), Ref->hasQualifier(), Ref->getLocation());
    return true;
  }

  bool VisitMemberExpr(MemberExpr *Member) {
    checkAccess(Member->getMemberDecl());
    return true;
  }

  bool VisitOverloadExpr(OverloadExpr *Overload) {
    if (Overload->getQualifier())
      return true;
    if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(Overload);
        Lookup && Lookup->requiresADL()) {
      for (const NamedDecl *Candidate : Overload->decls())
        checkLeftBehind(Candidate->getUnderlyingDecl(), Overload->getNameLoc());
      return true;
    }
    for (const NamedDecl *Candidate : Overload->decls())
      check(Candidate->getUnderlyingDecl(), Candidate, false, Overload->getNameLoc());
    return true;
  }

private:
  void block(SourceLocation Loc, FixBlocker::Kind K, const NamedDecl *Entity,
             const NamedDecl *Other = nullptr, const Decl *Function = nullptr) {
    if (!Blocker) {
      Blocker = FixBlocker{K, Loc, Unit, Entity};
      Blocker->Other = Other;
      Blocker->Function = Function;
    }
  }

  bool declaredBeforeInsertion(const Decl *D) const {
    return llvm::any_of(D->redecls(), [&](const Decl *Redecl) {
      SourceLocation Begin = Redecl->getBeginLoc();
      return Begin.isValid() && SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Begin), InsertLoc);
    });
  }

  /// Whether `D` is declared in an anonymous namespace that the moved type leaves (it moves
  /// out of a function in one): such a member is not declared yet where the type goes unless
  /// an earlier block of the namespace declares it.
  bool inAnonymousNamespaceLeft(const Decl *D) const {
    return How == DependencyMode::FromFunction && inAnonymousNamespace(D->getDeclContext()) &&
           !inAnonymousNamespace(Target);
  }

  /// A function found by argument-dependent lookup, or an operator, is found the same way at
  /// the new place, unless it is a member of an anonymous namespace the type leaves that is
  /// declared only after the place the type goes.
  void checkLeftBehind(const NamedDecl *D, SourceLocation Loc) {
    if (!Blocker && D && !isWithin(D, Unit) && inAnonymousNamespaceLeft(D) &&
        !declaredBeforeInsertion(D))
      block(SM.getFileLoc(Loc), FixBlocker::Kind::AnonymousNamespaceMember, D);
  }

  bool visibleFromTarget(const DeclContext *Home) const {
    while (true) {
      if (Home->isTranslationUnit() || Home->Encloses(Target))
        return true;
      const auto *NS = dyn_cast<NamespaceDecl>(Home);
      if (!NS)
        return false;
      // Members of inline and anonymous namespaces are found in the enclosing namespace.
      if (NS->isInline() || NS->isAnonymousNamespace()) {
        Home = NS->getParent()->getRedeclContext();
        continue;
      }
      for (const UsingDirectiveDecl *Directive : Index.UsingDirectives) {
        const DeclContext *Where = Directive->getDeclContext()->getRedeclContext();
        if (!Where->isFileContext() || !(Where->Encloses(Target) || Where->Equals(Target)))
          continue;
        if (!SM.isBeforeInTranslationUnit(Directive->getLocation(), InsertLoc))
          continue;
        if (const NamespaceDecl *Nominated = Directive->getNominatedNamespace();
            Nominated && (Nominated->Encloses(Home) || Nominated->Equals(Home)))
          return true;
      }
      return false;
    }
  }

  void checkAccess(const NamedDecl *D) {
    // An enumerator has the access of its enumeration.
    if (const auto *Enumerator = dyn_cast_or_null<EnumConstantDecl>(D))
      D = cast<EnumDecl>(Enumerator->getDeclContext());
    if (!NonPublic || !D || isWithin(D, Unit))
      return;
    const auto *Record = dyn_cast<CXXRecordDecl>(D->getDeclContext());
    if (!Record || (D->getAccess() != AS_private && D->getAccess() != AS_protected))
      return;
    // Protected members of its own bases stay accessible to the moved class.
    if (const auto *UnitRecord = dyn_cast<CXXRecordDecl>(Unit);
        D->getAccess() == AS_protected && UnitRecord && UnitRecord->hasDefinition() &&
        UnitRecord->isDerivedFrom(Record))
      return;
    if (!llvm::is_contained(*NonPublic, D))
      NonPublic->push_back(D);
  }

  /// A member of class `Record` around the function that the type names without
  /// qualification (written at `Written`): a static one of a class that is complete before the
  /// new place is named through the class there; anything else blocks.
  void qualifyClassMember(const NamedDecl *D, const NamedDecl *Via, const CXXRecordDecl *Record,
                          SourceLocation Written, SourceLocation Loc, bool DeclaredAfter) {
    bool Static = isa<VarDecl, EnumConstantDecl, TypeDecl, ClassTemplateDecl,
                      TypeAliasTemplateDecl>(D);
    if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
      Static = Method->isStatic();
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      Static = cast<CXXMethodDecl>(Template->getTemplatedDecl())->isStatic();
    if (!ClassMembers || How != DependencyMode::FromFunction || Via != D || !Static) {
      block(Loc, FixBlocker::Kind::EnclosingClassMember, D, Record);
      return;
    }
    if (Record->isDependentContext() || isa<ClassTemplateSpecializationDecl>(Record)) {
      block(Loc, FixBlocker::Kind::EnclosingClassTemplate, D, Record);
      return;
    }
    const CXXRecordDecl *Definition = Record->getDefinition();
    if (DeclaredAfter || !Definition ||
        !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Definition->getBraceRange().getEnd()),
                                      InsertLoc)) {
      block(Loc, FixBlocker::Kind::EnclosingClassIncomplete, D, Record);
      return;
    }
    if (Written.isMacroID()) {
      block(Loc, FixBlocker::Kind::MacroSpelled, nullptr);
      return;
    }
    if (llvm::none_of(*ClassMembers, [&](const ClassMemberUse &Use) { return Use.NameLoc == Loc; }))
      ClassMembers->push_back({Loc, D, Record});
  }

  void check(const NamedDecl *D, const NamedDecl *Found, bool Qualified, SourceLocation Loc) {
    if (Blocker || !D || D->isImplicit() || isWithin(D, Unit))
      return;
    checkAccess(D);
    SourceLocation Written = Loc;
    Loc = SM.getFileLoc(Loc);
    if (How == DependencyMode::FromHeaderAnonymousNamespace) {
      bool InAnonymous = false;
      for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
        if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->isAnonymousNamespace())
          InAnonymous = true;
      if (InAnonymous ||
          (isa<FunctionDecl, VarDecl>(D) && D->getFormalLinkage() == Linkage::Internal))
        block(Loc, FixBlocker::Kind::TranslationUnitLocal, D);
      return;
    }
    const NamedDecl *Via = Found ? Found : D;
    if (isa<TemplateTypeParmDecl, NonTypeTemplateParmDecl, TemplateTemplateParmDecl>(D)) {
      if (TemplateParams && D->getIdentifier()) {
        if (!llvm::is_contained(*TemplateParams, D))
          TemplateParams->push_back(D);
        return;
      }
      block(Loc, FixBlocker::Kind::TemplateParameter, D);
      return;
    }
    if (LocalTypes && Via == D && D->getParentFunctionOrMethod()) {
      const auto *Tag = dyn_cast<TagDecl>(D);
      if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D))
        Tag = dyn_cast<EnumDecl>(Enumerator->getDeclContext());
      // An alias member of a local class moves with its class.
      if (const auto *Alias = dyn_cast<TypedefNameDecl>(D))
        Tag = dyn_cast<TagDecl>(Alias->getDeclContext());
      if (Tag) {
        Tag = hoistedUnit(Tag);
        if (!llvm::is_contained(*LocalTypes, Tag))
          LocalTypes->push_back(Tag);
        return;
      }
    }
    if (LocalAliases && Via == D && D->getParentFunctionOrMethod())
      if (const auto *Alias = dyn_cast<TypedefNameDecl>(D)) {
        if (!llvm::is_contained(*LocalAliases, Alias))
          LocalAliases->push_back(Alias);
        return;
      }
    for (const NamedDecl *Candidate : {Via, D}) {
      if (Candidate->isLocalExternDecl() || Candidate->getParentFunctionOrMethod()) {
        const Decl *Function = enclosingFunction(Candidate);
        block(Loc, localEntityKind(D), D, nullptr, Function);
        return;
      }
    }
    // The moved type comes before the declaration that contained it: what it names must be
    // declared there already (the enclosing class itself is not).
    bool DeclaredAfter = How == DependencyMode::FromFunction && !isa<NamespaceDecl>(D) &&
                         !declaredBeforeInsertion(D);
    // A type of the anonymous namespace left behind that an earlier block declares must be
    // defined there too: the moved type may need it complete.
    if (const auto *Tag = dyn_cast<TagDecl>(D); Tag && !DeclaredAfter && inAnonymousNamespaceLeft(D))
      if (const TagDecl *Definition = Tag->getDefinition();
          Definition && !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Definition->getBeginLoc()),
                                                      InsertLoc))
        DeclaredAfter = true;
    auto BlockAfter = [&] {
      block(Loc,
            inAnonymousNamespaceLeft(D) ? FixBlocker::Kind::AnonymousNamespaceMember
                                        : FixBlocker::Kind::DeclaredLater,
            D);
    };
    if (Qualified) {
      if (DeclaredAfter)
        BlockAfter();
      return;
    }
    const DeclContext *Home =
        isa<UsingShadowDecl>(Via) ? Via->getDeclContext()->getRedeclContext() : lookupContext(D);
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Home)) {
      const auto *UnitRecord = dyn_cast<CXXRecordDecl>(Unit);
      if (UnitRecord && UnitRecord->hasDefinition() && UnitRecord->isDerivedFrom(Record))
        return;
      qualifyClassMember(D, Via, Record, Written, Loc, DeclaredAfter);
      return;
    }
    if (DeclaredAfter) {
      BlockAfter();
      return;
    }
    if (!visibleFromTarget(Home))
      block(Loc, FixBlocker::Kind::NotVisible, D);
  }

  const NamedDecl *Unit;
  const DeclContext *Target;
  SourceLocation InsertLoc;
  DependencyMode How;
  const EvidenceIndex &Index;
  const SourceManager &SM;
  QualifiedNames QualifiedTypes;
  std::vector<const TagDecl *> *LocalTypes;
  std::vector<const TypedefNameDecl *> *LocalAliases;
  std::vector<const NamedDecl *> *TemplateParams;
  std::vector<const NamedDecl *> *NonPublic;
  std::vector<ClassMemberUse> *ClassMembers;
  llvm::SmallPtrSet<const DeclRefExpr *, 8> AdlCallees;
  std::optional<FixBlocker> Blocker;
};

/// Finds the name nameHiddenInAnonymousNamespace looks for.
class HiddenNameFinder : public RecursiveASTVisitor<HiddenNameFinder> {
public:
  HiddenNameFinder(const NamedDecl *Unit, const NamespaceDecl *Anonymous, const DeclContext *Target)
      : Unit(Unit), Anonymous(Anonymous), Target(Target) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (!Ref->hasQualifier())
      check(Ref->getDecl(), Ref->getLocation());
    return !Found;
  }
  bool VisitTypeLoc(TypeLoc TL) {
    QualifiedTypes.noteQualifier(TL);
    const NamedDecl *Named = nullptr, *Found = nullptr;
    // A qualified name is not looked up from the type's scope.
    if (namesDeclaration(TL, Named, Found) && Named && !QualifiedTypes.take(TL))
      check(Found ? Found : Named, TL.getBeginLoc());
    return !Found;
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc) { return true; }

  const NamedDecl *Found = nullptr;
  SourceLocation FoundAt;

private:
  QualifiedNames QualifiedTypes;
  void check(const NamedDecl *D, SourceLocation Loc) {
    if (Found || !D || !D->getDeclName() || isWithin(D, Unit) ||
        D->getDeclContext()->getRedeclContext()->getPrimaryContext() !=
            Anonymous->getPrimaryContext())
      return;
    if (Target->lookup(D->getDeclName()).empty())
      return;
    Found = D;
    FoundAt = Loc;
  }

  const NamedDecl *Unit;
  const NamespaceDecl *Anonymous;
  const DeclContext *Target;
};

} // namespace

std::optional<FixBlocker> checkDependencies(const NamedDecl *Unit, const DeclContext *Target,
                                            SourceLocation InsertLoc, DependencyMode How,
                                            const EvidenceIndex &Index, const SourceManager &SM,
                                            DependencySinks Sinks) {
  DependencyChecker Checker(Unit, Target, InsertLoc, How, Index, SM, Sinks);
  return Checker.run();
}

const NamedDecl *nameHiddenInAnonymousNamespace(const NamedDecl *Unit,
                                                const NamespaceDecl *Anonymous,
                                                const DeclContext *Target, SourceLocation &At) {
  HiddenNameFinder Hidden(Unit, Anonymous, Target);
  Hidden.TraverseDecl(const_cast<NamedDecl *>(Unit));
  At = Hidden.FoundAt;
  return Hidden.Found;
}

} // namespace serialscope
