//===- ArchiveHooks.h - serialize/save/load functions that take an archive ===//
#ifndef SERIALSCOPE_CORE_FRAMEWORKS_ARCHIVEHOOKS_H
#define SERIALSCOPE_CORE_FRAMEWORKS_ARCHIVEHOOKS_H

#include "Framework.h"

namespace serialscope {

/// How a framework built on archives (Boost.Serialization, cereal) tells its archives: the
/// hooks themselves (`serialize`, `save`, `load`, `save_minimal`, `load_minimal`, as members
/// or as free functions taking the object next) are the same in each.
struct ArchiveKind {
  /// Whether the class of this qualified name is one of the framework's archives.
  bool (*IsArchiveClass)(llvm::StringRef QualifiedName);
  /// Whether a template parameter taken as the archive of hook `FD` can be one of the
  /// framework's archives. `VersionParam` is the index the version number would have (a
  /// framework that always passes it checks it is the last parameter).
  bool (*TakesTemplateArchive)(const clang::FunctionDecl &FD, unsigned VersionParam,
                               const EvidenceContext &Ctx);
};

/// Records evidence `archive-member` or `archive-free` when `FD` is a hook taking an archive
/// of `Kind`.
void matchArchiveHook(const clang::FunctionDecl &FD, const ArchiveKind &Kind,
                      EvidenceContext &Ctx);

/// Whether `Qualified` names something in namespace `Namespace` or below.
bool isInNamespace(llvm::StringRef Qualified, llvm::StringRef Namespace);

} // namespace serialscope

#endif
