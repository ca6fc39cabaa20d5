//===- PrefilterRun.cpp ---------------------------------------------------===//
#include "PrefilterRun.h"

#include "llvm/ADT/STLExtras.h"

namespace serialscope {

std::optional<std::string> PrefilterCounts::add(size_t Unit, const TranslationUnitResult &Result,
                                                bool Explain) {
  if (Mode == PrefilterMode::Off)
    return std::nullopt;
  Skipped += Result.PrefilterSkipped;
  Needless += Result.PrefilterNeedless;
  if (Mode == PrefilterMode::On && Result.PrefilterSkipped)
    SkippedUnits.push_back(Unit);
  if (!Result.KeyCandidates.empty())
    Candidates[Unit] = Result.KeyCandidates;
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

std::vector<size_t>
PrefilterCounts::sharingKeys(const std::vector<std::vector<KeyRecord>> &KeysByUnit) const {
  std::vector<KeyRecord> Records;
  for (const std::vector<KeyRecord> &Keys : KeysByUnit)
    llvm::append_range(Records, Keys);
  std::vector<KeyCandidate> All;
  std::vector<size_t> Owner;
  for (const auto &[Unit, List] : Candidates) {
    llvm::append_range(All, List);
    Owner.insert(Owner.end(), List.size(), Unit);
  }
  std::vector<bool> Shares = candidatesSharingKeys(Records, All);
  std::vector<size_t> Sharing;
  for (size_t I = 0; I < All.size(); ++I)
    if (Shares[I] && (Sharing.empty() || Sharing.back() != Owner[I]))
      Sharing.push_back(Owner[I]);
  return Sharing;
}

std::vector<std::pair<std::string, std::string>> PrefilterCounts::keysOfSkipped(
    const clang::tooling::CompilationDatabase &Database,
    const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
    std::vector<std::vector<KeyRecord>> &KeysByUnit, NameResolution *Names) {
  std::vector<std::pair<std::string, std::string>> Wrong;
  std::vector<size_t> Sharing = sharingKeys(KeysByUnit);
  if (Sharing.empty())
    return Wrong;
  std::vector<TranslationUnitJob> Jobs;
  for (size_t Unit : Sharing)
    Jobs.push_back(Units[Unit]);
  KeysOnly = Jobs.size();
  runTranslationUnits(Database, Jobs, Settings, [&](size_t Index, TranslationUnitResult Result) {
    size_t Unit = Sharing[Index];
    // A unit that could not be analyzed now keeps the keys its first analysis gave.
    if (Result.State == TranslationUnitResult::Status::Ok ||
        Result.State == TranslationUnitResult::Status::CompileErrors)
      KeysByUnit[Unit] = std::move(Result.Keys);
    if (Names)
      Names->addDeclared(Unit, Result.DeclaredNames, /*KeepOwn=*/false);
    if (!Result.Reports.empty())
      Wrong.emplace_back(Result.File,
                         "prefilter: '" + Result.File +
                             "' was skipped, but has a finding: " + Result.Reports.front().Message);
  });
  for (size_t Unit : Sharing)
    Candidates.erase(Unit);
  // They are parsed now: declareNamesOfSkipped has their names, when it needs them.
  llvm::erase_if(SkippedUnits, [&](size_t Unit) { return llvm::is_contained(Sharing, Unit); });
  return Wrong;
}

std::vector<KeyCandidate> PrefilterCounts::candidatesOfSkipped() const {
  std::vector<KeyCandidate> All;
  for (const auto &Entry : Candidates)
    llvm::append_range(All, Entry.second);
  return All;
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
  if (KeysOnly)
    OS << ", " << KeysOnly << " of their files parsed for a registration key also registered "
       << "elsewhere";
  if (NamesOnly)
    OS << ", " << NamesOnly << " of their files parsed for the names fixes must not take";
  OS << "\n";
}

} // namespace serialscope
