//===- ScopeClassifier.cpp ------------------------------------------------===//
#include "ScopeClassifier.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace serialscope {

const Decl *enclosingFunction(const Decl *D) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (DC->isFunctionOrMethod())
      return Decl::castFromDeclContext(DC);
    if (DC->isFileContext())
      return nullptr;
  }
  return nullptr;
}

std::string describeFunction(const Decl *Function) {
  if (isa<BlockDecl>(Function))
    return "a block";
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function)) {
    if (Method->getParent()->isLambda()) {
      if (const Decl *Outer = enclosingFunction(Method->getParent()))
        return "a lambda in " + describeFunction(Outer);
      return "a lambda";
    }
    std::string Name = "'" + Method->getQualifiedNameAsString() + "'";
    if (isa<CXXConstructorDecl>(Method))
      return "constructor " + Name;
    if (isa<CXXDestructorDecl>(Method))
      return "destructor " + Name;
    return "member function " + Name;
  }
  if (const auto *FD = dyn_cast<FunctionDecl>(Function))
    return "function '" + FD->getQualifiedNameAsString() + "'";
  return "a function";
}

std::optional<Scope> classifyScope(const TagDecl *Type) {
  // Walk outward from the type: the first function on the way makes it local; otherwise an
  // anonymous namespace anywhere on the way makes it TU-local.
  for (const DeclContext *DC = Type->getDeclContext(); DC; DC = DC->getParent()) {
    if (DC->isFunctionOrMethod()) {
      const Decl *Function = Decl::castFromDeclContext(DC);
      return Scope{ScopeKind::Function, Function, describeFunction(Function)};
    }
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->isAnonymousNamespace())
      return Scope{ScopeKind::AnonymousNamespace, NS, "an anonymous namespace"};
  }
  // A class without a name (and no typedef name for linkage) cannot be named anywhere; a class
  // nested in one cannot be named either.
  for (const DeclContext *DC = Type; DC && !DC->isFileContext(); DC = DC->getParent()) {
    const auto *Tag = dyn_cast<TagDecl>(DC);
    if (Tag && Tag->getName().empty() && !Tag->getTypedefNameForAnonDecl())
      return Scope{ScopeKind::Unnamed, Tag, "an unnamed type"};
  }
  return std::nullopt;
}

} // namespace serialscope
