//===- ScopeClassifier.h - is a type resolvable by name? ------------------===//
#ifndef SERIALSCOPE_CORE_SCOPECLASSIFIER_H
#define SERIALSCOPE_CORE_SCOPECLASSIFIER_H

#include "Finding.h"
#include <optional>

namespace clang {
class ClassTemplateSpecializationDecl;
}

namespace serialscope {

/// Classifies where a type lives (docs/checks/non-resolvable-type.md). Returns nothing when the
/// type can be named from another translation unit: namespace scope, inline namespaces, classes
/// nested in such classes. A namespace-scope class derived from a local class is resolvable: only
/// the declaration's own context counts.
std::optional<Scope> classifyScope(const clang::TagDecl *Type);

/// For a class template specialization that is itself resolvable: the first template
/// argument (searched depth-first, through pointers, references, arrays and nested
/// specializations) that is not, with its scope in `Scope::Argument`.
std::optional<Scope>
classifyTemplateArguments(const clang::ClassTemplateSpecializationDecl *Spec);

/// The innermost function, method, lambda or block whose body contains `D`, if any.
const clang::Decl *enclosingFunction(const clang::Decl *D);

/// "function 'f'", "lambda in function 'f'", "constructor 'C::C'", ...
std::string describeFunction(const clang::Decl *Function);

/// For an unnamed class or enum, the first named variable or member declared with it:
/// "variable 'config'", "member 'settings'"; empty when there is none.
std::string declaratorOfUnnamed(const clang::TagDecl *Type);

} // namespace serialscope

#endif
