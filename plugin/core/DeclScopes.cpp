//===- DeclScopes.cpp -----------------------------------------------------===//
#include "DeclScopes.h"

using namespace clang;

namespace serialscope {

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

std::string quoted(const NamedDecl *D) {
  // An unnamed class or enum, as clang prints it.
  if (const auto *Tag = dyn_cast<TagDecl>(D); Tag && !Tag->getIdentifier() &&
                                              !Tag->getTypedefNameForAnonDecl())
    return "'(unnamed " + Tag->getKindName().str() + ")'";
  return "'" + D->getNameAsString() + "'";
}

const DeclContext *lookupContext(const Decl *D) {
  const DeclContext *DC = D->getDeclContext();
  if (const auto *Enum = dyn_cast<EnumDecl>(DC); Enum && !Enum->isScoped())
    DC = Enum->getDeclContext();
  return DC->getRedeclContext();
}

const ClassTemplateDecl *classTemplateOf(const Decl *D) {
  const auto *Record = dyn_cast<CXXRecordDecl>(D);
  if (!Record)
    return nullptr;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    return Spec->getSpecializedTemplate();
  return Record->getDescribedClassTemplate();
}

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

const Decl *insertionAnchor(const Decl *D) {
  const Decl *Anchor = outermostDeclaration(D);
  for (const DeclContext *DC = Anchor->getLexicalDeclContext(); DC && !DC->isTranslationUnit();
       DC = DC->getLexicalParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->isAnonymousNamespace())
      Anchor = NS;
  return Anchor;
}

const Decl *memberOf(const Decl *D, const NamespaceDecl *Namespace) {
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

bool inAnonymousNamespace(const DeclContext *DC) {
  for (; DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && NS->isAnonymousNamespace())
      return true;
  return false;
}

AnonymousHome anonymousHome(const Decl *D) {
  AnonymousHome Home;
  for (const DeclContext *DC = D->getLexicalDeclContext(); DC; DC = DC->getLexicalParent()) {
    const auto *NS = dyn_cast<NamespaceDecl>(DC);
    if (!NS)
      return {};
    if (NS->isAnonymousNamespace()) {
      Home.Block = NS;
      return Home;
    }
    Home.NamedRoot = NS;
  }
  return {};
}

std::string qualifiedNameOutside(const DeclContext *DC, llvm::StringRef Name) {
  std::string Result = Name.str();
  for (; DC && !DC->isTranslationUnit(); DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC);
        NS && !NS->isInline() && !NS->isAnonymousNamespace())
      Result.insert(0, NS->getNameAsString() + "::");
  return Result;
}

std::string describeNamespace(const DeclContext *DC) {
  if (DC->isTranslationUnit())
    return "the global namespace";
  return "namespace '" + cast<NamespaceDecl>(DC)->getQualifiedNameAsString() + "'";
}

} // namespace serialscope
