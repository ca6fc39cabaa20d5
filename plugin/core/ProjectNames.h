//===- ProjectNames.h - names a translation unit declares at namespace scope ===//
#ifndef SERIALSCOPE_CORE_PROJECTNAMES_H
#define SERIALSCOPE_CORE_PROJECTNAMES_H

#include "clang/AST/ASTContext.h"
#include <set>
#include <string>

namespace serialscope {

/// `Name` declared directly in `Namespace` (a file context), qualified the way a reader
/// writes it: `shop::Point`, `Plugin` in the global namespace. Inline namespaces are skipped
/// (`shop::v1::Point` in inline `v1` is `shop::Point`); linkage specifications too.
std::string qualifiedNameIn(const clang::DeclContext *Namespace, llvm::StringRef Name);

/// The namespace part of a qualified name: `shop` for `shop::Point`, empty for `Plugin`.
llvm::StringRef namespaceOf(llvm::StringRef QualifiedName);

/// Every qualified name this translation unit declares at namespace scope in user (non-system)
/// files: classes, enums, typedefs and aliases, functions, variables, templates and namespaces,
/// in named namespaces and the global one (not in anonymous namespaces, whose names no other
/// translation unit can meet). What the standalone tool checks hoisted names against.
std::set<std::string> declaredNames(clang::ASTContext &Ctx);

} // namespace serialscope

#endif
