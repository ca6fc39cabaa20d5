//===- ScopeClassifier.cpp ------------------------------------------------===//
#include "ScopeClassifier.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

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

/// The class or enum a declarator's type is built from: `S`, `S*`, `S[3]`, `const S&`.
static const TagDecl *underlyingTag(QualType T) {
  while (!T.isNull()) {
    if (const auto *Array = T->getAsArrayTypeUnsafe())
      T = Array->getElementType();
    else if (T->isPointerType() || T->isReferenceType())
      T = T->getPointeeType();
    else
      break;
  }
  return T.isNull() ? nullptr : T->getAsTagDecl();
}

std::string declaratorOfUnnamed(const TagDecl *Type) {
  // `struct { ... } config;` declares the variable right after the type, in the same context.
  for (const Decl *D : Type->getLexicalDeclContext()->decls()) {
    const auto *Declarator = dyn_cast<DeclaratorDecl>(D);
    if (!Declarator || Declarator->getName().empty() ||
        underlyingTag(Declarator->getType()) != Type)
      continue;
    return (isa<FieldDecl>(Declarator) ? "member '" : "variable '") +
           Declarator->getName().str() + "'";
  }
  return "";
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
    if (!Tag || !Tag->getName().empty() || Tag->getTypedefNameForAnonDecl())
      continue;
    std::string Description = "an unnamed " + Tag->getKindName().str();
    if (std::string Declarator = declaratorOfUnnamed(Tag); !Declarator.empty())
      Description += " (the type of " + Declarator + ")";
    return Scope{ScopeKind::Unnamed, Tag, Description};
  }
  return std::nullopt;
}

/// The first non-resolvable class or enum that `T` is built from, with its scope.
static std::optional<Scope> classifyTypeArgument(QualType T, unsigned Depth);

static std::optional<Scope> classifyArguments(const ClassTemplateSpecializationDecl *Spec,
                                              unsigned Depth) {
  // Deeply nested arguments are not worth an unbounded walk.
  if (Depth > 8)
    return std::nullopt;
  std::vector<TemplateArgument> Work(Spec->getTemplateArgs().asArray().begin(),
                                     Spec->getTemplateArgs().asArray().end());
  for (size_t I = 0; I < Work.size(); ++I) {
    const TemplateArgument &Arg = Work[I];
    if (Arg.getKind() == TemplateArgument::Pack) {
      Work.insert(Work.end(), Arg.pack_begin(), Arg.pack_end());
      continue;
    }
    if (Arg.getKind() != TemplateArgument::Type)
      continue;
    if (std::optional<Scope> Where = classifyTypeArgument(Arg.getAsType(), Depth + 1))
      return Where;
  }
  return std::nullopt;
}

static std::optional<Scope> classifyTypeArgument(QualType T, unsigned Depth) {
  const TagDecl *Tag = underlyingTag(T.getCanonicalType());
  if (!Tag)
    return std::nullopt;
  if (const TagDecl *Def = Tag->getDefinition())
    Tag = Def;
  if (std::optional<Scope> Where = classifyScope(Tag)) {
    // A specialization of a template in an anonymous namespace stands for its template.
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Tag))
      Tag = Spec->getSpecializedTemplate()->getTemplatedDecl();
    Where->Argument = Tag;
    return Where;
  }
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Tag))
    return classifyArguments(Spec, Depth);
  return std::nullopt;
}

std::optional<Scope> classifyTemplateArguments(const ClassTemplateSpecializationDecl *Spec) {
  return classifyArguments(Spec, 0);
}

} // namespace serialscope
