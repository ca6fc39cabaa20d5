//===- HoistPlanner.cpp ---------------------------------------------------===//
#include "HoistPlanner.h"
#include "ScopeClassifier.h"
#include "SourceText.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace serialscope {
namespace {

bool isWithin(const Decl *D, const Decl *Container) {
  const auto *ContainerDC = dyn_cast<DeclContext>(Container);
  if (D == Container)
    return true;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (DC == ContainerDC)
      return true;
  for (const DeclContext *DC = D->getLexicalDeclContext(); DC; DC = DC->getParent())
    if (DC == ContainerDC)
      return true;
  return false;
}

std::string quoted(const NamedDecl *D) { return "'" + D->getNameAsString() + "'"; }

/// The context whose scope declares `D` for unqualified lookup: the enclosing context with
/// transparent ones skipped (linkage specifications, the enum of an unscoped enumerator).
const DeclContext *lookupContext(const Decl *D) {
  const DeclContext *DC = D->getDeclContext();
  if (const auto *Enum = dyn_cast<EnumDecl>(DC); Enum && !Enum->isScoped())
    DC = Enum->getDeclContext();
  return DC->getRedeclContext();
}

/// Finds what would stop a type from meaning the same at its new place: every name it uses
/// without qualification must still be found, by the same lookup, from the target namespace.
class DependencyChecker : public RecursiveASTVisitor<DependencyChecker> {
public:
  enum class Mode {
    /// Moving out of a function: local entities and names found through the function's
    /// class or template scopes are out of reach.
    FromFunction,
    /// Moving out of an anonymous namespace of a header: the type becomes one entity shared
    /// by every TU, so it must not refer to anything TU-local.
    FromHeaderAnonymousNamespace,
  };

  DependencyChecker(const TagDecl *Unit, const DeclContext *Target, SourceLocation InsertLoc,
                    Mode How, const EvidenceIndex &Index, const SourceManager &SM)
      : Unit(Unit), Target(Target), InsertLoc(InsertLoc), How(How), Index(Index), SM(SM) {}

  std::optional<FindingNote> run() {
    TraverseDecl(const_cast<TagDecl *>(Unit));
    return Blocker;
  }

  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc NNS) {
    if (!NNS || Blocker)
      return true;
    if (NestedNameSpecifierLoc Prefix = NNS.getPrefix()) {
      TraverseNestedNameSpecifierLoc(Prefix);
      if (TypeLoc TL = NNS.getTypeLoc()) {
        QualifiedNext = true;
        TraverseTypeLoc(TL);
      }
      return true;
    }
    // The first component is found by unqualified lookup.
    const NestedNameSpecifier *Spec = NNS.getNestedNameSpecifier();
    switch (Spec->getKind()) {
    case NestedNameSpecifier::Namespace:
      check(Spec->getAsNamespace(), nullptr, false, NNS.getLocalBeginLoc());
      break;
    case NestedNameSpecifier::NamespaceAlias:
      check(Spec->getAsNamespaceAlias(), nullptr, false, NNS.getLocalBeginLoc());
      break;
    case NestedNameSpecifier::TypeSpec:
    case NestedNameSpecifier::TypeSpecWithTemplate:
      TraverseTypeLoc(NNS.getTypeLoc());
      break;
    default:
      break;
    }
    return true;
  }

  bool TraverseElaboratedTypeLoc(ElaboratedTypeLoc TL) {
    if (NestedNameSpecifierLoc Qualifier = TL.getQualifierLoc()) {
      TraverseNestedNameSpecifierLoc(Qualifier);
      QualifiedNext = true;
    }
    return TraverseTypeLoc(TL.getNamedTypeLoc());
  }

  bool VisitTypeLoc(TypeLoc TL) {
    const NamedDecl *Named = nullptr;
    const NamedDecl *Found = nullptr;
    if (auto Typedef = TL.getAs<TypedefTypeLoc>())
      Named = Typedef.getTypedefNameDecl();
    else if (auto Tag = TL.getAs<TagTypeLoc>())
      Named = Tag.getDecl();
    else if (auto Injected = TL.getAs<InjectedClassNameTypeLoc>())
      Named = Injected.getDecl();
    else if (auto Param = TL.getAs<TemplateTypeParmTypeLoc>())
      Named = Param.getDecl();
    else if (auto Using = TL.getAs<UsingTypeLoc>()) {
      Found = Using.getFoundDecl();
      Named = Found;
    } else if (auto Spec = TL.getAs<TemplateSpecializationTypeLoc>())
      Named = Spec.getTypePtr()->getTemplateName().getAsTemplateDecl();
    else if (auto Deduced = TL.getAs<DeducedTemplateSpecializationTypeLoc>())
      Named = Deduced.getTypePtr()->getTemplateName().getAsTemplateDecl();
    else
      return true;
    bool Qualified = std::exchange(QualifiedNext, false);
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
    if (AdlCallees.count(Ref))
      return true;
    if (const auto *Function = dyn_cast<FunctionDecl>(Ref->getDecl());
        Function && Function->isOverloadedOperator())
      return true;
    check(Ref->getDecl(), Ref->getFoundDecl(), Ref->hasQualifier(), Ref->getLocation());
    return true;
  }

  bool VisitOverloadExpr(OverloadExpr *Overload) {
    if (Overload->getQualifier())
      return true;
    if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(Overload); Lookup && Lookup->requiresADL())
      return true;
    for (const NamedDecl *Candidate : Overload->decls())
      check(Candidate->getUnderlyingDecl(), Candidate, false, Overload->getNameLoc());
    return true;
  }

private:
  void block(SourceLocation Loc, std::string Message) {
    if (!Blocker)
      Blocker = FindingNote{Loc, std::move(Message)};
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

  void check(const NamedDecl *D, const NamedDecl *Found, bool Qualified, SourceLocation Loc) {
    if (Blocker || !D || D->isImplicit() || isWithin(D, Unit))
      return;
    Loc = SM.getFileLoc(Loc);
    if (How == Mode::FromHeaderAnonymousNamespace) {
      bool InAnonymous = false;
      for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
        if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->isAnonymousNamespace())
          InAnonymous = true;
      if (InAnonymous || (isa<FunctionDecl, VarDecl>(D) &&
                          D->getFormalLinkage() == Linkage::Internal))
        block(Loc, "no fix: " + quoted(Unit) + " uses " + quoted(D) +
                       ", which is local to this translation unit; moved out of the anonymous "
                       "namespace of a header it would break the one-definition rule");
      return;
    }
    const NamedDecl *Via = Found ? Found : D;
    if (isa<TemplateTypeParmDecl, NonTypeTemplateParmDecl, TemplateTemplateParmDecl>(D)) {
      block(Loc, "no fix: " + quoted(Unit) + " uses template parameter " + quoted(D) +
                     " of the enclosing template");
      return;
    }
    for (const NamedDecl *Candidate : {Via, D}) {
      if (Candidate->isLocalExternDecl() || Candidate->getParentFunctionOrMethod()) {
        const Decl *Function = enclosingFunction(Candidate);
        block(Loc, "no fix: " + quoted(Unit) + " uses " + quoted(D) + ", declared in " +
                       (Function ? describeFunction(Function) : std::string("a function")));
        return;
      }
    }
    if (Qualified)
      return;
    const DeclContext *Home = isa<UsingShadowDecl>(Via) ? Via->getDeclContext()->getRedeclContext()
                                                        : lookupContext(D);
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Home)) {
      const auto *UnitRecord = dyn_cast<CXXRecordDecl>(Unit);
      if (UnitRecord && UnitRecord->hasDefinition() && UnitRecord->isDerivedFrom(Record))
        return;
      block(Loc, "no fix: " + quoted(Unit) + " uses " + quoted(D) + ", a member of " +
                     quoted(Record) + " found through the enclosing class");
      return;
    }
    if (!visibleFromTarget(Home))
      block(Loc, "no fix: " + quoted(Unit) + " uses " + quoted(D) +
                     ", which would no longer be found by name at namespace scope");
  }

  const TagDecl *Unit;
  const DeclContext *Target;
  SourceLocation InsertLoc;
  Mode How;
  const EvidenceIndex &Index;
  const SourceManager &SM;
  bool QualifiedNext = false;
  llvm::SmallPtrSet<const DeclRefExpr *, 8> AdlCallees;
  std::optional<FindingNote> Blocker;
};

/// Finds declarations other than `Unit` that carry `Name` inside `Root`.
class SameNameFinder : public RecursiveASTVisitor<SameNameFinder> {
public:
  SameNameFinder(const TagDecl *Unit, DeclarationName Name) : Unit(Unit), Name(Name) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool VisitNamedDecl(NamedDecl *D) {
    if (!Found && D->getDeclName() == Name && !isWithin(D, Unit))
      Found = D;
    return !Found;
  }
  const NamedDecl *Found = nullptr;

private:
  const TagDecl *Unit;
  DeclarationName Name;
};

/// The declaration statement of `Function`'s body that declares `Unit`. Searched here rather
/// than through ASTContext::getParents, whose parent map covers the whole TU (every header)
/// and would cost more than the rest of the analysis.
const DeclStmt *findDeclStmt(const Decl *Function, const TagDecl *Unit) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const TagDecl *Unit;
    const DeclStmt *Found = nullptr;
    bool shouldVisitImplicitCode() const { return false; }
    bool VisitDeclStmt(DeclStmt *Statement) {
      if (llvm::is_contained(Statement->decls(), Unit))
        Found = Statement;
      return !Found;
    }
  } Search;
  Search.Unit = Unit;
  if (const Stmt *Body = Function->getBody())
    Search.TraverseStmt(const_cast<Stmt *>(Body));
  return Search.Found;
}

/// The outermost type that must move for `Type` to move: the outermost local class around it
/// (function scope) or the class directly inside the anonymous namespace.
const TagDecl *hoistedUnit(const TagDecl *Type) {
  const TagDecl *Unit = Type;
  while (const auto *Parent = dyn_cast<TagDecl>(Unit->getDeclContext()))
    Unit = Parent;
  return Unit;
}

/// The declaration the moved type is inserted before: the outermost declaration at namespace
/// scope (or in a linkage specification) that contains `D`, with its template header.
const Decl *outermostDeclaration(const Decl *D) {
  const Decl *Current = D;
  while (true) {
    const DeclContext *Parent = Current->getLexicalDeclContext();
    if (Parent->isFileContext() || isa<LinkageSpecDecl, ExportDecl>(Parent))
      break;
    Current = Decl::castFromDeclContext(Parent);
  }
  if (const auto *Function = dyn_cast<FunctionDecl>(Current))
    if (const FunctionTemplateDecl *Template = Function->getDescribedFunctionTemplate())
      return Template;
  if (const auto *Record = dyn_cast<CXXRecordDecl>(Current))
    if (const ClassTemplateDecl *Template = Record->getDescribedClassTemplate())
      return Template;
  return Current;
}

bool inAnonymousNamespace(const DeclContext *DC) {
  for (; DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->isAnonymousNamespace())
      return true;
  return false;
}

std::string describeNamespace(const DeclContext *DC) {
  if (DC->isTranslationUnit())
    return "the global namespace";
  return "namespace '" + cast<NamespaceDecl>(DC)->getQualifiedNameAsString() + "'";
}

} // namespace

HoistPlanner::HoistPlanner(ASTContext &Ctx, const EvidenceIndex &Index)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Index(Index) {}

void HoistPlanner::plan(Finding &F) {
  // A registered specialization of a namespace-scope template (Scope::Argument): what must
  // move is its template argument, whose own finding carries that fix when it has evidence.
  if (F.Where.Argument) {
    F.FixNotes.push_back({SM.getExpansionLoc(F.Where.Argument->getLocation()),
                          "no fix: the registered type is a template specialization; declare "
                          "this template argument at namespace scope"});
    return;
  }
  const TagDecl *Unit = hoistedUnit(F.Type);
  auto [It, Inserted] = Units.try_emplace(Unit);
  if (Inserted) {
    It->second = planUnit(Unit, F.Where);
    if (It->second.Blockers.empty())
      It->second.FixedBy = F.Type;
  }
  const UnitPlan &Plan = It->second;
  if (!Plan.Blockers.empty()) {
    F.FixNotes = Plan.Blockers;
    return;
  }
  if (Plan.FixedBy == F.Type) {
    F.Fix = Plan.Edits;
    return;
  }
  F.FixNotes.push_back({Plan.FixedBy->getLocation(),
                        "the fix for '" + Plan.FixedBy->getNameAsString() + "' moves " +
                            quoted(Unit) + ", and this type with it"});
}

HoistPlanner::UnitPlan HoistPlanner::planUnit(const TagDecl *Unit, const Scope &Where) {
  UnitPlan Plan;
  if (Unit->getName().empty()) {
    Plan.Blockers.push_back({Unit->getLocation(), "no fix: the type has no name to give it at "
                                                  "namespace scope"});
    return Plan;
  }
  if (Unit->getBeginLoc().isMacroID() || Unit->getBraceRange().getEnd().isMacroID() ||
      Unit->getLocation().isMacroID()) {
    Plan.Blockers.push_back({SM.getExpansionLoc(Unit->getLocation()),
                             "no fix: " + quoted(Unit) + " comes from a macro expansion"});
    return Plan;
  }
  switch (Where.Kind) {
  case ScopeKind::Function:
    planFunctionScope(Unit, Where, Plan);
    break;
  case ScopeKind::AnonymousNamespace:
    planAnonymousNamespace(Unit, Plan);
    break;
  case ScopeKind::Unnamed:
    Plan.Blockers.push_back({Unit->getLocation(), "no fix: the type has no name to give it at "
                                                  "namespace scope"});
    break;
  }
  if (!Plan.Blockers.empty())
    Plan.Edits.clear();
  return Plan;
}

bool HoistPlanner::claimName(const DeclContext *Target, llvm::StringRef Name) {
  return ClaimedNames.emplace(Target->getPrimaryContext(), Name.str()).second;
}

std::optional<FindingNote> HoistPlanner::findNameCollision(const TagDecl *Unit,
                                                           const DeclContext *Target,
                                                           const Decl *Outermost) {
  DeclarationName Name = Unit->getDeclName();
  auto Collides = [&](const NamedDecl *Other) {
    SourceLocation Loc = Other->getLocation();
    if (Loc.isValid())
      Loc = SM.getExpansionLoc(Loc);
    return FindingNote{Loc, "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Unit) +
                                " would collide with this declaration of the same name"};
  };
  auto LookupIn = [&](const DeclContext *DC) -> const NamedDecl * {
    for (const NamedDecl *Other : DC->lookup(Name))
      if (!isWithin(Other, Unit))
        return Other;
    return nullptr;
  };
  // Namespace scope: the target and every enclosing namespace, with their anonymous namespaces
  // and the namespaces their using-directives nominate. Something found there would either
  // clash or be shadowed for code after the insertion point.
  for (const DeclContext *DC = Target; DC; DC = DC->getParent()) {
    if (!DC->isFileContext())
      continue;
    if (const NamedDecl *Other = LookupIn(DC))
      return Collides(Other);
    const NamespaceDecl *Anonymous =
        DC->isTranslationUnit() ? cast<TranslationUnitDecl>(DC)->getAnonymousNamespace()
                                : cast<NamespaceDecl>(DC)->getAnonymousNamespace();
    if (Anonymous)
      if (const NamedDecl *Other = LookupIn(Anonymous))
        return Collides(Other);
  }
  for (const UsingDirectiveDecl *Directive : Index.UsingDirectives)
    if (const NamespaceDecl *Nominated = Directive->getNominatedNamespace())
      if (const NamedDecl *Other = LookupIn(Nominated))
        return Collides(Other);
  // Inside the declaration that contains the function: a local of the same name would hide
  // the moved type, or be hidden by it.
  if (Outermost) {
    SameNameFinder Finder(Unit, Name);
    Finder.TraverseDecl(const_cast<Decl *>(Outermost));
    if (Finder.Found)
      return Collides(Finder.Found);
    // Members of classes around the function (and their bases) hide namespace-scope names.
    for (const DeclContext *DC = Unit->getDeclContext(); DC && !DC->isFileContext();
         DC = DC->getParent()) {
      const auto *Record = dyn_cast<CXXRecordDecl>(DC);
      if (!Record || !Record->hasDefinition())
        continue;
      const NamedDecl *Member = LookupIn(Record);
      if (!Member)
        Record->forallBases([&](const CXXRecordDecl *Base) {
          Member = LookupIn(Base);
          return Member == nullptr;
        });
      if (Member)
        return Collides(Member);
    }
  }
  return std::nullopt;
}

void HoistPlanner::planFunctionScope(const TagDecl *Unit, const Scope &Where, UnitPlan &Plan) {
  auto Refuse = [&](SourceLocation Loc, std::string Message) {
    Plan.Blockers.push_back({Loc, std::move(Message)});
  };
  const Decl *Function = Where.Owner;
  if (Function->getLocation().isMacroID()) {
    Refuse(SM.getExpansionLoc(Function->getLocation()),
           "no fix: the enclosing function comes from a macro expansion");
    return;
  }
  const Decl *Outermost = outermostDeclaration(Unit);
  const DeclContext *Target = Outermost->getLexicalDeclContext()->getRedeclContext();
  if (inAnonymousNamespace(Target)) {
    Refuse(Unit->getLocation(),
           "no fix: the enclosing function is itself in an anonymous namespace; moving the type "
           "there would not make it resolvable by name");
    return;
  }
  SourceLocation OutermostBegin = Outermost->getBeginLoc();
  if (OutermostBegin.isMacroID() || SM.getFileID(OutermostBegin) != SM.getFileID(Unit->getBeginLoc())) {
    Refuse(SM.getExpansionLoc(OutermostBegin),
           "no fix: the enclosing declaration comes from a macro expansion or another file");
    return;
  }

  SourceText Text(SM, Ctx.getLangOpts());
  SourceLocation InsertLoc = Text.leadingCommentStart(OutermostBegin);

  if (std::optional<FindingNote> Blocker =
          DependencyChecker(Unit, Target, InsertLoc, DependencyChecker::Mode::FromFunction, Index,
                            SM)
              .run()) {
    Plan.Blockers.push_back(*Blocker);
    return;
  }
  if (std::optional<FindingNote> Collision = findNameCollision(Unit, Target, Outermost)) {
    Plan.Blockers.push_back(*Collision);
    return;
  }

  // The declaration statement that introduces the type: `struct A {...};` moves whole;
  // `struct A {...} a;` leaves `A a;` behind.
  const DeclStmt *Statement = findDeclStmt(Where.Owner, Unit);
  if (!Statement) {
    Refuse(Unit->getLocation(), "no fix: the declaration of " + quoted(Unit) +
                                    " is not a declaration statement of its own");
    return;
  }
  SourceLocation TypeBegin = Unit->getBeginLoc();
  SourceLocation TypeEnd = Unit->getBraceRange().getEnd().getLocWithOffset(1);
  SourceLocation MovedBegin = Text.leadingCommentStart(TypeBegin);
  std::string Moved = Text.text(MovedBegin, TypeEnd).str() + ";";
  std::string FromIndent = Text.indentation(TypeBegin);

  if (Statement->isSingleDecl()) {
    SourceLocation RemoveBegin = MovedBegin;
    SourceLocation RemoveEnd = Statement->getEndLoc().getLocWithOffset(1);
    if (Text.onlySpaceBefore(RemoveBegin) && Text.lineStart(RemoveBegin) != Text.lineStart(OutermostBegin)) {
      // Take the lines from the end of the previous non-blank line: the whitespace before the
      // next token stays as it is, which clang-tidy's cleanup of replacements relies on.
      RemoveBegin = Text.lineStart(RemoveBegin);
      while (Text.blankLineBefore(RemoveBegin))
        RemoveBegin = Text.lineStart(RemoveBegin.getLocWithOffset(-1));
      RemoveBegin = RemoveBegin.getLocWithOffset(-1);
    }
    Plan.Edits.push_back(
        FixItHint::CreateRemoval(CharSourceRange::getCharRange(RemoveBegin, RemoveEnd)));
  } else {
    Plan.Edits.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(TypeBegin, TypeEnd), Unit->getName()));
  }

  std::string Insertion;
  if (Text.onlySpaceBefore(InsertLoc)) {
    std::string ToIndent = Text.indentation(InsertLoc);
    Insertion = SourceText::reindent(Moved, FromIndent, ToIndent) + "\n\n";
    InsertLoc = Text.lineStart(InsertLoc);
  } else {
    Insertion = SourceText::reindent(Moved, FromIndent, "") + "\n";
  }
  // Insert first: a fix's edits are applied in order, and the insertion is earlier in the file.
  Plan.Edits.insert(Plan.Edits.begin(), FixItHint::CreateInsertion(InsertLoc, Insertion));
  claimName(Target, Unit->getName());
}

void HoistPlanner::planAnonymousNamespace(const TagDecl *Unit, UnitPlan &Plan) {
  auto Refuse = [&](SourceLocation Loc, std::string Message) {
    Plan.Blockers.push_back({Loc, std::move(Message)});
  };
  const auto *Namespace = dyn_cast<NamespaceDecl>(Unit->getLexicalDeclContext());
  if (!Namespace || !Namespace->isAnonymousNamespace()) {
    Refuse(Unit->getLocation(), "no fix: " + quoted(Unit) +
                                    " is not directly inside the anonymous namespace");
    return;
  }
  const DeclContext *Target = Namespace->getParent()->getRedeclContext();
  if (inAnonymousNamespace(Target)) {
    Refuse(Namespace->getBeginLoc(), "no fix: the anonymous namespace is itself inside an "
                                     "anonymous namespace");
    return;
  }
  if (Namespace->getBeginLoc().isMacroID() || Namespace->getRBraceLoc().isMacroID()) {
    Refuse(SM.getExpansionLoc(Namespace->getBeginLoc()),
           "no fix: the anonymous namespace comes from a macro expansion");
    return;
  }
  for (const TagDecl *Redecl : Unit->redecls())
    if (Redecl != Unit) {
      Refuse(Redecl->getLocation(), "no fix: this other declaration of " + quoted(Unit) +
                                        " would stay in the anonymous namespace");
      return;
    }
  // Members defined outside the class body must be in a namespace that encloses the class.
  for (const Decl *Member : cast<DeclContext>(Unit)->decls()) {
    const auto *Named = dyn_cast<NamedDecl>(Member);
    if (!Named || !isa<FunctionDecl, VarDecl, FunctionTemplateDecl>(Named))
      continue;
    for (const Decl *Redecl : Named->redecls())
      if (Redecl->getLexicalDeclContext() != Redecl->getDeclContext()) {
        Refuse(Redecl->getLocation(), "no fix: " + quoted(Named) +
                                          " is defined outside the class, in the anonymous "
                                          "namespace");
        return;
      }
  }
  // Free serialization functions are found by argument-dependent lookup in the type's own
  // namespace; left behind in the anonymous namespace they would no longer be found.
  for (const auto &[Type, Evidences] : Index.ByType) {
    if (!isWithin(Type, Unit))
      continue;
    for (const Evidence &E : Evidences) {
      const auto *Function = dyn_cast_or_null<FunctionDecl>(E.Source);
      if (!Function || isa<CXXMethodDecl>(Function) ||
          Function->getFriendObjectKind() != Decl::FOK_None ||
          !inAnonymousNamespace(Function->getDeclContext()))
        continue;
      Refuse(E.Loc, "no fix: " + quoted(Function) + " for " + quoted(Type) +
                        " would stay in the anonymous namespace, where argument-dependent "
                        "lookup no longer finds it for the moved type");
      return;
    }
  }
  SourceText Text(SM, Ctx.getLangOpts());
  if (!SM.isInMainFile(SM.getExpansionLoc(Unit->getLocation())))
    if (std::optional<FindingNote> Blocker =
            DependencyChecker(Unit, Target, Unit->getBeginLoc(),
                              DependencyChecker::Mode::FromHeaderAnonymousNamespace, Index, SM)
                .run()) {
      Plan.Blockers.push_back(*Blocker);
      return;
    }
  if (std::optional<FindingNote> Collision = findNameCollision(Unit, Target, nullptr)) {
    Plan.Blockers.push_back(*Collision);
    return;
  }

  // Which declarations of this namespace block stay before and after the type.
  bool HasBefore = false, HasAfter = false, SeenUnit = false;
  SourceLocation UnitEnd = Unit->getBraceRange().getEnd();
  for (const Decl *Member : Namespace->decls()) {
    if (Member->isImplicit())
      continue;
    if (Member == Unit) {
      SeenUnit = true;
      continue;
    }
    if (!SeenUnit) {
      HasBefore = true;
      continue;
    }
    if (SM.isBeforeInTranslationUnit(Member->getBeginLoc(), UnitEnd)) {
      Refuse(Member->getLocation(), "no fix: " + quoted(Unit) +
                                        " is defined in the same declaration as this one");
      return;
    }
    HasAfter = true;
  }

  std::optional<SourceLocation> AfterSemi = Text.afterNextToken(UnitEnd, tok::semi);
  std::optional<SourceLocation> LBrace = Text.findToken(Namespace->getBeginLoc(), tok::l_brace);
  SourceLocation RBrace = Namespace->getRBraceLoc();
  SourceLocation TypeBegin = Text.leadingCommentStart(Unit->getBeginLoc());
  auto OwnLines = [&](SourceLocation Begin, SourceLocation End) {
    return Text.onlySpaceBefore(Begin) && Text.onlySpaceOrCommentAfter(End);
  };
  if (!AfterSemi || !LBrace || !OwnLines(TypeBegin, *AfterSemi) ||
      !OwnLines(Namespace->getBeginLoc(), LBrace->getLocWithOffset(1)) ||
      !OwnLines(RBrace, RBrace.getLocWithOffset(1))) {
    Refuse(Unit->getLocation(), "no fix: " + quoted(Unit) +
                                    " shares its lines with other code of the anonymous "
                                    "namespace");
    return;
  }

  std::string Indent = Text.indentation(Namespace->getBeginLoc());
  std::string Moved = SourceText::reindent(Text.text(TypeBegin, *AfterSemi),
                                           Text.indentation(TypeBegin), Indent);
  // The type's lines, with the blank lines around it (the split adds its own spacing).
  SourceLocation RemoveBegin = Text.lineStart(TypeBegin);
  SourceLocation RemoveEnd = Text.nextLineStart(*AfterSemi);
  while (Text.blankLineBefore(RemoveBegin))
    RemoveBegin = Text.lineStart(RemoveBegin.getLocWithOffset(-1));
  while (Text.blankLineAfter(RemoveEnd.getLocWithOffset(-1)))
    RemoveEnd = Text.nextLineStart(RemoveEnd);

  std::string Replacement;
  if (HasBefore)
    Replacement += Indent + "} // namespace\n\n";
  Replacement += Moved + "\n";
  if (HasAfter)
    Replacement += "\n" + Indent + "namespace {\n";

  if (!HasBefore) {
    SourceLocation OpenEnd = Text.nextLineStart(*LBrace);
    // Blank lines between the opening and the type go with the opening.
    if (SM.isBeforeInTranslationUnit(RemoveBegin, OpenEnd))
      RemoveBegin = OpenEnd;
    Plan.Edits.push_back(FixItHint::CreateRemoval(
        CharSourceRange::getCharRange(Text.lineStart(Namespace->getBeginLoc()), OpenEnd)));
  }
  Plan.Edits.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(RemoveBegin, RemoveEnd), Replacement));
  if (!HasAfter) {
    SourceLocation CloseBegin = Text.lineStart(RBrace);
    if (SM.isBeforeInTranslationUnit(CloseBegin, RemoveEnd))
      CloseBegin = RemoveEnd;
    SourceLocation CloseEnd = Text.nextLineStart(RBrace);
    // Drop the blank line the closing brace leaves behind when the namespace ends the block.
    Plan.Edits.push_back(
        FixItHint::CreateRemoval(CharSourceRange::getCharRange(CloseBegin, CloseEnd)));
  }
  claimName(Target, Unit->getName());
}

} // namespace serialscope
