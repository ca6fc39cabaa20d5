//===- HoistPlanner.cpp ---------------------------------------------------===//
#include "HoistPlanner.h"
#include "ProjectNames.h"
#include "ScopeClassifier.h"
#include "SourceText.h"
#include "TypeRenamer.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Path.h"
#include <functional>

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
  // Lexically: the parameters of a friend function defined in the class are inside it.
  for (const DeclContext *DC = D->getLexicalDeclContext(); DC; DC = DC->getLexicalParent())
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

const TagDecl *hoistedUnit(const TagDecl *Type);

/// What kind of function-local entity `D` is, for refusal notes.
std::string describeLocal(const NamedDecl *D) {
  if (isa<BindingDecl>(D))
    return "the structured binding";
  if (const auto *Var = dyn_cast<VarDecl>(D)) {
    if (Var->isStaticLocal())
      return "the static local variable";
    if (Var->getType().isConstQualified())
      return "the local constant";
    if (isa<ParmVarDecl>(Var))
      return "the parameter";
    return "the local variable";
  }
  if (isa<EnumConstantDecl>(D))
    return "the local enumerator";
  if (isa<TypedefNameDecl>(D))
    return "the local type alias";
  if (isa<TagDecl>(D))
    return "the local type";
  if (isa<FunctionDecl>(D))
    return "the local function declaration";
  return "the local entity";
}

/// The declaration a type written in the source names (`Found`: the using-declaration it was
/// found through, if any); false for types that name none (builtins, pointers, ...).
bool namesDeclaration(TypeLoc TL, const NamedDecl *&Named, const NamedDecl *&Found) {
  if (auto Typedef = TL.getAs<TypedefTypeLoc>())
    Named = Typedef.getTypedefNameDecl();
  else if (auto Tag = TL.getAs<TagTypeLoc>())
    Named = Tag.getDecl();
  else if (auto Injected = TL.getAs<InjectedClassNameTypeLoc>())
    Named = Injected.getDecl();
  else if (auto Param = TL.getAs<TemplateTypeParmTypeLoc>())
    Named = Param.getDecl();
  else if (auto Using = TL.getAs<UsingTypeLoc>())
    Named = Found = Using.getFoundDecl();
  else if (auto Spec = TL.getAs<TemplateSpecializationTypeLoc>())
    Named = Spec.getTypePtr()->getTemplateName().getAsTemplateDecl();
  else if (auto Deduced = TL.getAs<DeducedTemplateSpecializationTypeLoc>())
    Named = Deduced.getTypePtr()->getTemplateName().getAsTemplateDecl();
  else
    return false;
  return true;
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

  DependencyChecker(const NamedDecl *Unit, const DeclContext *Target, SourceLocation InsertLoc,
                    Mode How, const EvidenceIndex &Index, const SourceManager &SM)
      : Unit(Unit), Target(Target), InsertLoc(InsertLoc), How(How), Index(Index), SM(SM) {}

  std::optional<FindingNote> run() {
    TraverseDecl(const_cast<NamedDecl *>(Unit));
    return Blocker;
  }

  /// Local types the type uses are collected here instead of blocking: they can move first.
  void collectLocalTypes(std::vector<const TagDecl *> &Into) { LocalTypes = &Into; }
  /// Local type aliases (`using`, `typedef`) it uses are collected here: they can move first.
  void collectLocalAliases(std::vector<const TypedefNameDecl *> &Into) { LocalAliases = &Into; }
  /// Private and protected members of other classes the type uses are collected here: at
  /// namespace scope it no longer has the access its function gave it.
  void collectNonPublic(std::vector<const NamedDecl *> &Into) { NonPublic = &Into; }
  /// Template parameters of enclosing templates the type uses are collected here instead of
  /// blocking: the moved type becomes a template over them.
  void collectTemplateParams(std::vector<const NamedDecl *> &Into) { TemplateParams = &Into; }

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
    if (!namesDeclaration(TL, Named, Found))
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

  bool VisitMemberExpr(MemberExpr *Member) {
    checkAccess(Member->getMemberDecl());
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

  void checkAccess(const NamedDecl *D) {
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

  void check(const NamedDecl *D, const NamedDecl *Found, bool Qualified, SourceLocation Loc) {
    if (Blocker || !D || D->isImplicit() || isWithin(D, Unit))
      return;
    checkAccess(D);
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
      if (TemplateParams && D->getIdentifier()) {
        if (!llvm::is_contained(*TemplateParams, D))
          TemplateParams->push_back(D);
        return;
      }
      block(Loc, "no fix: " + quoted(Unit) + " uses template parameter " + quoted(D) +
                     " of the enclosing template");
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
        block(Loc, "no fix: " + quoted(Unit) + " uses " + describeLocal(D) + " " + quoted(D) +
                       ", declared in " +
                       (Function ? describeFunction(Function) : std::string("a function")));
        return;
      }
    }
    // The moved type comes before the declaration that contained it: what it names must be
    // declared there already (the enclosing class itself is not).
    bool DeclaredAfter =
        How == Mode::FromFunction && !isa<NamespaceDecl>(D) &&
        llvm::none_of(D->redecls(), [&](const Decl *Redecl) {
          SourceLocation Begin = Redecl->getBeginLoc();
          return Begin.isValid() && SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Begin),
                                                                 InsertLoc);
        });
    auto BlockAfter = [&] {
      block(Loc, "no fix: " + quoted(Unit) + " uses " + quoted(D) +
                     ", which is declared only after the place the type would move to");
    };
    if (Qualified) {
      if (DeclaredAfter)
        BlockAfter();
      return;
    }
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
    if (DeclaredAfter) {
      BlockAfter();
      return;
    }
    if (!visibleFromTarget(Home))
      block(Loc, "no fix: " + quoted(Unit) + " uses " + quoted(D) +
                     ", which would no longer be found by name at namespace scope");
  }

  const NamedDecl *Unit;
  const DeclContext *Target;
  SourceLocation InsertLoc;
  Mode How;
  const EvidenceIndex &Index;
  const SourceManager &SM;
  bool QualifiedNext = false;
  std::vector<const TagDecl *> *LocalTypes = nullptr;
  std::vector<const TypedefNameDecl *> *LocalAliases = nullptr;
  std::vector<const NamedDecl *> *TemplateParams = nullptr;
  std::vector<const NamedDecl *> *NonPublic = nullptr;
  llvm::SmallPtrSet<const DeclRefExpr *, 8> AdlCallees;
  std::optional<FindingNote> Blocker;
};

/// The class template `D` is the pattern or a specialization of, if any: declarations of
/// that template carry the same name and live in the same namespace as `D`.
const ClassTemplateDecl *classTemplateOf(const Decl *D) {
  const auto *Record = dyn_cast<CXXRecordDecl>(D);
  if (!Record)
    return nullptr;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    return Spec->getSpecializedTemplate();
  return Record->getDescribedClassTemplate();
}

/// Whether text at indentation `Indent` is unchanged when re-based to `Indent`: then a split of
/// an anonymous namespace can leave it where it is and edit only the braces around it.
bool staysInPlace(llvm::StringRef Text, llvm::StringRef Indent) {
  return SourceText::reindent(Text, Indent, Indent) == (Indent + Text).str();
}

/// Finds a name `Unit` uses without qualification that its anonymous namespace declares and
/// that `Target` declares too. Inside the anonymous namespace, lookup stops at its own
/// declaration; from `Target`, it finds both (the anonymous namespace's members count as
/// members of `Target`), which is ambiguous or, for functions, another overload set.
class HiddenNameFinder : public RecursiveASTVisitor<HiddenNameFinder> {
public:
  HiddenNameFinder(const TagDecl *Unit, const NamespaceDecl *Anonymous,
                   const DeclContext *Target)
      : Unit(Unit), Anonymous(Anonymous), Target(Target) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (!Ref->hasQualifier())
      check(Ref->getDecl(), Ref->getLocation());
    return !Found;
  }
  bool VisitTypeLoc(TypeLoc TL) {
    const NamedDecl *Named = nullptr, *Found = nullptr;
    if (namesDeclaration(TL, Named, Found) && Named)
      check(Found ? Found : Named, TL.getBeginLoc());
    return !Found;
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc) { return true; }
  bool TraverseElaboratedTypeLoc(ElaboratedTypeLoc TL) {
    // A qualified name is not looked up from the type's scope.
    return TL.getQualifierLoc() ? true : TraverseTypeLoc(TL.getNamedTypeLoc());
  }

  const NamedDecl *Found = nullptr;
  SourceLocation FoundAt;

private:
  void check(const NamedDecl *D, SourceLocation Loc) {
    if (Found || !D || !D->getDeclName() || isWithin(D, Unit) ||
        D->getDeclContext()->getRedeclContext() != Anonymous)
      return;
    if (Target->lookup(D->getDeclName()).empty())
      return;
    Found = D;
    FoundAt = Loc;
  }

  const TagDecl *Unit;
  const NamespaceDecl *Anonymous;
  const DeclContext *Target;
};

/// Finds declarations other than `Unit` that carry `Name` inside `Root`.
class SameNameFinder : public RecursiveASTVisitor<SameNameFinder> {
public:
  SameNameFinder(const NamedDecl *Unit, DeclarationName Name) : Unit(Unit), Name(Name) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool VisitNamedDecl(NamedDecl *D) {
    // The type's own forward declarations are the type, not another entity.
    if (const auto *Tag = dyn_cast<TagDecl>(D);
        Tag && isa<TagDecl>(Unit) && Tag->getCanonicalDecl() == Unit->getCanonicalDecl())
      return true;
    if (!Found && D->getDeclName() == Name && !isWithin(D, Unit))
      Found = D;
    return !Found;
  }
  const NamedDecl *Found = nullptr;

private:
  const NamedDecl *Unit;
  DeclarationName Name;
};

/// The declaration statement of `Function`'s body that declares `Unit`. Searched here rather
/// than through ASTContext::getParents, whose parent map covers the whole TU (every header)
/// and would cost more than the rest of the analysis.
const DeclStmt *findDeclStmt(const Decl *Function, const Decl *Unit) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const Decl *Unit;
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

/// Just past the attributes written after `Unit`'s closing brace (`} __attribute__((packed))`,
/// or a macro expanding to attributes of `Unit`), else just past the brace. They belong to the
/// type: left behind, the moved type would change its layout (or not compile).
SourceLocation trailingAttributesEnd(const TagDecl *Unit, const SourceManager &SM,
                                     const LangOptions &LangOpts) {
  SourceLocation End = Unit->getBraceRange().getEnd().getLocWithOffset(1);
  Token Tok;
  auto Next = [&](SourceLocation Loc) {
    return !Lexer::getRawToken(Loc, Tok, SM, LangOpts, /*IgnoreWhiteSpace=*/true) &&
           !Tok.is(tok::eof);
  };
  // Just past the parenthesized group that starts at `Loc`, if one does.
  auto SkipParens = [&](SourceLocation Loc) -> std::optional<SourceLocation> {
    int Depth = 0;
    for (int Guard = 0; Guard < 4096 && Next(Loc); ++Guard) {
      if (Tok.is(tok::l_paren))
        ++Depth;
      else if (Tok.is(tok::r_paren))
        --Depth;
      else if (Depth == 0)
        return std::nullopt;
      Loc = Tok.getEndLoc();
      if (Depth == 0)
        return Loc;
    }
    return std::nullopt;
  };
  while (Next(End) && Tok.is(tok::raw_identifier)) {
    llvm::StringRef Name = Tok.getRawIdentifier();
    SourceLocation After = Tok.getEndLoc();
    if (Name == "__attribute__" || Name == "__attribute" || Name == "__declspec") {
      std::optional<SourceLocation> Close = SkipParens(After);
      if (!Close)
        break;
      End = *Close;
      continue;
    }
    // A macro spelling some of the type's attributes (`PACKED`, `ALIGNED(8)`).
    SourceLocation MacroLoc = Tok.getLocation();
    const Attr *FromMacro = nullptr;
    for (const Attr *A : Unit->attrs())
      if (A->getLocation().isMacroID() &&
          SM.getExpansionRange(A->getLocation()).getBegin() == MacroLoc)
        FromMacro = A;
    if (!FromMacro)
      break;
    End = Lexer::getLocForEndOfToken(SM.getExpansionRange(FromMacro->getLocation()).getEnd(), 0,
                                     SM, LangOpts);
  }
  return End;
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
    // A lambda's closure type lives in the scope around the lambda expression, so its
    // context is the declaration the lambda is written in (`auto f = [] {...};`).
    if (const auto *Closure = dyn_cast<CXXRecordDecl>(Current); Closure && Closure->isLambda()) {
      if (const Decl *Context = Closure->getLambdaContextDecl()) {
        Current = Context;
        continue;
      }
      const DeclContext *Parent = Closure->getLexicalDeclContext();
      for (const Decl *Sibling : Parent->decls())
        if (Sibling != Closure && !Sibling->isImplicit() &&
            Sibling->getSourceRange().fullyContains(Closure->getSourceRange())) {
          Current = Sibling;
          break;
        }
      if (Current != Closure)
        continue;
    }
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
  if (const auto *Var = dyn_cast<VarDecl>(Current))
    if (const VarTemplateDecl *Template = Var->getDescribedVarTemplate())
      return Template;
  return Current;
}

/// A name for a moved type whose own name is taken: the names of the function around it
/// (with its class) before the type's: `parse_Point`, `Reader_load_Point`.
std::string derivedName(const TagDecl *Unit, const Decl *Outermost) {
  std::vector<std::string> Parts;
  for (const DeclContext *DC = Unit->getDeclContext(); DC && !DC->isFileContext();
       DC = DC->getParent()) {
    if (const auto *Record = dyn_cast<CXXRecordDecl>(DC)) {
      if (!Record->isLambda() && Record->getIdentifier())
        Parts.push_back(Record->getName().str());
    } else if (const auto *Function = dyn_cast<FunctionDecl>(DC)) {
      if (!isa<CXXConstructorDecl, CXXDestructorDecl>(Function) && Function->getIdentifier())
        Parts.push_back(Function->getName().str());
    }
  }
  // A lambda at namespace scope: the variable it initializes.
  if (Parts.empty())
    if (const auto *Named = dyn_cast<NamedDecl>(Outermost); Named && Named->getIdentifier())
      Parts.push_back(Named->getName().str());
  std::string Name;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It)
    Name += *It + "_";
  return Name + Unit->getName().str();
}

/// Removes a declaration statement that moves: from `MovedBegin` (its leading comments) to its
/// semicolon `Semi`, with the lines it leaves empty.
FixItHint statementRemoval(const SourceText &Text, SourceLocation MovedBegin, SourceLocation Semi,
                           SourceLocation OutermostBegin) {
  SourceLocation RemoveBegin = MovedBegin;
  SourceLocation RemoveEnd = Semi.getLocWithOffset(1);
  if (Text.onlySpaceBefore(RemoveBegin) &&
      Text.lineStart(RemoveBegin) != Text.lineStart(OutermostBegin)) {
    // Take the lines from the end of the previous non-blank line: the whitespace before the
    // next token stays as it is, which clang-tidy's cleanup of replacements relies on.
    RemoveBegin = Text.lineStart(RemoveBegin);
    while (Text.blankLineBefore(RemoveBegin))
      RemoveBegin = Text.lineStart(RemoveBegin.getLocWithOffset(-1));
    RemoveBegin = RemoveBegin.getLocWithOffset(-1);
  }
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(RemoveBegin, RemoveEnd));
}

/// The text that puts `Moved` (indented by `FromIndent` in the function) before the outermost
/// declaration, whose leading comments start at `InsertLoc`, and where it goes.
void insertionBefore(const SourceText &Text, llvm::StringRef Moved, llvm::StringRef FromIndent,
                     SourceLocation InsertLoc, std::string &InsertText, SourceLocation &At) {
  if (Text.onlySpaceBefore(InsertLoc)) {
    InsertText = SourceText::reindent(Moved, FromIndent, Text.indentation(InsertLoc)) + "\n\n";
    At = Text.lineStart(InsertLoc);
  } else {
    InsertText = SourceText::reindent(Moved, FromIndent, "") + "\n";
    At = InsertLoc;
  }
}

/// Whether a macro expansion spells part of `D` (a name or expression in its type).
bool spelledWithMacro(const Decl *D) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitTypeLoc(TypeLoc TL) {
      Found |= TL.getBeginLoc().isMacroID() || TL.getEndLoc().isMacroID();
      return !Found;
    }
    bool VisitStmt(Stmt *S) {
      Found |= S->getBeginLoc().isMacroID() || S->getEndLoc().isMacroID();
      return !Found;
    }
  } Search;
  Search.TraverseDecl(const_cast<Decl *>(D));
  return Search.Found;
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

HoistPlanner::HoistPlanner(ASTContext &Ctx, const EvidenceIndex &Index,
                           const std::set<std::string> &Reserved)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), Index(Index), Reserved(Reserved) {}

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
  if (!Units.count(Unit)) {
    // An anonymous namespace block is planned whole: types that move out of it next to each
    // other must share one split of the namespace.
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(Unit->getLexicalDeclContext());
        F.Where.Kind == ScopeKind::AnonymousNamespace && Namespace &&
        Namespace->isAnonymousNamespace())
      planAnonymousBlock(Namespace);
    else if (F.Where.Kind == ScopeKind::Function)
      planFunctionGroup(outermostDeclaration(Unit));
    if (!Units.count(Unit))
      Units[Unit] = planUnit(Unit, F.Where);
  }
  const TagDecl *Lead = Unit;
  while (Units[Lead].MovedBy)
    Lead = Units[Lead].MovedBy;
  UnitPlan &Plan = Units[Unit];
  if (!Plan.Blockers.empty()) {
    F.FixNotes = Plan.Blockers;
    return;
  }
  // What the fix does beyond moving (a new name): said on the unit's first finding.
  llvm::append_range(F.FixNotes, Plan.Notes);
  Plan.Notes.clear();
  UnitPlan &LeadPlan = Units[Lead];
  if (!LeadPlan.FixedBy || LeadPlan.FixedBy == F.Type) {
    LeadPlan.FixedBy = F.Type;
    F.Fix = LeadPlan.Edits;
    // Every type this fix moves: the lead's unit and the units moved with it.
    for (const auto &[Moved, MovedPlan] : Units) {
      if (!MovedPlan.Blockers.empty() || MovedPlan.HoistedName.empty())
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
  std::string Message =
      Unit == F.Type
          ? Fixer + " moves this type too: " +
                (F.Where.Kind == ScopeKind::Function
                     ? std::string("both go before the same declaration")
                     : std::string("they leave the anonymous namespace together"))
          : Fixer + " moves " + quoted(Unit) + ", and this type with it";
  F.FixNotes.push_back({LeadPlan.FixedBy->getLocation(), Message});
}

std::optional<FindingNote> HoistPlanner::unitBlocker(const TagDecl *Unit) {
  if (Unit->getName().empty())
    return FindingNote{Unit->getLocation(), "no fix: the type has no name to give it at "
                                            "namespace scope"};
  if (Unit->getBeginLoc().isMacroID() || Unit->getBraceRange().getEnd().isMacroID() ||
      Unit->getLocation().isMacroID())
    return FindingNote{SM.getExpansionLoc(Unit->getLocation()),
                       "no fix: " + quoted(Unit) + " comes from a macro expansion"};
  return std::nullopt;
}

HoistPlanner::UnitPlan HoistPlanner::planUnit(const TagDecl *Unit, const Scope &Where) {
  UnitPlan Plan;
  if (std::optional<FindingNote> Note = unitBlocker(Unit)) {
    Plan.Blockers.push_back(*Note);
    return Plan;
  }
  switch (Where.Kind) {
  case ScopeKind::Function:
    planFunctionScope(Unit, Where, Plan);
    break;
  case ScopeKind::AnonymousNamespace:
    Plan.Blockers.push_back({Unit->getLocation(), "no fix: " + quoted(Unit) +
                                                      " is not directly inside the anonymous "
                                                      "namespace"});
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

/// How a collision with a reserved name ends; the rename note says the same.
static constexpr llvm::StringLiteral InAnotherUnit =
    "would collide with a declaration of the same name in another translation unit of the "
    "project";

std::optional<std::string> HoistPlanner::reservedCollision(const DeclContext *Target,
                                                           llvm::StringRef Name) const {
  if (Reserved.empty())
    return std::nullopt;
  for (const DeclContext *DC = Target; DC; DC = DC->getParent()) {
    if (!DC->isFileContext())
      continue;
    std::string Qualified = qualifiedNameIn(DC, Name);
    if (Reserved.count(Qualified))
      return Qualified;
  }
  return std::nullopt;
}

const NamedDecl *HoistPlanner::sameNameDeclaration(const NamedDecl *Moved,
                                                   const DeclContext *Target,
                                                   const Decl *Outermost,
                                                   DeclarationName Name) const {
  // A class template is found by its template's name: that declaration is the type itself.
  const ClassTemplateDecl *OwnTemplate = classTemplateOf(Moved);
  auto LookupIn = [&](const DeclContext *DC) -> const NamedDecl * {
    for (const NamedDecl *Other : DC->lookup(Name))
      if (!isWithin(Other, Moved) &&
          !(OwnTemplate && Other->getCanonicalDecl() == OwnTemplate->getCanonicalDecl()))
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
      return Other;
    const NamespaceDecl *Anonymous =
        DC->isTranslationUnit() ? cast<TranslationUnitDecl>(DC)->getAnonymousNamespace()
                                : cast<NamespaceDecl>(DC)->getAnonymousNamespace();
    if (Anonymous)
      if (const NamedDecl *Other = LookupIn(Anonymous))
        return Other;
  }
  for (const UsingDirectiveDecl *Directive : Index.UsingDirectives)
    if (const NamespaceDecl *Nominated = Directive->getNominatedNamespace())
      if (const NamedDecl *Other = LookupIn(Nominated))
        return Other;
  // Inside the declaration that contains the function: a local of the same name would hide
  // the moved type, or be hidden by it.
  if (Outermost) {
    SameNameFinder Finder(Moved, Name);
    Finder.TraverseDecl(const_cast<Decl *>(Outermost));
    if (Finder.Found)
      return Finder.Found;
    // Members of classes around the function (and their bases) hide namespace-scope names.
    for (const DeclContext *DC = Moved->getDeclContext(); DC && !DC->isFileContext();
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
        return Member;
    }
  }
  return nullptr;
}

std::optional<FindingNote> HoistPlanner::findNameCollision(const TagDecl *Unit,
                                                           const DeclContext *Target,
                                                           const Decl *Outermost,
                                                           llvm::StringRef NewName) {
  DeclarationName Name =
      NewName.empty() ? Unit->getDeclName() : DeclarationName(&Ctx.Idents.get(NewName));
  auto Collides = [&](const NamedDecl *Other) {
    SourceLocation Loc = Other->getLocation();
    if (Loc.isValid())
      Loc = SM.getExpansionLoc(Loc);
    return FindingNote{Loc, "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Unit) +
                                " would collide with this declaration of the same name"};
  };
  // Another type this run moves to the same namespace.
  if (ClaimedNames.count({Target->getPrimaryContext(), Name.getAsString()}))
    return FindingNote{SM.getExpansionLoc(Unit->getLocation()),
                       "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Unit) +
                           " would collide with another type of the same name moved there"};
  if (const NamedDecl *Other = sameNameDeclaration(Unit, Target, Outermost, Name))
    return Collides(Other);
  // Another translation unit of the project declares (or moves a type to) this name: two
  // different types of one name in one program break the one-definition rule.
  if (reservedCollision(Target, Name.getAsString()))
    return FindingNote{SM.getExpansionLoc(Unit->getLocation()),
                       "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Unit) +
                           " " + InAnotherUnit.str()};
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

  DependencyChecker Checker(Unit, Target, InsertLoc, DependencyChecker::Mode::FromFunction, Index,
                            SM);
  Checker.collectLocalTypes(Plan.Deps);
  Checker.collectLocalAliases(Plan.AliasDeps);
  std::vector<const NamedDecl *> Params;
  Checker.collectTemplateParams(Params);
  std::vector<const NamedDecl *> NonPublic;
  Checker.collectNonPublic(NonPublic);
  if (std::optional<FindingNote> Blocker = Checker.run()) {
    Plan.Blockers.push_back(*Blocker);
    return;
  }
  // Keep the name unless it would collide; then derive one from the function's name.
  std::string NewName = Unit->getName().str();
  std::optional<FindingNote> Collision = findNameCollision(Unit, Target, Outermost, "");
  if (Collision) {
    std::string Base = derivedName(Unit, Outermost);
    NewName = Base;
    for (int Counter = 2; findNameCollision(Unit, Target, Outermost, NewName); ++Counter) {
      if (Counter > 9) {
        Plan.Blockers.push_back(*Collision);
        return;
      }
      NewName = Base + "_" + std::to_string(Counter);
    }
  }
  bool Renamed = NewName != Unit->getName();
  Plan.Renamed = Renamed;

  // The declaration statement that introduces the type: `struct A {...};` moves whole;
  // `struct A {...} a;` leaves `A a;` behind.
  const DeclStmt *Statement = findDeclStmt(Where.Owner, Unit);
  if (!Statement) {
    Refuse(Unit->getLocation(), "no fix: the declaration of " + quoted(Unit) +
                                    " is not a declaration statement of its own");
    return;
  }
  // A forward declaration of the type in the function (`struct Node;`) would declare another,
  // never defined, local type once the type has moved: it goes. (An elaborated type specifier
  // in another declaration, `struct Node *p;`, finds the moved type and stays.)
  std::vector<FixItHint> ForwardRemovals;
  for (const TagDecl *Redecl : Unit->redecls()) {
    const Decl *Home = enclosingFunction(Redecl);
    if (Redecl == Unit || !Home)
      continue;
    const DeclStmt *Forward = findDeclStmt(Home, Redecl);
    if (!Forward)
      continue;
    if (!Forward->isSingleDecl() || Forward->getBeginLoc().isMacroID() ||
        Forward->getEndLoc().isMacroID()) {
      Refuse(SM.getExpansionLoc(Redecl->getLocation()),
             "no fix: this forward declaration of " + quoted(Unit) +
                 " would stay in the function and declare another type");
      return;
    }
    ForwardRemovals.push_back(
        statementRemoval(Text, Redecl->getBeginLoc(), Forward->getEndLoc(), OutermostBegin));
  }
  auto InForwardRemoval = [&](SourceLocation Loc) {
    return llvm::any_of(ForwardRemovals, [&](const FixItHint &Removal) {
      return !SM.isBeforeInTranslationUnit(Loc, Removal.RemoveRange.getBegin()) &&
             SM.isBeforeInTranslationUnit(Loc, Removal.RemoveRange.getEnd());
    });
  };

  SourceLocation TypeBegin = Unit->getBeginLoc();
  SourceLocation TypeEnd = trailingAttributesEnd(Unit, SM, Ctx.getLangOpts());
  SourceLocation MovedBegin = Text.leadingCommentStart(TypeBegin, /*StopAtNolint=*/true);
  std::string Moved = Text.text(MovedBegin, TypeEnd).str();
  std::string FromIndent = Text.indentation(TypeBegin);

  // Uses of the enclosing templates' parameters: the moved type becomes a template over
  // exactly those, and the function names it with them as arguments.
  std::string TemplateHeader, TemplateArgs;
  Plan.Templated = !Params.empty();
  if (!Params.empty()) {
    auto Position = [](const NamedDecl *P) -> std::pair<unsigned, unsigned> {
      if (const auto *Type = dyn_cast<TemplateTypeParmDecl>(P))
        return {Type->getDepth(), Type->getIndex()};
      if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(P))
        return {Value->getDepth(), Value->getIndex()};
      const auto *Template = cast<TemplateTemplateParmDecl>(P);
      return {Template->getDepth(), Template->getIndex()};
    };
    llvm::sort(Params, [&](const NamedDecl *A, const NamedDecl *B) {
      return Position(A) < Position(B);
    });
    for (const NamedDecl *Param : Params) {
      SourceLocation Begin = Param->getBeginLoc(), NameLoc = Param->getLocation();
      if (Begin.isMacroID() || NameLoc.isMacroID()) {
        Refuse(Unit->getLocation(), "no fix: " + quoted(Unit) + " uses template parameter " +
                                        quoted(Param) + ", which a macro declares");
        return;
      }
      // The parameter as declared, without its default argument.
      std::string Declared =
          Text.text(Begin, NameLoc.getLocWithOffset(Param->getName().size())).str();
      bool Pack = false;
      if (const auto *Type = dyn_cast<TemplateTypeParmDecl>(Param))
        Pack = Type->isParameterPack();
      else if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param))
        Pack = Value->isParameterPack();
      else
        Pack = cast<TemplateTemplateParmDecl>(Param)->isParameterPack();
      TemplateHeader += (TemplateHeader.empty() ? "" : ", ") + Declared;
      TemplateArgs += (TemplateArgs.empty() ? "" : ", ") + Param->getName().str() +
                      (Pack ? "..." : "");
    }
    TemplateHeader = "template <" + TemplateHeader + ">\n";
    TemplateArgs = "<" + TemplateArgs + ">";
    if (!isa<CXXRecordDecl>(Unit)) {
      Refuse(Unit->getLocation(), "no fix: " + quoted(Unit) + " uses template parameter " +
                                      quoted(Params.front()) +
                                      " of the enclosing template, and an enum cannot become "
                                      "a template");
      return;
    }
  }

  // A new name is written at every place the function spells the type: inside the moved text,
  // and in the rest of the function (with the template arguments when it becomes a template).
  std::vector<FixItHint> Renames;
  if (Renamed || Plan.Templated) {
    RenamePlan Rename = planRename(Unit, {Outermost}, NewName, SM, Ctx.getLangOpts());
    if (Rename.Blocker) {
      Refuse(Rename.Blocker->Loc, "no fix: moved to " + describeNamespace(Target) + ", " +
                                      quoted(Unit) + " would need a new name, and " +
                                      Rename.Blocker->Message);
      return;
    }
    unsigned MovedOffset = SM.getFileOffset(MovedBegin);
    unsigned TypeEndOffset = SM.getFileOffset(TypeEnd);
    // Back to front, so earlier offsets stay valid.
    for (auto It = Rename.Spots.rbegin(); It != Rename.Spots.rend(); ++It) {
      unsigned Offset = SM.getFileOffset(It->Loc);
      if (Offset >= MovedOffset && Offset < TypeEndOffset)
        Moved.replace(Offset - MovedOffset, It->Length, It->Text.empty() ? NewName : It->Text);
      else if (!InForwardRemoval(It->Loc))
        Renames.insert(Renames.begin(),
                       FixItHint::CreateReplacement(
                           CharSourceRange::getCharRange(It->Loc,
                                                         It->Loc.getLocWithOffset(It->Length)),
                           It->Text.empty() ? NewName + TemplateArgs : It->Text));
    }
    llvm::append_range(Plan.Notes, Rename.Notes);
  }
  if (Renamed)
    Plan.Notes.push_back(
        {Collision->Loc,
         "the fix renames " + quoted(Unit) + " to '" + NewName + "': under its own name it " +
             (llvm::StringRef(Collision->Message).ends_with(InAnotherUnit)
                  ? InAnotherUnit.str()
                  : std::string("would collide with this declaration"))});
  if (Plan.Templated)
    Plan.Notes.push_back({SM.getExpansionLoc(Unit->getLocation()),
                          "the fix makes " + quoted(Unit) +
                              " a template over the parameters of the enclosing template it "
                              "uses: " +
                              TemplateArgs.substr(1, TemplateArgs.size() - 2)});
  // The template header goes after the leading comments, right before the class key.
  if (Plan.Templated)
    Moved.insert(SM.getFileOffset(TypeBegin) - SM.getFileOffset(MovedBegin),
                 TemplateHeader + FromIndent);
  // The packing the type was declared under (a `#pragma pack` in the function) must hold where
  // it lands too: otherwise its layout changes, and with it every binary archive of it. With a
  // pack value, that value; without one, no packing, when a pack pragma written between the
  // two places may have changed it.
  std::string PackPush;
  if (const auto *Record = dyn_cast<RecordDecl>(Unit)) {
    std::string Pragmas;
    if (const auto *Pack = Record->getAttr<MaxFieldAlignmentAttr>()) {
      PackPush = "#pragma pack(push, " + std::to_string(Pack->getAlignment() / 8) + ")";
      Pragmas = "'" + PackPush + "'";
    } else if (Text.hasPackPragma(InsertLoc, TypeBegin)) {
      PackPush = "#pragma pack(push)\n" + FromIndent + "#pragma pack()";
      Pragmas = "'#pragma pack(push)', '#pragma pack()'";
    }
    if (!PackPush.empty()) {
      Moved.insert(SM.getFileOffset(TypeBegin) - SM.getFileOffset(MovedBegin),
                   PackPush + "\n" + FromIndent);
      Plan.Notes.push_back({SM.getExpansionLoc(Unit->getLocation()),
                            "the fix keeps the packing of " + quoted(Unit) +
                                " at its new place: it writes " + Pragmas +
                                " before it and '#pragma pack(pop)' after it"});
    }
  }
  Moved += ";";
  if (!PackPush.empty())
    Moved += "\n" + FromIndent + "#pragma pack(pop)";

  if (Statement->isSingleDecl())
    Plan.Edits.push_back(statementRemoval(Text, MovedBegin, Statement->getEndLoc(),
                                          OutermostBegin));
  else
    Plan.Edits.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(TypeBegin, TypeEnd), NewName + TemplateArgs));
  llvm::append_range(Plan.Edits, ForwardRemovals);
  llvm::append_range(Plan.Edits, Renames);
  insertionBefore(Text, Moved, FromIndent, InsertLoc, Plan.InsertText, Plan.InsertLoc);
  // Private members of the classes around the function: the moved class becomes their friend.
  for (const NamedDecl *Member : NonPublic) {
    const auto *Record = cast<CXXRecordDecl>(Member->getDeclContext());
    std::string Why = quoted(Unit) + " uses " +
                      (Member->getAccess() == AS_private ? "private" : "protected") +
                      " member " + quoted(Member) + " of " + quoted(Record);
    if (!isWithin(Where.Owner, Record)) {
      Plan.Blockers.push_back({SM.getExpansionLoc(Member->getLocation()),
                               "no fix: " + Why + ", which it could not access at namespace "
                                                  "scope"});
      return;
    }
    if (llvm::any_of(Plan.Friends, [&](const auto &F) { return F.first == Record; }))
      continue;
    SourceLocation LBrace = Record->getBraceRange().getBegin();
    if (Plan.Templated || LBrace.isMacroID() ||
        !Text.onlySpaceOrCommentAfter(LBrace.getLocWithOffset(1))) {
      Plan.Blockers.push_back({SM.getExpansionLoc(Member->getLocation()),
                               "no fix: " + Why + ", and a friend declaration cannot be added "
                                                  "to it here"});
      return;
    }
    // Indented like the class's first member (or one level in from the class).
    std::string Indent = Text.indentation(Record->getBeginLoc()) + "  ";
    for (const Decl *First : Record->decls())
      if (!First->isImplicit() && !isa<AccessSpecDecl>(First) && First->getBeginLoc().isFileID()) {
        Indent = Text.indentation(First->getBeginLoc());
        break;
      }
    // An unqualified friend names a type of the class's own namespace. When the type moves to
    // an enclosing one instead (the function is defined out of line there), the friend must
    // be qualified, and a qualified friend needs a declaration before the class.
    std::string FriendName = NewName;
    if (!Record->getEnclosingNamespaceContext()->getRedeclContext()->Equals(Target)) {
      const Decl *InTarget = Record;
      while (!InTarget->getLexicalDeclContext()->getRedeclContext()->Equals(Target))
        InTarget = Decl::castFromDeclContext(InTarget->getLexicalDeclContext());
      SourceLocation Before = Text.leadingCommentStart(InTarget->getBeginLoc());
      if (Before.isMacroID() || SM.getFileID(Before) != SM.getFileID(InsertLoc) ||
          !Text.onlySpaceBefore(Before)) {
        Plan.Blockers.push_back({SM.getExpansionLoc(Member->getLocation()),
                                 "no fix: " + Why + ", and the type it would befriend cannot be "
                                                    "declared before it"});
        return;
      }
      Plan.ForwardDecls.emplace_back(Text.lineStart(Before),
                                     Text.indentation(Before) + Unit->getKindName().str() + " " +
                                         NewName + ";\n\n");
      FriendName = (Target->isTranslationUnit()
                        ? std::string("::")
                        : "::" + cast<NamespaceDecl>(Target)->getQualifiedNameAsString() + "::") +
                   NewName;
    }
    Plan.Friends.emplace_back(Record, Indent + "friend " + Unit->getKindName().str() + " " +
                                          FriendName + ";\n");
    Plan.Notes.push_back({SM.getExpansionLoc(Member->getLocation()),
                          "the fix declares '" + NewName + "' a friend of " + quoted(Record) +
                              ": " + Why});
  }
  claimName(Target, NewName);
  Plan.HoistedName = qualifiedNameIn(Target, NewName);
}

std::optional<FindingNote> HoistPlanner::aliasCollision(const TypedefNameDecl *Alias,
                                                        const DeclContext *Target,
                                                        const Decl *Outermost) {
  // The alias keeps its name (its uses stay as written), so any other declaration of the name
  // where it lands, or in the declaration it leaves, is a clash or a change of lookup.
  DeclarationName Name = Alias->getDeclName();
  // Named rather than pointed at: the note is shown at the alias, in the refusal of the type
  // that uses it.
  auto Collides = [&](const NamedDecl *Other) {
    return FindingNote{SM.getExpansionLoc(Alias->getLocation()),
                       "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Alias) +
                           " would collide with another declaration of '" +
                           Other->getQualifiedNameAsString() + "'"};
  };
  if (ClaimedNames.count({Target->getPrimaryContext(), Name.getAsString()}))
    return FindingNote{SM.getExpansionLoc(Alias->getLocation()),
                       "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Alias) +
                           " would collide with another declaration of the same name moved "
                           "there"};
  if (const NamedDecl *Other = sameNameDeclaration(Alias, Target, Outermost, Name))
    return Collides(Other);
  return std::nullopt;
}

void HoistPlanner::planAlias(const TypedefNameDecl *Alias, UnitPlan &Plan) {
  auto Refuse = [&](SourceLocation Loc, std::string Message) {
    Plan.Blockers.push_back({SM.getExpansionLoc(Loc), std::move(Message)});
  };
  if (Alias->getBeginLoc().isMacroID() || Alias->getLocation().isMacroID() ||
      Alias->getEndLoc().isMacroID()) {
    Refuse(Alias->getLocation(), "no fix: " + quoted(Alias) + " comes from a macro expansion");
    return;
  }
  // The macro may not be defined, or mean the same, where the alias lands.
  if (spelledWithMacro(Alias)) {
    Refuse(Alias->getLocation(), "no fix: a macro spells part of " + quoted(Alias));
    return;
  }
  const Decl *Outermost = outermostDeclaration(Alias);
  const DeclContext *Target = Outermost->getLexicalDeclContext()->getRedeclContext();
  SourceText Text(SM, Ctx.getLangOpts());
  SourceLocation OutermostBegin = Outermost->getBeginLoc();
  SourceLocation InsertLoc = Text.leadingCommentStart(OutermostBegin);
  DependencyChecker Checker(Alias, Target, InsertLoc, DependencyChecker::Mode::FromFunction,
                            Index, SM);
  Checker.collectLocalTypes(Plan.Deps);
  Checker.collectLocalAliases(Plan.AliasDeps);
  std::vector<const NamedDecl *> NonPublic;
  Checker.collectNonPublic(NonPublic);
  if (std::optional<FindingNote> Blocker = Checker.run()) {
    Plan.Blockers.push_back(*Blocker);
    return;
  }
  if (!NonPublic.empty()) {
    Refuse(NonPublic.front()->getLocation(),
           "no fix: " + quoted(Alias) + " names " +
               (NonPublic.front()->getAccess() == AS_private ? "private" : "protected") +
               " member " + quoted(NonPublic.front()) +
               ", which it could not access at namespace scope");
    return;
  }
  if (std::optional<FindingNote> Collision = aliasCollision(Alias, Target, Outermost)) {
    Plan.Blockers.push_back(*Collision);
    return;
  }
  const Decl *Function = enclosingFunction(Alias);
  const DeclStmt *Statement = Function ? findDeclStmt(Function, Alias) : nullptr;
  if (!Statement || !Statement->isSingleDecl()) {
    Refuse(Alias->getLocation(), "no fix: the declaration of " + quoted(Alias) +
                                     " is not a declaration statement of its own");
    return;
  }
  SourceLocation Begin = Alias->getBeginLoc();
  SourceLocation MovedBegin = Text.leadingCommentStart(Begin, /*StopAtNolint=*/true);
  Plan.Edits.push_back(statementRemoval(Text, MovedBegin, Statement->getEndLoc(), OutermostBegin));
  insertionBefore(Text, Text.text(MovedBegin, Statement->getEndLoc().getLocWithOffset(1)),
                  Text.indentation(Begin), InsertLoc, Plan.InsertText, Plan.InsertLoc);
}

void HoistPlanner::planFunctionGroup(const Decl *Outermost) {
  // Every finding's unit that moves before the same declaration: one insertion point, so one
  // fix (clang-apply-replacements rejects two insertions at one place from different fixes).
  std::vector<const TagDecl *> GroupUnits;
  std::vector<const Scope *> Scopes;
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
  const TagDecl *Lead = nullptr;
  std::string Insertion;
  SourceLocation InsertLoc;
  std::vector<FixItHint> Edits;
  llvm::SmallPtrSet<const NamedDecl *, 8> Moved;
  llvm::MapVector<const CXXRecordDecl *, std::string> FriendLines;
  llvm::MapVector<SourceLocation::UIntTy, std::string> ForwardLines;
  // Why a local type alias cannot move, once found.
  llvm::DenseMap<const NamedDecl *, FindingNote> AliasBlockers;
  // Plans `Mover` (a unit, or a local type alias) after the local types and aliases it uses
  // (which move first, in order); what would move is queued in `Pending` and kept only if the
  // whole chain can move. `Active` holds the chain being planned, to stop at a cycle.
  std::vector<std::pair<const NamedDecl *, UnitPlan>> Pending;
  llvm::SmallPtrSet<const NamedDecl *, 8> Active;
  std::function<bool(const NamedDecl *, const Scope &, UnitPlan &)> PlanWithDeps =
      [&](const NamedDecl *Mover, const Scope &Where, UnitPlan &Plan) {
        if (const auto *Alias = dyn_cast<TypedefNameDecl>(Mover)) {
          Plan = UnitPlan();
          planAlias(Alias, Plan);
        } else {
          Plan = planUnit(cast<TagDecl>(Mover), Where);
        }
        if (!Plan.Blockers.empty())
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
          std::string What = DepType ? "the local type " : "the local type alias ";
          auto Uses = [&](std::string Why) {
            Plan.Blockers.push_back({SM.getExpansionLoc(Dep->getLocation()),
                                     "no fix: " + quoted(Mover) + " uses " + What +
                                         quoted(Dep) + ", which " + Why});
            return Done(false);
          };
          if (Moved.count(Dep)) {
            if (DepType && Units[DepType].Renamed)
              return Uses("the fix renames");
            continue;
          }
          if (llvm::any_of(Pending, [&](const auto &Entry) { return Entry.first == Dep; }))
            continue;
          // A type that uses what uses it (through a forward declaration): neither can go
          // first.
          if (Active.count(Dep))
            return Uses("in turn uses " + quoted(Mover));
          if (DepType) {
            if (auto It = Units.find(DepType); It != Units.end() && !It->second.Blockers.empty())
              return Uses("cannot move: " + It->second.Blockers.front().Message.substr(
                                                std::string("no fix: ").size()));
          } else if (auto It = AliasBlockers.find(Dep); It != AliasBlockers.end()) {
            return Uses("cannot move: " +
                        It->second.Message.substr(std::string("no fix: ").size()));
          }
          UnitPlan DepPlan;
          if (!PlanWithDeps(Dep, Where, DepPlan)) {
            if (!DepType)
              AliasBlockers.try_emplace(Dep, DepPlan.Blockers.front());
            return Uses("cannot move: " + DepPlan.Blockers.front().Message.substr(
                                              std::string("no fix: ").size()));
          }
          if (DepPlan.Renamed)
            return Uses("would need a new name at namespace scope");
          // Its uses here would need the template arguments too.
          if (DepPlan.Templated)
            return Uses("would become a template");
          // What the alias needs moved first is part of this fix, said here.
          if (!DepType)
            llvm::append_range(Plan.Notes, DepPlan.Notes);
          Plan.Notes.push_back({SM.getExpansionLoc(Dep->getLocation()),
                                "the fix moves " + What + quoted(Dep) + " first: " +
                                    quoted(Mover) + " uses it"});
        }
        Pending.emplace_back(Mover, Plan);
        return Done(true);
      };
  for (size_t I = 0; I < GroupUnits.size(); ++I) {
    const TagDecl *Unit = GroupUnits[I];
    if (Moved.count(Unit)) {
      // Already moved as another type's dependency.
      Units[Unit].MovedBy = Lead == Unit ? nullptr : Lead;
      continue;
    }
    Pending.clear();
    UnitPlan Plan;
    if (!PlanWithDeps(Unit, *Scopes[I], Plan)) {
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
        claimName(outermostDeclaration(Alias)->getLexicalDeclContext()->getRedeclContext(),
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
  if (!Lead)
    return;
  // One insertion per class for all the friends it gains (one place, one edit).
  SourceText Text(SM, Ctx.getLangOpts());
  for (const auto &[Record, Lines] : FriendLines)
    Edits.push_back(FixItHint::CreateInsertion(
        Text.nextLineStart(Record->getBraceRange().getBegin()), Lines));
  for (const auto &[Where, Lines] : ForwardLines)
    Edits.push_back(
        FixItHint::CreateInsertion(SourceLocation::getFromRawEncoding(Where), Lines));
  llvm::sort(Edits, [&](const FixItHint &A, const FixItHint &B) {
    return SM.isBeforeInTranslationUnit(A.RemoveRange.getBegin(), B.RemoveRange.getBegin());
  });
  // The insertion comes first: a fix's edits are applied in order, and it is earlier in the file.
  Edits.insert(Edits.begin(), FixItHint::CreateInsertion(InsertLoc, Insertion));
  Units[Lead].Edits = std::move(Edits);
}

/// The declaration directly inside `Namespace` that `D` belongs to: a function template
/// rather than its pattern, the pattern of an instantiation, the outermost enclosing member.
static const Decl *memberOf(const Decl *D, const NamespaceDecl *Namespace) {
  if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
    if (const FunctionDecl *Pattern = Function->getTemplateInstantiationPattern())
      Function = Pattern;
    D = Function;
    if (const FunctionTemplateDecl *Template = Function->getDescribedFunctionTemplate())
      D = Template;
  }
  if (const auto *Record = dyn_cast<CXXRecordDecl>(D))
    if (const ClassTemplateDecl *Template = Record->getDescribedClassTemplate())
      D = Template;
  while (D) {
    const DeclContext *Parent = D->getLexicalDeclContext();
    if (Parent == Namespace)
      return D;
    if (!Parent || Parent->isFileContext())
      return nullptr;
    D = Decl::castFromDeclContext(Parent);
  }
  return nullptr;
}

std::optional<FindingNote>
HoistPlanner::checkAnonymousUnit(const TagDecl *Unit, const NamespaceDecl *Namespace,
                                 llvm::SmallPtrSetImpl<const Decl *> &Moving) {
  auto Blocker = [&](SourceLocation Loc, std::string Message) {
    return std::optional<FindingNote>(FindingNote{SM.getExpansionLoc(Loc), std::move(Message)});
  };
  const DeclContext *Target = Namespace->getParent()->getRedeclContext();
  if (inAnonymousNamespace(Target))
    return Blocker(Namespace->getBeginLoc(),
                   "no fix: the anonymous namespace is itself inside an anonymous namespace");
  Moving.insert(memberOf(Unit, Namespace));
  // Forward declarations move with the definition: left behind they would declare another,
  // never defined type.
  for (const TagDecl *Redecl : Unit->redecls()) {
    if (Redecl == Unit || Redecl->getFriendObjectKind() != Decl::FOK_None)
      continue;
    const Decl *Member = memberOf(Redecl, Namespace);
    if (!Member)
      return Blocker(Redecl->getLocation(), "no fix: this other declaration of " + quoted(Unit) +
                                                " would stay in the anonymous namespace");
    Moving.insert(Member);
  }
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
      if (Guide && Guide->getDeducedTemplate()->getCanonicalDecl() == Template->getCanonicalDecl())
        Family.push_back(Guide);
    }
    for (const Decl *Member : Family) {
      if (Member->isImplicit() || isWithin(Member, Unit))
        continue;
      const Decl *Item = memberOf(Member, Namespace);
      if (!Item)
        return Blocker(Member->getLocation(),
                       "no fix: this declaration of template " + quoted(Template) +
                           " would stay in another part of the anonymous namespace");
      Moving.insert(Item);
    }
  }
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
        return Blocker(Redecl->getLocation(), "no fix: " + quoted(Named) +
                                                  " is defined outside the class, in another "
                                                  "part of the anonymous namespace");
      Moving.insert(OutOfLine);
    }
  }
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
          return Blocker(Redecl->getLocation(),
                         "no fix: " + quoted(Function) + " for " + quoted(Type) +
                             " would stay in another part of the anonymous namespace, where "
                             "argument-dependent lookup no longer finds it for the moved type");
        Moving.insert(Member);
      }
    }
  }
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
  HiddenNameFinder Hidden(Unit, Namespace, Target);
  Hidden.TraverseDecl(const_cast<TagDecl *>(Unit));
  if (Hidden.Found)
    return Blocker(Hidden.FoundAt,
                   "no fix: " + quoted(Unit) + " uses " + quoted(Hidden.Found) +
                       " of the anonymous namespace; moved to " + describeNamespace(Target) +
                       ", it would also find the other " + quoted(Hidden.Found) + " declared there");
  if (!SM.isInMainFile(SM.getExpansionLoc(Unit->getLocation()))) {
    if (std::optional<FindingNote> Blocker =
            DependencyChecker(Unit, Target, Unit->getBeginLoc(),
                              DependencyChecker::Mode::FromHeaderAnonymousNamespace, Index, SM)
                .run())
      return Blocker;
    // Out of the anonymous namespace a function defined in a header is defined in every TU
    // that includes it: it must be inline (templates and class members already are).
    for (const Decl *Member : Moving)
      if (const auto *Function = dyn_cast<FunctionDecl>(Member);
          Function && Function->doesThisDeclarationHaveABody() && !Function->isInlined() &&
          !isa<CXXMethodDecl>(Function))
        return Blocker(Function->getLocation(),
                       "no fix: " + quoted(Function) + " would become a non-inline function "
                                                       "defined in a header");
  }
  return std::nullopt;
}

std::optional<FindingNote> HoistPlanner::planAnonymousRename(const TagDecl *Unit,
                                                             const DeclContext *Target,
                                                             AnonymousRename &Rename) {
  std::optional<FindingNote> Collision = findNameCollision(Unit, Target, nullptr, "");
  if (!Collision)
    return std::nullopt;
  if (isa<ClassTemplateSpecializationDecl>(Unit))
    return FindingNote{Unit->getLocation(),
                       "no fix: moved to " + describeNamespace(Target) + ", " + quoted(Unit) +
                           " would need a new name, which only a fix of its template can give"};
  // Renaming means rewriting every use in every file that names the type: only the main
  // file's own anonymous namespace can be renamed in place.
  SourceLocation Home = SM.getExpansionLoc(Unit->getLocation());
  if (!SM.isInMainFile(Home))
    return Collision;
  auto Refuse = [&](SourceLocation Loc, llvm::StringRef Why) {
    return FindingNote{SM.getExpansionLoc(Loc), "no fix: moved to " + describeNamespace(Target) +
                                                    ", " + quoted(Unit) +
                                                    " would need a new name, and " + Why.str()};
  };
  std::vector<const Decl *> Roots;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!D->isImplicit() && !SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      Roots.push_back(D);
  // The derived name starts with the file's: each translation unit had its own anonymous
  // namespace, so the file is what told the old types apart.
  std::string Stem;
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Home)))
    for (char C : llvm::sys::path::stem(File->getName()))
      Stem += llvm::isAlnum(C) ? C : '_';
  if (Stem.empty() || llvm::isDigit(Stem.front()))
    Stem = "tu_" + Stem;
  std::string Base = Stem + "_" + Unit->getName().str();
  std::string NewName = Base;
  auto Taken = [&](const std::string &Name) {
    if (findNameCollision(Unit, Target, nullptr, Name))
      return true;
    SameNameFinder Finder(Unit, DeclarationName(&Ctx.Idents.get(Name)));
    for (const Decl *Root : Roots)
      if (!Finder.Found)
        Finder.TraverseDecl(const_cast<Decl *>(Root));
    return Finder.Found != nullptr;
  };
  for (int Counter = 2; Taken(NewName); ++Counter) {
    if (Counter > 9)
      return Collision;
    NewName = Base + "_" + std::to_string(Counter);
  }
  RenamePlan Plan = planRename(Unit, Roots, NewName, SM, Ctx.getLangOpts());
  if (Plan.Blocker)
    return Refuse(Plan.Blocker->Loc, Plan.Blocker->Message);
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
        return Refuse(Spot.Loc, "it is named inside " + quoted(Other) +
                                    ", whose fix would copy it elsewhere");
    }
  Rename.NewName = NewName;
  Rename.Spots = std::move(Plan.Spots);
  Rename.Notes.push_back(
      {Collision->Loc,
       "the fix renames " + quoted(Unit) + " to '" + NewName + "': under its own name it " +
           (llvm::StringRef(Collision->Message).ends_with(InAnotherUnit)
                ? InAnotherUnit.str()
                : std::string("would collide with this declaration"))});
  llvm::append_range(Rename.Notes, Plan.Notes);
  return std::nullopt;
}

/// Whether `Unit` is a specialization of a class template whose pattern is a key of `Units`.
template <class Map> static bool specializedPatternIn(const TagDecl *Unit, const Map &Units) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Unit);
  return Spec && Units.count(Spec->getSpecializedTemplate()->getTemplatedDecl());
}

void HoistPlanner::planAnonymousBlock(const NamespaceDecl *Namespace) {
  SourceText Text(SM, Ctx.getLangOpts());
  // The findings' units directly in this block, in order.
  std::vector<const TagDecl *> BlockUnits;
  for (const auto &[Type, Where] : Index.Candidates) {
    if (Where.Kind != ScopeKind::AnonymousNamespace || !Index.ByType.count(Type))
      continue;
    const TagDecl *Unit = hoistedUnit(Type);
    if (Unit->getLexicalDeclContext() == Namespace && !Units.count(Unit) &&
        !llvm::is_contained(BlockUnits, Unit))
      BlockUnits.push_back(Unit);
  }
  const DeclContext *Target = Namespace->getParent()->getRedeclContext();
  llvm::DenseMap<const TagDecl *, llvm::SmallPtrSet<const Decl *, 8>> Moving;
  llvm::DenseMap<const TagDecl *, AnonymousRename> Renames;
  auto Block = [&](const TagDecl *Unit, FindingNote Note) {
    Units[Unit].Blockers.push_back(std::move(Note));
    Moving.erase(Unit);
  };
  for (const TagDecl *Unit : BlockUnits) {
    UnitPlan &Plan = Units[Unit];
    if (std::optional<FindingNote> Note = unitBlocker(Unit)) {
      Plan.Blockers.push_back(*Note);
      continue;
    }
    llvm::SmallPtrSet<const Decl *, 8> Set;
    AnonymousRename Rename;
    if (std::optional<FindingNote> Note = checkAnonymousUnit(Unit, Namespace, Set))
      Plan.Blockers.push_back(*Note);
    else if (std::optional<FindingNote> Note =
                 specializedPatternIn(Unit, Renames)
                     ? std::nullopt // Renamed with its template, which comes first.
                     : planAnonymousRename(Unit, Target, Rename))
      Plan.Blockers.push_back(*Note);
    else {
      Moving[Unit] = std::move(Set);
      if (!Rename.NewName.empty())
        Renames[Unit] = std::move(Rename);
    }
  }
  if (Namespace->getBeginLoc().isMacroID() || Namespace->getRBraceLoc().isMacroID()) {
    for (const TagDecl *Unit : BlockUnits)
      if (Moving.count(Unit))
        Block(Unit, {SM.getExpansionLoc(Namespace->getBeginLoc()),
                     "no fix: the anonymous namespace comes from a macro expansion"});
    return;
  }
  std::optional<SourceLocation> LBrace = Text.findToken(Namespace->getBeginLoc(), tok::l_brace);
  SourceLocation RBrace = Namespace->getRBraceLoc();
  auto OwnLines = [&](SourceLocation Begin, SourceLocation End) {
    return Text.onlySpaceBefore(Begin) && Text.onlySpaceOrCommentAfter(End);
  };
  if (!LBrace || !OwnLines(Namespace->getBeginLoc(), LBrace->getLocWithOffset(1)) ||
      !OwnLines(RBrace, RBrace.getLocWithOffset(1))) {
    for (const TagDecl *Unit : BlockUnits)
      if (Moving.count(Unit))
        Block(Unit, {Namespace->getBeginLoc(),
                     "no fix: the anonymous namespace does not have its braces on lines of "
                     "their own"});
    return;
  }

  // The block's declarations as items of whole lines: declarations that share text (a macro
  // expanding to several, `struct A {...} a;`) form one item.
  struct Item {
    SourceLocation Begin, End;
    std::vector<const Decl *> Decls;
  };
  std::vector<Item> Items;
  for (const Decl *Member : Namespace->decls()) {
    if (Member->isImplicit())
      continue;
    CharSourceRange Range = SM.getExpansionRange(Member->getSourceRange());
    SourceLocation Begin = Range.getBegin();
    SourceLocation End = Range.isTokenRange()
                             ? Lexer::getLocForEndOfToken(Range.getEnd(), 0, SM, Ctx.getLangOpts())
                             : Range.getEnd();
    if (!Items.empty() && SM.isBeforeInTranslationUnit(Begin, Items.back().End)) {
      Items.back().Decls.push_back(Member);
      if (SM.isBeforeInTranslationUnit(Items.back().End, End))
        Items.back().End = End;
      continue;
    }
    Items.push_back({Begin, End, {Member}});
  }
  for (Item &I : Items) {
    // Attributes after a type's closing brace belong to the type (`} __attribute__((packed));`).
    if (const auto *Tag = dyn_cast<TagDecl>(I.Decls.back());
        Tag && Tag->isThisDeclarationADefinition() && Tag->getBraceRange().getEnd().isFileID()) {
      SourceLocation AttributesEnd = trailingAttributesEnd(Tag, SM, Ctx.getLangOpts());
      if (SM.isBeforeInTranslationUnit(I.End, AttributesEnd))
        I.End = AttributesEnd;
    }
    if (std::optional<SourceLocation> Semi = Text.afterNextToken(
            I.End.getLocWithOffset(-1), tok::semi))
      I.End = *Semi;
    I.Begin = Text.leadingCommentStart(I.Begin);
  }

  // Which units move each item; an item moves whole or not at all.
  auto MoversOf = [&](const Item &I, bool &Mixed) {
    std::vector<const TagDecl *> Movers;
    Mixed = false;
    for (const Decl *D : I.Decls) {
      bool Moves = false;
      for (const TagDecl *Unit : BlockUnits)
        if (auto It = Moving.find(Unit); It != Moving.end() && It->second.count(D)) {
          Moves = true;
          if (!llvm::is_contained(Movers, Unit))
            Movers.push_back(Unit);
        }
      Mixed |= !Moves;
    }
    return Movers;
  };
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const Item &I : Items) {
      bool Mixed;
      std::vector<const TagDecl *> Movers = MoversOf(I, Mixed);
      if (Movers.empty())
        continue;
      const Decl *Staying = nullptr;
      for (const Decl *D : I.Decls)
        if (!llvm::any_of(Movers, [&](const TagDecl *U) { return Moving[U].count(D); }))
          Staying = D;
      if (!Staying && OwnLines(I.Begin, I.End))
        continue;
      for (const TagDecl *Unit : Movers)
        Block(Unit, Staying ? FindingNote{SM.getExpansionLoc(Staying->getLocation()),
                                          "no fix: " + quoted(Unit) +
                                              " is declared together with this declaration, "
                                              "which stays in the anonymous namespace"}
                            : FindingNote{SM.getExpansionLoc(I.Decls.front()->getLocation()),
                                          "no fix: this declaration, which moves with " +
                                              quoted(Unit) + ", shares its lines with other "
                                                             "code of the anonymous namespace"});
      Changed = true;
    }
  }

  // Units whose moving items touch (one segment of consecutive items) share one fix.
  llvm::DenseMap<const TagDecl *, const TagDecl *> Leader;
  std::function<const TagDecl *(const TagDecl *)> Find = [&](const TagDecl *U) {
    auto It = Leader.find(U);
    if (It == Leader.end() || It->second == U)
      return U;
    return It->second = Find(It->second);
  };
  auto Unite = [&](const TagDecl *A, const TagDecl *B) {
    A = Find(A);
    B = Find(B);
    if (A == B)
      return;
    // The earlier unit leads: its finding comes first and carries the fix.
    if (llvm::find(BlockUnits, B) < llvm::find(BlockUnits, A))
      std::swap(A, B);
    Leader[B] = A;
  };
  struct Segment {
    size_t First, Last;
    const TagDecl *Owner;
  };
  std::vector<Segment> Segments;
  for (size_t I = 0; I < Items.size(); ++I) {
    bool Mixed;
    std::vector<const TagDecl *> Movers = MoversOf(Items[I], Mixed);
    if (Movers.empty())
      continue;
    for (const TagDecl *Unit : Movers)
      Unite(Movers.front(), Unit);
    if (!Segments.empty() && Segments.back().Last + 1 == I) {
      Unite(Segments.back().Owner, Movers.front());
      Segments.back().Last = I;
    } else {
      Segments.push_back({I, I, Movers.front()});
    }
  }

  // A rename edits the whole file: the units that move join one fix, so that no fix applied
  // alone leaves a use of the old name behind.
  std::vector<std::pair<const RenameSpot *, std::string>> Spots;
  for (const TagDecl *Unit : BlockUnits)
    if (auto It = Renames.find(Unit); It != Renames.end() && Moving.count(Unit)) {
      for (const RenameSpot &Spot : It->second.Spots)
        Spots.emplace_back(&Spot, Spot.Text.empty() ? It->second.NewName : Spot.Text);
      llvm::append_range(Units[Unit].Notes, It->second.Notes);
    }
  if (!Spots.empty())
    for (const auto &[Unit, Set] : Moving)
      for (const Segment &Seg : Segments)
        Unite(Seg.Owner, Unit);
  llvm::sort(Spots, [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first->Loc, B.first->Loc);
  });
  std::vector<bool> SpotApplied(Spots.size());

  std::string Indent = Text.indentation(Namespace->getBeginLoc());
  for (const Segment &Seg : Segments) {
    UnitPlan &Plan = Units[Find(Seg.Owner)];
    bool HasBefore = Seg.First > 0, HasAfter = Seg.Last + 1 < Items.size();
    SourceLocation MovedBegin = Items[Seg.First].Begin, MovedEnd = Items[Seg.Last].End;
    std::string Original = Text.text(MovedBegin, MovedEnd).str();
    unsigned MovedOffset = SM.getFileOffset(MovedBegin);
    // When re-basing changes nothing, the moved text stays where it is and only the braces
    // around it change: renames inside it (this fix's or another's) are edits of their own.
    bool InPlace = Text.indentation(MovedBegin) == Indent && staysInPlace(Original, Indent);
    std::string Moved;
    // Back to front, so earlier offsets stay valid.
    for (size_t I = Spots.size(); !InPlace && I-- > 0;) {
      unsigned Offset = SM.getFileOffset(Spots[I].first->Loc);
      if (SM.getFileID(Spots[I].first->Loc) != SM.getFileID(MovedBegin) ||
          Offset < MovedOffset || Offset >= MovedOffset + Original.size())
        continue;
      Original.replace(Offset - MovedOffset, Spots[I].first->Length, Spots[I].second);
      SpotApplied[I] = true;
    }
    if (!InPlace)
      Moved = SourceText::reindent(Original, Text.indentation(MovedBegin), Indent);
    // The moved lines, with the blank lines around them (the split adds its own spacing).
    SourceLocation RemoveBegin = Text.lineStart(MovedBegin);
    SourceLocation RemoveEnd = Text.nextLineStart(MovedEnd);
    while (Text.blankLineBefore(RemoveBegin))
      RemoveBegin = Text.lineStart(RemoveBegin.getLocWithOffset(-1));
    while (Text.blankLineAfter(RemoveEnd.getLocWithOffset(-1)))
      RemoveEnd = Text.nextLineStart(RemoveEnd);

    // A split's new braces are spaced like the namespace's own ones.
    bool BlankAfterOpen = Text.blankLineAfter(*LBrace);
    bool BlankBeforeClose = Text.blankLineBefore(RBrace);
    std::string Before, After = "\n";
    if (HasBefore)
      Before = std::string(BlankBeforeClose ? "\n" : "") + Indent + "} // namespace\n\n";
    if (HasAfter)
      After += "\n" + Indent + "namespace {\n" + (BlankAfterOpen ? "\n" : "");
    if (!HasBefore) {
      SourceLocation OpenEnd = Text.nextLineStart(*LBrace);
      // Blank lines between the opening and the type go with the opening.
      if (SM.isBeforeInTranslationUnit(RemoveBegin, OpenEnd))
        RemoveBegin = OpenEnd;
      while (SM.isBeforeInTranslationUnit(OpenEnd, RemoveBegin) &&
             Text.blankLineAfter(OpenEnd.getLocWithOffset(-1)))
        OpenEnd = Text.nextLineStart(OpenEnd);
      Plan.Edits.push_back(FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(Text.lineStart(Namespace->getBeginLoc()), OpenEnd)));
    }
    auto Replace = [&](SourceLocation Begin, SourceLocation End, const std::string &With) {
      if (Text.text(Begin, End) != With)
        Plan.Edits.push_back(
            FixItHint::CreateReplacement(CharSourceRange::getCharRange(Begin, End), With));
    };
    if (InPlace) {
      Replace(RemoveBegin, MovedBegin, Before + Indent);
      Replace(MovedEnd, RemoveEnd, After);
    } else {
      Replace(RemoveBegin, RemoveEnd, Before + Moved + After);
    }
    if (!HasAfter) {
      SourceLocation CloseBegin = Text.lineStart(RBrace);
      if (SM.isBeforeInTranslationUnit(CloseBegin, RemoveEnd))
        CloseBegin = RemoveEnd;
      // Blank lines before the closing brace (after code that stays) go with it.
      while (SM.isBeforeInTranslationUnit(RemoveEnd, CloseBegin) &&
             Text.blankLineBefore(CloseBegin))
        CloseBegin = Text.lineStart(CloseBegin.getLocWithOffset(-1));
      Plan.Edits.push_back(FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(CloseBegin, Text.nextLineStart(RBrace))));
    }
  }
  for (size_t I = 0; I < Spots.size(); ++I)
    if (!SpotApplied[I]) {
      SourceLocation Loc = Spots[I].first->Loc;
      Units[Find(Segments.front().Owner)].Edits.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(Loc, Loc.getLocWithOffset(Spots[I].first->Length)),
          Spots[I].second));
    }
  for (const Segment &Seg : Segments) {
    // In file order; edits at one place keep their order.
    std::vector<FixItHint> &Edits = Units[Find(Seg.Owner)].Edits;
    std::vector<std::pair<FixItHint, size_t>> Ordered;
    for (size_t I = 0; I < Edits.size(); ++I)
      Ordered.emplace_back(Edits[I], I);
    llvm::sort(Ordered, [&](const auto &A, const auto &B) {
      SourceLocation LA = A.first.RemoveRange.getBegin(), LB = B.first.RemoveRange.getBegin();
      return LA == LB ? A.second < B.second : SM.isBeforeInTranslationUnit(LA, LB);
    });
    for (size_t I = 0; I < Edits.size(); ++I)
      Edits[I] = Ordered[I].first;
  }
  for (const TagDecl *Unit : BlockUnits) {
    if (!Moving.count(Unit))
      continue;
    auto Renamed = Renames.find(Unit);
    llvm::StringRef Name =
        Renamed != Renames.end() ? llvm::StringRef(Renamed->second.NewName) : Unit->getName();
    claimName(Target, Name);
    Units[Unit].HoistedName = qualifiedNameIn(Target, Name);
    if (Find(Unit) != Unit)
      Units[Unit].MovedBy = Find(Unit);
  }
}

} // namespace serialscope
