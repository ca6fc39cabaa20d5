//===- DeclScopes.h - where a declaration sits, for the fix planner ------===//
#ifndef SERIALSCOPE_CORE_DECLSCOPES_H
#define SERIALSCOPE_CORE_DECLSCOPES_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclTemplate.h"
#include <string>

namespace serialscope {

/// Whether `D` is `Container` or declared inside it (semantically or lexically).
bool isWithin(const clang::Decl *D, const clang::Decl *Container);
/// `'Name'`, as notes quote declarations.
std::string quoted(const clang::NamedDecl *D);
/// The context whose scope declares `D` for unqualified lookup: the enclosing context with
/// transparent ones skipped (linkage specifications, the enum of an unscoped enumerator).
const clang::DeclContext *lookupContext(const clang::Decl *D);
/// The class template `D` is the pattern or a specialization of, if any: declarations of
/// that template carry the same name and live in the same namespace as `D`.
const clang::ClassTemplateDecl *classTemplateOf(const clang::Decl *D);
/// The outermost type that must move for `Type` to move: the outermost local class around it
/// (function scope) or the class directly inside the anonymous namespace.
const clang::TagDecl *hoistedUnit(const clang::TagDecl *Type);
/// The declaration the moved type is inserted before: the outermost declaration at namespace
/// scope (or in a linkage specification) that contains `D`, with its template header.
const clang::Decl *outermostDeclaration(const clang::Decl *D);
/// What a local type of `D`'s function is inserted before: its outermost declaration or, when
/// that is inside an anonymous namespace, the outermost anonymous namespace block around it
/// (the type goes to the named namespace around that block, where it has a name for others).
const clang::Decl *insertionAnchor(const clang::Decl *D);
/// The declaration directly inside `Namespace` that `D` belongs to: a function template
/// rather than its pattern, the pattern of an instantiation, the outermost enclosing member.
const clang::Decl *memberOf(const clang::Decl *D, const clang::NamespaceDecl *Namespace);
bool inAnonymousNamespace(const clang::DeclContext *DC);
/// Where a declaration of an anonymous namespace sits: the anonymous block whose split moves
/// it, and the outermost named namespace between that block and it (`detail` in
/// `namespace { namespace detail { T } }`, null when it is directly in the block), which the
/// fix moves out whole. No block when something else is in between.
struct AnonymousHome {
  const clang::NamespaceDecl *Block = nullptr;
  const clang::NamespaceDecl *NamedRoot = nullptr;
};
AnonymousHome anonymousHome(const clang::Decl *D);
/// `Name` declared in `DC` once no anonymous namespace is left around it: `shop::detail::Point`
/// for `Point` in `shop::(anonymous)::detail` (inline namespaces are skipped, as in
/// qualifiedNameIn).
std::string qualifiedNameOutside(const clang::DeclContext *DC, llvm::StringRef Name);
/// "the global namespace", "namespace 'shop'".
std::string describeNamespace(const clang::DeclContext *DC);

} // namespace serialscope

#endif
