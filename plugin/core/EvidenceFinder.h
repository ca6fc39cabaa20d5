//===- EvidenceFinder.h - why is a type serializable? ---------------------===//
#ifndef SERIALSCOPE_CORE_EVIDENCEFINDER_H
#define SERIALSCOPE_CORE_EVIDENCEFINDER_H

#include "Finding.h"
#include "Options.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"

namespace serialscope {

/// Evidence found for each type, keyed by the type's defining declaration (for local classes
/// of template instantiations: the pattern's), plus the non-resolvable type definitions seen.
struct EvidenceIndex {
  llvm::MapVector<const clang::TagDecl *, std::vector<Evidence>> ByType;
  /// Type definitions outside system headers that are not resolvable by name, in TU order.
  std::vector<std::pair<const clang::TagDecl *, Scope>> Candidates;
  /// Using-directives of user code: the hoist planner asks what unqualified lookup can see.
  std::vector<const clang::UsingDirectiveDecl *> UsingDirectives;
  /// Every key a registration by name gives its type, in TU order of the walk.
  std::vector<KeySite> Keys;
};

/// Walks the user code of a translation unit once and records every evidence of the frameworks
/// (Framework.h) enabled by `Opts`. System headers are skipped: evidence always sits in user code
/// (a macro such as BOOST_CLASS_EXPORT expands where it is written).
EvidenceIndex findEvidence(clang::ASTContext &Ctx, const Options &Opts);

/// The declaration evidence is recorded against for type `T` (nullptr if T is no tag type).
const clang::TagDecl *evidenceTarget(clang::QualType T);

/// Qualified name without inline namespaces ("nlohmann::basic_json").
std::string plainQualifiedName(const clang::NamedDecl *D);

} // namespace serialscope

#endif
