//===- NameClaims.cpp -----------------------------------------------------===//
#include "NameClaims.h"
#include "DeclScopes.h"
#include "ProjectNames.h"

#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace serialscope {
namespace {

/// Finds declarations other than `Unit` that carry `Name` inside `Root`.
class SameNameFinder : public RecursiveASTVisitor<SameNameFinder> {
public:
  SameNameFinder(const NamedDecl *Unit, DeclarationName Name) : Unit(Unit), Name(Name) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool VisitNamedDecl(NamedDecl *D) {
    // The type's own forward declarations are the type, not another entity.
    if (const auto *Tag = dyn_cast<TagDecl>(D); Tag && Unit && isa<TagDecl>(Unit) &&
                                                Tag->getCanonicalDecl() == Unit->getCanonicalDecl())
      return true;
    if (!Found && D->getDeclName() == Name && (!Unit || !isWithin(D, Unit)))
      Found = D;
    return !Found;
  }
  const NamedDecl *Found = nullptr;

private:
  const NamedDecl *Unit;
  DeclarationName Name;
};

} // namespace

const NamedDecl *findSameName(const NamedDecl *Unit, DeclarationName Name,
                              llvm::ArrayRef<const Decl *> Roots) {
  SameNameFinder Finder(Unit, Name);
  for (const Decl *Root : Roots)
    if (!Finder.Found)
      Finder.TraverseDecl(const_cast<Decl *>(Root));
  return Finder.Found;
}

bool NameClaims::claim(const DeclContext *Target, llvm::StringRef Name) {
  return Claimed.emplace(Target->getPrimaryContext(), Name.str()).second;
}

bool NameClaims::isClaimed(const DeclContext *Target, llvm::StringRef Name) const {
  return Claimed.count({Target->getPrimaryContext(), Name.str()});
}

std::optional<std::string> NameClaims::reservedCollision(const DeclContext *Target,
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

const NamedDecl *NameClaims::sameNameDeclaration(const NamedDecl *Moved, const DeclContext *Target,
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
  // clash or be shadowed for code after the insertion point. A function in an anonymous
  // namespace (and the named namespaces inside it) looks there first: those count too.
  const DeclContext *From = Target;
  if (Outermost)
    if (const DeclContext *Home = Outermost->getLexicalDeclContext()->getRedeclContext();
        Target->Encloses(Home))
      From = Home;
  for (const DeclContext *DC = From; DC; DC = DC->getParent()) {
    if (!DC->isFileContext())
      continue;
    if (const NamedDecl *Other = LookupIn(DC))
      return Other;
    const NamespaceDecl *Anonymous = DC->isTranslationUnit()
                                         ? cast<TranslationUnitDecl>(DC)->getAnonymousNamespace()
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
    if (const NamedDecl *Found = findSameName(Moved, Name, {Outermost}))
      return Found;
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

std::optional<FixBlocker> NameClaims::typeCollision(const TagDecl *Unit, const DeclContext *Target,
                                                    const Decl *Outermost,
                                                    llvm::StringRef NewName) const {
  DeclarationName Name =
      NewName.empty() ? Unit->getDeclName() : DeclarationName(&Ctx.Idents.get(NewName));
  auto Blocker = [&](FixBlocker::Kind K, SourceLocation Loc, const NamedDecl *Other) {
    FixBlocker B{K, Loc, Unit, Other};
    B.Target = Target;
    return B;
  };
  // Another type this run moves to the same namespace.
  if (isClaimed(Target, Name.getAsString()))
    return Blocker(FixBlocker::Kind::ClaimedName, SM.getExpansionLoc(Unit->getLocation()), nullptr);
  if (const NamedDecl *Other = sameNameDeclaration(Unit, Target, Outermost, Name)) {
    SourceLocation Loc = Other->getLocation();
    if (Loc.isValid())
      Loc = SM.getExpansionLoc(Loc);
    return Blocker(FixBlocker::Kind::NameCollision, Loc, Other);
  }
  // Another translation unit of the project declares (or moves a type to) this name: two
  // different types of one name in one program break the one-definition rule.
  if (reservedCollision(Target, Name.getAsString()))
    return Blocker(FixBlocker::Kind::ReservedName, SM.getExpansionLoc(Unit->getLocation()),
                   nullptr);
  return std::nullopt;
}

std::optional<FixBlocker> NameClaims::aliasCollision(const TypedefNameDecl *Alias,
                                                     const DeclContext *Target,
                                                     const Decl *Outermost) const {
  // The alias keeps its name (its uses stay as written), so any other declaration of the name
  // where it lands, or in the declaration it leaves, is a clash or a change of lookup.
  DeclarationName Name = Alias->getDeclName();
  // Named rather than pointed at: the note is shown at the alias, in the refusal of the type
  // that uses it.
  auto Blocker = [&](FixBlocker::Kind K, const NamedDecl *Other) {
    FixBlocker B{K, SM.getExpansionLoc(Alias->getLocation()), Alias, Other};
    B.Target = Target;
    return B;
  };
  if (isClaimed(Target, Name.getAsString()))
    return Blocker(FixBlocker::Kind::ClaimedName, nullptr);
  if (const NamedDecl *Other = sameNameDeclaration(Alias, Target, Outermost, Name))
    return Blocker(FixBlocker::Kind::NameCollision, Other);
  return std::nullopt;
}

} // namespace serialscope
