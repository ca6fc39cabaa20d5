//===- Finding.cpp --------------------------------------------------------===//
#include "Finding.h"

#include "llvm/ADT/STLExtras.h"

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

clang::SourceLocation Finding::location() const { return Type->getLocation(); }

std::string Finding::typeName() const {
  if (!Type->getName().empty())
    return Type->getName().str();
  if (const clang::TypedefNameDecl *Typedef = Type->getTypedefNameForAnonDecl())
    return Typedef->getName().str();
  return "(unnamed " + std::string(Type->getKindName()) + ")";
}

std::string Finding::message() const {
  std::string Name = "'" + typeName() + "'";
  if (registeredByName())
    return "type " + Name + " is registered by name but is declared in " + Where.Description +
           ": resolving it by name will fail at run time";
  return "serializable type " + Name + " is declared in " + Where.Description +
         ": no reader outside can name it";
}

} // namespace serialscope
