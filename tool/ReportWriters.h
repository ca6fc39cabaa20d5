//===- ReportWriters.h - text, fixes and replacement YAML from reports ----===//
#ifndef SERIALSCOPE_TOOL_REPORTWRITERS_H
#define SERIALSCOPE_TOOL_REPORTWRITERS_H

#include "Report.h"
#include "Sarif.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace serialscope {

/// Prints a finding the way clang does: `file:line:col: warning: ... [check]`, the source line
/// with a caret, then its notes.
void printReport(const Report &R, llvm::raw_ostream &OS);

/// What --fix did.
struct FixOutcome {
  unsigned FilesChanged = 0;
  /// Edits that overlapped an earlier one in the same file (those are skipped).
  unsigned Conflicts = 0;
  /// Files whose fixes were not written (not writable, changed since the analysis, a failed
  /// write), each with its one-line reason.
  std::vector<SarifFailure> NotWritten;
};

/// Applies every report's fix to the files on disk, one file at a time (FileWriter.h): a file
/// that cannot be written does not stop the others.
FixOutcome applyFixes(const std::vector<Report> &Reports);

/// The fixes as clang-apply-replacements YAML (the format of clang-tidy --export-fixes).
llvm::Expected<std::string> fixesYaml(const std::vector<Report> &Reports);

} // namespace serialscope

#endif
