//===- ClangCompat.h - What differs between the supported Clang majors ----===//
//
// serialscope builds against Clang 19 and Clang 22 (cmake/SerialscopeLLVM.cmake). Clang 22
// reworked how a type's qualifier is kept: `ns::T` was an ElaboratedType wrapping T, and is
// now T itself carrying its qualifier, and a nested-name-specifier became a value. Every use
// of an API that differs goes through here, so that the rest of the code reads the same for
// both and a new Clang is one file's work.
//
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CLANGCOMPAT_H
#define SERIALSCOPE_CLANGCOMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/Version.h"

#if CLANG_VERSION_MAJOR != 19 && CLANG_VERSION_MAJOR != 22
#error "serialscope supports Clang 19 and 22; see docs/clang-versions.md"
#endif

namespace serialscope::compat {

/// The type a class, union or enum declares, without sugar.
inline clang::QualType tagType(const clang::ASTContext &Ctx, const clang::TagDecl *Tag) {
#if CLANG_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(Tag);
#else
  return Ctx.getTagDeclType(Tag);
#endif
}

/// The definition a written class, union or enum name refers to (Clang 22 gives the
/// declaration that the name found, which may be a forward declaration).
inline const clang::TagDecl *namedTag(clang::TagTypeLoc TL) {
  const clang::TagDecl *Tag = TL.getDecl();
  if (const clang::TagDecl *Definition = Tag->getDefinition())
    return Definition;
  return Tag;
}

/// The typedef or alias declaration a written name refers to.
inline const clang::TypedefNameDecl *namedTypedef(clang::TypedefTypeLoc TL) {
#if CLANG_VERSION_MAJOR >= 22
  return TL.getTypePtr()->getDecl();
#else
  return TL.getTypedefNameDecl();
#endif
}

/// The using-declaration through which a written name found its type.
inline const clang::UsingShadowDecl *foundThroughUsing(clang::UsingTypeLoc TL) {
#if CLANG_VERSION_MAJOR >= 22
  return TL.getTypePtr()->getDecl();
#else
  return TL.getFoundDecl();
#endif
}

/// For a type written with a qualifier (`ns::T`), the location of the type whose name the
/// qualifier applies to, which is the one a visitor then reaches with that name; null for any
/// other type location.
inline clang::TypeLoc qualifiedNameIn(clang::TypeLoc TL) {
#if CLANG_VERSION_MAJOR >= 22
  return TL.getPrefix() ? TL : clang::TypeLoc();
#else
  if (auto Elaborated = TL.getAs<clang::ElaboratedTypeLoc>(); Elaborated && Elaborated.getQualifierLoc())
    return Elaborated.getNamedTypeLoc();
  return clang::TypeLoc();
#endif
}

/// `a::b::` for `a::b::c::`: the specifier before the last component; null for the first.
inline clang::NestedNameSpecifierLoc prefixOf(clang::NestedNameSpecifierLoc NNS) {
#if CLANG_VERSION_MAJOR >= 22
  switch (NNS.getNestedNameSpecifier().getKind()) {
  case clang::NestedNameSpecifier::Kind::Namespace:
    return NNS.castAsNamespaceAndPrefix().Prefix;
  case clang::NestedNameSpecifier::Kind::Type:
    return NNS.castAsTypeLoc().getPrefix();
  default:
    return clang::NestedNameSpecifierLoc();
  }
#else
  return NNS.getPrefix();
#endif
}

/// The type a specifier's last component names (`c` in `a::c::`), without its qualifier.
inline clang::TypeLoc typeIn(clang::NestedNameSpecifierLoc NNS) {
#if CLANG_VERSION_MAJOR >= 22
  return NNS.getAsTypeLoc();
#else
  return NNS.getTypeLoc();
#endif
}

/// The namespace or namespace alias a specifier's last component names, if it names one.
inline const clang::NamedDecl *namespaceIn(clang::NestedNameSpecifierLoc NNS) {
#if CLANG_VERSION_MAJOR >= 22
  if (NNS.getNestedNameSpecifier().getKind() == clang::NestedNameSpecifier::Kind::Namespace)
    return NNS.getNestedNameSpecifier().getAsNamespaceAndPrefix().Namespace;
  return nullptr;
#else
  const clang::NestedNameSpecifier *Spec = NNS.getNestedNameSpecifier();
  if (Spec->getKind() == clang::NestedNameSpecifier::NamespaceAlias)
    return Spec->getAsNamespaceAlias();
  return Spec->getAsNamespace();
#endif
}

/// Traverses a type location but not the qualifier written before it (which the caller
/// has traversed already).
template <typename Visitor>
bool traverseWithoutQualifier(Visitor &V, clang::TypeLoc TL) {
#if CLANG_VERSION_MAJOR >= 22
  return V.TraverseTypeLoc(TL, /*TraverseQualifier=*/false);
#else
  return V.TraverseTypeLoc(TL);
#endif
}

} // namespace serialscope::compat

#endif
