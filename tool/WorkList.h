//===- WorkList.h - the translation units a run analyzes ------------------===//
#ifndef SERIALSCOPE_TOOL_WORKLIST_H
#define SERIALSCOPE_TOOL_WORKLIST_H

#include "CommandLine.h"
#include "Sarif.h"
#include "TranslationUnitRunner.h"

namespace serialscope {

struct WorkList {
  /// The compile_commands.json (-p, or the nearest one above the first named file), else the
  /// flags after `--`.
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  /// In database order, or in the order the files were named; each with its options.
  std::vector<TranslationUnitJob> Units;
  /// Named files or database entries that cannot be analyzed, each already printed.
  std::vector<SarifFailure> Failures;
  /// Named headers without a compile command of their own: not analyzed, not failures.
  unsigned SkippedHeaders = 0;
  /// Database entries analyzed with another entry of the same file and preprocessing.
  unsigned MergedEntries = 0;
  /// The directory of the compile_commands.json (absolute); empty for flags after `--`.
  std::string BuildDirectory;
};

/// Finds the compile commands, picks the files (named ones, or the whole database, through
/// --include and --exclude) and their options (.clang-tidy, then --option). A problem with one
/// file is printed and kept in the list; one that stops the run (no database, a bad
/// .clang-tidy, nothing to analyze) is the error.
llvm::Expected<WorkList> collectWork(Invocation &Run);

} // namespace serialscope

#endif
