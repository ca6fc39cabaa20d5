//===- ReportWriters.h - text, fixes and replacement YAML from reports ----===//
#ifndef SERIALSCOPE_TOOL_REPORTWRITERS_H
#define SERIALSCOPE_TOOL_REPORTWRITERS_H

#include "Report.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace serialscope {

/// Prints a finding the way clang does: `file:line:col: warning: ... [check]`, the source line
/// with a caret, then its notes.
void printReport(const Report &R, llvm::raw_ostream &OS);

/// Writes `Content` to `Path` through a temporary file and a rename: readers never see half a
/// file, and a failure leaves the old file as it was.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content);

/// Applies every report's fix to the files on disk. Counts files changed and edits that
/// conflicted with an earlier one (those are skipped).
llvm::Error applyFixes(const std::vector<Report> &Reports, unsigned &FilesChanged,
                       unsigned &Conflicts);

/// Writes the fixes as clang-apply-replacements YAML (the format of clang-tidy --export-fixes).
llvm::Error exportFixes(const std::vector<Report> &Reports, llvm::StringRef Path);

} // namespace serialscope

#endif
