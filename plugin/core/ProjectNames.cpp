//===- ProjectNames.cpp ---------------------------------------------------===//
#include "ProjectNames.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace serialscope {

std::string qualifiedNameIn(const DeclContext *Namespace, llvm::StringRef Name) {
  std::string Result = Name.str();
  for (const DeclContext *DC = Namespace; DC && !DC->isTranslationUnit(); DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && !NS->isInline())
      Result.insert(0, (NS->isAnonymousNamespace() ? std::string("(anonymous namespace)")
                                                   : NS->getNameAsString()) +
                           "::");
  return Result;
}

llvm::StringRef namespaceOf(llvm::StringRef QualifiedName) {
  size_t Separator = QualifiedName.rfind("::");
  return Separator == llvm::StringRef::npos ? llvm::StringRef()
                                            : QualifiedName.take_front(Separator);
}

namespace {

void collect(const DeclContext *DC, const SourceManager &SM, std::set<std::string> &Names) {
  for (const Decl *D : DC->decls()) {
    if (D->isImplicit())
      continue;
    // Linkage specifications and `export` blocks declare their members in the namespace
    // around them.
    if (isa<LinkageSpecDecl, ExportDecl>(D)) {
      collect(cast<DeclContext>(D), SM, Names);
      continue;
    }
    const auto *Named = dyn_cast<NamedDecl>(D);
    if (!Named)
      continue;
    if (const auto *NS = dyn_cast<NamespaceDecl>(Named)) {
      if (NS->isAnonymousNamespace())
        continue;
      // A namespace reopened in system headers only (std, boost) is not the project's
      // name; its members in user files still are (std::hash specializations are not
      // names, but a user's own function in a reopened namespace is).
      if (!NS->isInline() && !SM.isInSystemHeader(SM.getExpansionLoc(NS->getLocation())))
        Names.insert(qualifiedNameIn(NS->getParent(), NS->getName()));
      collect(NS, SM, Names);
      continue;
    }
    if (!isa<TagDecl, TypedefNameDecl, FunctionDecl, VarDecl, TemplateDecl, NamespaceAliasDecl>(
            Named) ||
        !Named->getIdentifier() || Named->getName().empty())
      continue;
    // Specializations do not declare a new name.
    if (isa<ClassTemplateSpecializationDecl, VarTemplateSpecializationDecl>(Named))
      continue;
    if (const auto *Function = dyn_cast<FunctionDecl>(Named);
        Function && Function->getTemplateSpecializationKind() != TSK_Undeclared)
      continue;
    // Out-of-line definitions of members (`void Shop::save() {}`) name no new entity of the
    // namespace; `void shop::save() {}` written outside `shop` declares `shop::save`.
    const DeclContext *Home = Named->getDeclContext()->getRedeclContext();
    if (!Home->isFileContext())
      continue;
    SourceLocation Loc = Named->getLocation();
    if (Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
      continue;
    Names.insert(qualifiedNameIn(Home, Named->getName()));
  }
}

} // namespace

std::set<std::string> declaredNames(ASTContext &Ctx) {
  std::set<std::string> Names;
  collect(Ctx.getTranslationUnitDecl(), Ctx.getSourceManager(), Names);
  return Names;
}

} // namespace serialscope
