//===- AnalysisRun.h - every unit analyzed, findings in file order --------===//
#ifndef SERIALSCOPE_TOOL_ANALYSISRUN_H
#define SERIALSCOPE_TOOL_ANALYSISRUN_H

#include "CommandLine.h"
#include "PrefilterRun.h"
#include "Report.h"
#include "Sarif.h"
#include "TranslationUnitRunner.h"

namespace serialscope {

/// What a run found, and what failed on the way.
struct RunOutcome {
  std::vector<Report> Reports;
  /// The unit whose analysis gave each report (its notes), and the one that gave its fix
  /// (NameResolution::NoUnit: none).
  std::vector<size_t> ReportFrom, FixFrom;
  /// Every file that failed, in the order each was said: input problems, units, writes.
  std::vector<SarifFailure> Failures;
  /// Every unit's registration keys, each once (SARIF carries them for `serialscope merge`).
  std::vector<KeyRecord> Keys;
  unsigned CompileErrors = 0, Crashed = 0, NotAnalyzed = 0, NotWritten = 0;
  PrefilterCounts Prefiltered{PrefilterMode::Off};
  /// Database entries analyzed with another of the same file and preprocessing (WorkList).
  unsigned MergedEntries = 0;
  /// Units whose first analysis came from the result cache.
  unsigned FromCache = 0;
};

/// How the units are run: worker count from -j (a note when it is more than the cores), the
/// worker's settings.
RunSettings runSettings(const Invocation &Run, size_t Units);

/// Analyzes every unit and prints the findings in file order (the first unit that reports a
/// type in a header reports it), or, when fixes leave the tool, at the end: there the names
/// the fixes declare are made unique in the project, and a file's fixes are kept only when
/// they compile together in every unit that sees the file.
RunOutcome analyzeAll(const clang::tooling::CompilationDatabase &Database,
                      const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                      const Invocation &Run, std::vector<SarifFailure> InputFailures);

} // namespace serialscope

#endif
