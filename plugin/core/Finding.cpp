//===- Finding.cpp --------------------------------------------------------===//
#include "Finding.h"
#include "ScopeClassifier.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace serialscope {

llvm::StringRef scopeId(ScopeKind Kind) {
  switch (Kind) {
  case ScopeKind::Function:
    return "function";
  case ScopeKind::AnonymousNamespace:
    return "anonymous-namespace";
  case ScopeKind::Unnamed:
    return "unnamed";
  }
  llvm_unreachable("unknown scope kind");
}

bool Finding::registeredByName() const {
  return llvm::any_of(Evidences, [](const Evidence &E) { return E.RegistersByName; });
}

clang::SourceLocation Finding::location() const {
  if (Where.Argument)
    for (const Evidence &E : Evidences)
      if (E.RegistersByName)
        return E.Loc;
  // Where the macro that declares it is used: every front end reports the same line, without
  // the "expanded from macro" notes some of them would add.
  return Type->getASTContext().getSourceManager().getExpansionLoc(Type->getLocation());
}

namespace {

bool hasNoName(const clang::TagDecl *Tag) {
  return Tag->getName().empty() && !Tag->getTypedefNameForAnonDecl();
}

} // namespace

std::string Finding::typeName() const {
  if (const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(Type)) {
    std::string Name;
    llvm::raw_string_ostream OS(Name);
    Spec->getNameForDiagnostic(OS, Type->getASTContext().getPrintingPolicy(),
                               /*Qualified=*/false);
    return Name;
  }
  if (!Type->getName().empty())
    return Type->getName().str();
  if (const clang::TypedefNameDecl *Typedef = Type->getTypedefNameForAnonDecl())
    return Typedef->getName().str();
  return "(unnamed " + std::string(Type->getKindName()) + ")";
}

std::string Finding::identity() const {
  llvm::SmallString<128> Usr;
  // generateUSRForDecl returns true when it cannot name the declaration.
  std::string Result =
      clang::index::generateUSRForDecl(Type, Usr) ? typeName() : std::string(Usr);
  if (hasNoName(Type))
    Result += "|" + declaratorOfUnnamed(Type);
  return Result;
}

// Two tiers (docs/checks/non-resolvable-type.md): evidence that registers the type by name means a
// lookup by that name *will* fail at run time; other evidence means no reader outside can name the
// type. Both say where the type lives. Unnamed types are called by the variable they declare ("type
// of variable 'config'"), since "'(unnamed struct)'" tells the reader nothing.
std::string Finding::message() const {
  std::string Subject;
  std::string Predicate;
  if (Where.Argument) {
    Subject = "type '" + typeName() + "'";
    const auto *Arg = llvm::dyn_cast<clang::CXXRecordDecl>(Where.Argument);
    if (Arg && Arg->isLambda())
      Predicate = "has a lambda as template argument, declared in " + Where.Description;
    else if (hasNoName(Where.Argument))
      Predicate = "has an unnamed " + Where.Argument->getKindName().str() +
                  " as template argument" +
                  (Where.Kind == ScopeKind::Unnamed ? "" : ", declared in " + Where.Description);
    else
      Predicate = "has template argument '" + Where.Argument->getName().str() +
                  "' declared in " + Where.Description;
  } else if (hasNoName(Type)) {
    std::string Declarator = declaratorOfUnnamed(Type);
    Subject = Declarator.empty() ? "type" : "type of " + Declarator;
    Predicate = "is an unnamed " + Type->getKindName().str();
    if (Where.Kind != ScopeKind::Unnamed)
      Predicate += " declared in " + Where.Description;
  } else {
    Subject = "type '" + typeName() + "'";
    Predicate = "is declared in " + Where.Description;
  }
  if (registeredByName())
    return Subject + " is registered by name but " + Predicate +
           ": resolving it by name will fail at run time";
  return "serializable " + Subject + " " + Predicate + ": no reader outside can name it";
}

} // namespace serialscope
