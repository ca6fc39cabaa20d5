//===- PrefilterRun.cpp ---------------------------------------------------===//
#include "PrefilterRun.h"

#include "llvm/ADT/STLExtras.h"

namespace serialscope {

std::optional<std::string> PrefilterCounts::add(size_t Unit, const TranslationUnitResult &Result,
                                                bool Explain) {
  if (Mode == PrefilterMode::Off)
    return std::nullopt;
  Skipped += Result.PrefilterSkipped;
  SkippedKeys += Result.PrefilterSkippedKeys;
  Needless += Result.PrefilterNeedless;
  if (Mode == PrefilterMode::On && Result.PrefilterSkipped)
    SkippedUnits.push_back(Unit);
  if (Explain && Result.PrefilterNeedless)
    llvm::errs() << "serialscope: note: prefilter: '" << Result.File
                 << "' went to the AST needlessly: " << Result.PrefilterReason << "\n";
  if (Result.PrefilterUnsound.empty())
    return std::nullopt;
  return "prefilter: the scan of '" + Result.File +
         "' found no possible finding, but the analysis found one: " + Result.PrefilterUnsound;
}

std::vector<std::pair<std::string, std::string>> PrefilterCounts::declareNamesOfSkipped(
    const clang::tooling::CompilationDatabase &Database,
    const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
    const std::vector<Report> &Reports, NameResolution &Names) {
  std::vector<std::pair<std::string, std::string>> Wrong;
  if (SkippedUnits.empty() ||
      llvm::none_of(Reports, [](const Report &R) { return !R.HoistedNames.empty(); }))
    return Wrong;
  std::vector<TranslationUnitJob> Jobs;
  for (size_t Unit : SkippedUnits)
    Jobs.push_back(Units[Unit]);
  NamesOnly = Jobs.size();
  runTranslationUnits(Database, Jobs, Settings, [&](size_t Index, TranslationUnitResult Result) {
    Names.addDeclared(SkippedUnits[Index], Result.DeclaredNames, /*KeepOwn=*/false);
    if (!Result.Reports.empty())
      Wrong.emplace_back(Result.File, "prefilter: '" + Result.File +
                                          "' was skipped, but has a finding: " +
                                          Result.Reports.front().Message);
  });
  return Wrong;
}

void PrefilterCounts::printSummary(llvm::raw_ostream &OS) const {
  if (Mode == PrefilterMode::Off)
    return;
  if (Mode == PrefilterMode::Check) {
    OS << "serialscope: prefilter check: " << Skipped
       << (Skipped == 1 ? " compile command" : " compile commands")
       << " without a possible finding, " << Needless << " sent to the AST that gave no finding\n";
    return;
  }
  if (!Skipped)
    return;
  OS << "serialscope: prefilter: " << Skipped
     << (Skipped == 1 ? " compile command" : " compile commands")
     << " not parsed (no possible finding)";
  if (NamesOnly)
    OS << ", " << NamesOnly << " of their files parsed for the names fixes must not take";
  OS << "\n";
  // Their registrations spell only namespace-scope classes: keys two such types share are
  // found only when the units are parsed (docs/checks/duplicate-registration-key.md).
  if (Mode == PrefilterMode::On && SkippedKeys)
    OS << "serialscope: note: prefilter: " << SkippedKeys
       << (SkippedKeys == 1 ? " compile command that registers" : " compile commands that register")
       << " types by name not parsed: their registration keys are not compared "
          "(--prefilter=off compares them)\n";
}

} // namespace serialscope
