//===- Outputs.cpp --------------------------------------------------------===//
#include "Outputs.h"
#include "CodeQuality.h"
#include "FileWriter.h"
#include "ReportWriters.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"

#include <set>

namespace serialscope {

void writeOutputs(const Invocation &Run, RunOutcome &Outcome) {
  auto WriteFailed = [&](const SarifFailure &Failure) {
    llvm::errs() << "serialscope: error: " << Failure.Message << "\n";
    Outcome.Failures.push_back(Failure);
    ++Outcome.NotWritten;
  };
  auto WriteReport = [&](const std::string &Path, llvm::StringRef Content) {
    if (WriteResult Result = writeOutputFile(Path, Content); !Result.ok())
      WriteFailed({"", Result.Message});
  };
  if (!Run.ExportFixes.empty()) {
    llvm::Expected<std::string> Yaml = fixesYaml(Outcome.Reports);
    if (Yaml)
      WriteReport(Run.ExportFixes, *Yaml);
    else
      WriteFailed(
          {"", "cannot write '" + Run.ExportFixes + "': " + llvm::toString(Yaml.takeError())});
  }
  // The SARIF log and the Code Quality report describe the analyzed text (their line hashes
  // and columns come from the files), so they are written before the fixes change them.
  if (!Run.SarifPath.empty()) {
    SarifSettings Sarif;
    Sarif.SourceRoot = Run.SarifRoot;
    Sarif.AutomationId = Run.SarifCategory + "/";
    Sarif.Failures = Outcome.Failures;
    Sarif.Keys = Outcome.Keys;
    Sarif.KeyCandidates = Outcome.Prefiltered.candidatesOfSkipped();
    WriteReport(Run.SarifPath, makeSarif(Outcome.Reports, Sarif).dump(2));
  }
  if (!Run.CodeQualityPath.empty())
    WriteReport(Run.CodeQualityPath, makeCodeQuality(Outcome.Reports, Run.SarifRoot).dump(2));
  if (Run.Fix) {
    FixOutcome Fixed = applyFixes(Outcome.Reports);
    for (const SarifFailure &Failure : Fixed.NotWritten)
      WriteFailed(Failure);
    llvm::errs() << "serialscope: fixed " << plural(Fixed.FilesChanged, "file", "files");
    if (Fixed.Conflicts)
      llvm::errs() << " (" << Fixed.Conflicts << " conflicting edits skipped)";
    if (!Fixed.NotWritten.empty())
      llvm::errs() << ", " << Fixed.NotWritten.size() << " not written";
    llvm::errs() << "\n";
  }
}

static void printFailureKinds(const RunOutcome &Outcome);

void printSummary(const RunOutcome &Outcome, size_t Units,
                  std::chrono::steady_clock::time_point Start) {
  const std::vector<Report> &Reports = Outcome.Reports;
  const std::vector<SarifFailure> &Failures = Outcome.Failures;
  unsigned RegisteredByName = 0;
  std::set<std::string> FilesWithFixes;
  for (const Report &R : Reports) {
    RegisteredByName += R.RegisteredByName;
    for (const ReportEdit &Edit : R.Fix)
      FilesWithFixes.insert(Edit.File);
  }
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
  llvm::errs() << "serialscope: " << plural(Units, "TU", "TUs") << " in "
               << llvm::format("%.1f", Seconds)
               << " s: " << plural(Reports.size(), "finding", "findings") << " ("
               << RegisteredByName << " registered by name, " << Reports.size() - RegisteredByName
               << " serializable), " << plural(FilesWithFixes.size(), "file", "files")
               << " with fixes, " << Failures.size() << " failed\n";
  if (!Failures.empty())
    printFailureKinds(Outcome);
  if (Outcome.MergedEntries)
    llvm::errs() << "serialscope: "
                 << plural(Outcome.MergedEntries, "compile database entry",
                           "compile database entries")
                 << " analyzed with another entry of the same file and preprocessing\n";
  Outcome.Prefiltered.printSummary(llvm::errs());
  if (Outcome.FromCache)
    llvm::errs() << "serialscope: " << Outcome.FromCache << " of " << plural(Units, "TU", "TUs")
                 << " unchanged, taken from the result cache\n";
}

static void printFailureKinds(const RunOutcome &Outcome) {
  const std::vector<SarifFailure> &Failures = Outcome.Failures;
  std::vector<std::string> Kinds;
  if (Outcome.CompileErrors)
    Kinds.push_back(std::to_string(Outcome.CompileErrors) + " with compile errors");
  if (Outcome.NotAnalyzed)
    Kinds.push_back(std::to_string(Outcome.NotAnalyzed) + " not analyzed");
  if (Outcome.Crashed)
    Kinds.push_back(std::to_string(Outcome.Crashed) + " crashed");
  if (Outcome.NotWritten)
    Kinds.push_back(std::to_string(Outcome.NotWritten) + " not written");
  size_t InputErrors = Failures.size() - Outcome.CompileErrors - Outcome.NotAnalyzed -
                       Outcome.Crashed - Outcome.NotWritten;
  if (InputErrors)
    Kinds.push_back(plural(InputErrors, "input error", "input errors"));
  llvm::errs() << "serialscope: error: " << plural(Failures.size(), "file", "files")
               << " failed (" << llvm::join(Kinds, ", ") << ")\n";
}

int exitStatus(const RunOutcome &Outcome) {
  if (!Outcome.Failures.empty())
    return ExitError;
  return Outcome.Reports.empty() ? ExitClean : ExitFindings;
}

} // namespace serialscope
