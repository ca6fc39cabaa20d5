//===- PrefilterRun.h - the prefilter's part in a run of the tool ---------===//
#ifndef SERIALSCOPE_TOOL_PREFILTERRUN_H
#define SERIALSCOPE_TOOL_PREFILTERRUN_H

#include "NameResolution.h"
#include "Prefilter.h"
#include "TranslationUnitRunner.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace serialscope {

/// Counts what the prefilter did over a run, and finishes what a skipped unit left undone.
class PrefilterCounts {
public:
  explicit PrefilterCounts(PrefilterMode Mode) : Mode(Mode) {}

  /// Counts unit `Unit`'s result. Returns the error to report when, in check mode, the
  /// prefilter would have skipped a compile command that has a finding. `Explain`: print why
  /// each unit analyzed needlessly was sent to the AST.
  std::optional<std::string> add(size_t Unit, const TranslationUnitResult &Result, bool Explain);

  /// A skipped unit declared no names; when some fix hoists a name, the project-wide check of
  /// hoisted names needs them, so the skipped units are analyzed without the prefilter.
  /// Returns (file, error) for any that then has a finding (the prefilter was wrong).
  std::vector<std::pair<std::string, std::string>>
  declareNamesOfSkipped(const clang::tooling::CompilationDatabase &Database,
                        const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                        const std::vector<Report> &Reports, NameResolution &Names);

  /// One line, after the run's summary: how many compile commands were not parsed.
  void printSummary(llvm::raw_ostream &OS) const;

private:
  PrefilterMode Mode;
  unsigned Skipped = 0, SkippedKeys = 0, Needless = 0, NamesOnly = 0;
  std::vector<size_t> SkippedUnits;
};

} // namespace serialscope

#endif
