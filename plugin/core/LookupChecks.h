//===- LookupChecks.h - will a moved declaration still mean the same? ----===//
#ifndef SERIALSCOPE_CORE_LOOKUPCHECKS_H
#define SERIALSCOPE_CORE_LOOKUPCHECKS_H

#include "EvidenceFinder.h"
#include "FixBlocker.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include <optional>
#include <vector>

namespace serialscope {

enum class DependencyMode {
  /// Moving out of a function: local entities and names found through the function's
  /// class or template scopes are out of reach.
  FromFunction,
  /// Moving out of an anonymous namespace of a header: the type becomes one entity shared
  /// by every TU, so it must not refer to anything TU-local.
  FromHeaderAnonymousNamespace,
};

/// A static member of a class around the function (`kSchema` of `Account`) that a moved type
/// names without qualification: found through the class scope in the function, it must be
/// named through its class (`Account::kSchema`) at namespace scope.
struct ClassMemberUse {
  /// Where the name is written; the class's name goes before it.
  clang::SourceLocation NameLoc;
  const clang::NamedDecl *Member;
  const clang::CXXRecordDecl *Record;
};

/// Where checkDependencies collects what can be handled instead of blocking; a null sink
/// makes those uses block.
struct DependencySinks {
  /// Local types the declaration uses: they can move first.
  std::vector<const clang::TagDecl *> *LocalTypes = nullptr;
  /// Local type aliases (`using`, `typedef`) it uses: they can move first.
  std::vector<const clang::TypedefNameDecl *> *LocalAliases = nullptr;
  /// Private and protected members of other classes it uses: at namespace scope it no longer
  /// has the access its function gave it.
  std::vector<const clang::NamedDecl *> *NonPublic = nullptr;
  /// Template parameters of enclosing templates it uses: the moved type becomes a template
  /// over them.
  std::vector<const clang::NamedDecl *> *TemplateParams = nullptr;
  /// Static members of enclosing classes named without qualification: the moved type names
  /// them through their class.
  std::vector<ClassMemberUse> *ClassMembers = nullptr;
};

/// What would stop `Unit` from meaning the same when moved to `Target` (inserted at
/// `InsertLoc`): every name it uses without qualification must still be found, by the same
/// lookup, from there.
std::optional<FixBlocker>
checkDependencies(const clang::NamedDecl *Unit, const clang::DeclContext *Target,
                  clang::SourceLocation InsertLoc, DependencyMode How, const EvidenceIndex &Index,
                  const clang::SourceManager &SM, DependencySinks Sinks = {});

/// A name `Unit` uses without qualification that the anonymous namespace `Anonymous` around it
/// declares (in any of its blocks)
/// and that `Target` declares too (`At`: where it is used), or null. Inside the anonymous
/// namespace, lookup stops at its own declaration; from `Target`, it finds both (the
/// anonymous namespace's members count as members of `Target`), which is ambiguous or, for
/// functions, another overload set.
const clang::NamedDecl *nameHiddenInAnonymousNamespace(const clang::NamedDecl *Unit,
                                                       const clang::NamespaceDecl *Anonymous,
                                                       const clang::DeclContext *Target,
                                                       clang::SourceLocation &At);

} // namespace serialscope

#endif
