//===- PrefilterRun.h - the prefilter's part in a run of the tool ---------===//
#ifndef SERIALSCOPE_TOOL_PREFILTERRUN_H
#define SERIALSCOPE_TOOL_PREFILTERRUN_H

#include "NameResolution.h"
#include "Prefilter.h"
#include "TranslationUnitRunner.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
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

  /// A skipped unit has no keys; when one of the keys its registrations may define
  /// (KeyCandidate) is also registered at another place, in any unit, two types may share it:
  /// such units are analyzed without the prefilter, and their keys replace `KeysByUnit`'s
  /// (indexed like `Units`). With `Names`, their declared names join it (they are then no
  /// longer skipped for declareNamesOfSkipped). Returns (file, error) for any that then has a
  /// finding (the prefilter was wrong).
  std::vector<std::pair<std::string, std::string>>
  keysOfSkipped(const clang::tooling::CompilationDatabase &Database,
                const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                std::vector<std::vector<KeyRecord>> &KeysByUnit, NameResolution *Names);

  /// The key candidates of the units still skipped (SARIF keeps them for `serialscope merge`).
  std::vector<KeyCandidate> candidatesOfSkipped() const;

  /// One line, after the run's summary: how many compile commands were not parsed.
  void printSummary(llvm::raw_ostream &OS) const;

private:
  PrefilterMode Mode;
  /// The skipped units whose key candidates meet another registration of their key.
  std::vector<size_t> sharingKeys(const std::vector<std::vector<KeyRecord>> &KeysByUnit) const;

  unsigned Skipped = 0, Needless = 0, NamesOnly = 0, KeysOnly = 0;
  std::vector<size_t> SkippedUnits;
  /// The key candidates of each skipped unit that has any.
  std::map<size_t, std::vector<KeyCandidate>> Candidates;
};

} // namespace serialscope

#endif
