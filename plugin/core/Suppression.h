//===- Suppression.h - clang-tidy's NOLINT comments, for every front end -===//
#ifndef SERIALSCOPE_CORE_SUPPRESSION_H
#define SERIALSCOPE_CORE_SUPPRESSION_H

#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"

namespace serialscope {

/// Whether a finding reported at `Loc` under `Check` is silenced by a NOLINT comment, with
/// clang-tidy's syntax and meaning: `NOLINT` or `NOLINT(<checks>)` on the same line,
/// `NOLINTNEXTLINE[(<checks>)]` on the line before, or inside a
/// `NOLINTBEGIN[(<checks>)]` ... `NOLINTEND[(<checks>)]` region. `<checks>` is a
/// comma-separated list of check names and `*` globs.
///
/// The core applies it before planning fixes, so that the three front ends silence the same
/// findings and a suppressed type is never moved by another finding's fix.
bool isSuppressedByNoLint(const clang::SourceManager &SM, clang::SourceLocation Loc,
                          llvm::StringRef Check);

/// Whether `Check` matches a NOLINT check list such as `serialscope-*, misc-foo`.
bool noLintListMatches(llvm::StringRef List, llvm::StringRef Check);

} // namespace serialscope

#endif
