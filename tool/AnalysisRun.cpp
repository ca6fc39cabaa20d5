//===- AnalysisRun.cpp ----------------------------------------------------===//
#include "AnalysisRun.h"
#include "FixVerification.h"
#include "NameResolution.h"
#include "Progress.h"
#include "ReportWriters.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Threading.h"

#include <map>

namespace serialscope {
namespace {

/// The first "error:" line of clang's output, for one-line summaries.
std::string firstError(llvm::StringRef Output) {
  for (llvm::StringRef Line : llvm::split(Output, '\n'))
    if (Line.contains(": error: ") || Line.contains("error: "))
      return Line.trim().str();
  return {};
}

/// Workers to start for `-j Requested` (0: not given) and `Units` files: one per core at most,
/// since each analysis keeps a core busy and more only compete for them; and no more than
/// there are files. Asking for more than the cores is noted once.
unsigned workerCount(unsigned Requested, size_t Units) {
  unsigned Cores = std::max(1u, llvm::hardware_concurrency().compute_thread_count());
  unsigned Count = Requested ? std::min(Requested, Cores) : Cores;
  Count = std::max<unsigned>(1, std::min<size_t>(Count, Units));
  if (Requested > Cores)
    llvm::errs() << "serialscope: note: -j " << Requested << " is more than the " << Cores
                 << (Cores == 1 ? " core" : " cores") << " of this machine; using "
                 << plural(Count, "worker", "workers") << "\n";
  return Count;
}

/// Takes each unit's result, in file order: counts and names its failure, keeps each finding
/// once, and prints it unless fixes leave the tool (then another unit may change a fix's
/// name, and the findings are printed at the end).
class ResultCollector {
public:
  ResultCollector(RunOutcome &Outcome, NameResolution &Names, bool ResolveNames,
                  bool ReportFindings, llvm::raw_ostream &FindingsOut, size_t Units)
      : KeysByUnit(Units), Outcome(Outcome), Names(Names), ResolveNames(ResolveNames),
        ReportFindings(ReportFindings), FindingsOut(FindingsOut) {}

  void take(size_t Unit, TranslationUnitResult &Result, bool ExplainPrefilter) {
    if (std::optional<std::string> Wrong =
            Outcome.Prefiltered.add(Unit, Result, ExplainPrefilter)) {
      llvm::errs() << "serialscope: error: " << *Wrong << "\n";
      Outcome.Failures.push_back({Result.File, *Wrong});
    }
    // Errors, and warnings with --compiler-warnings: the worker kept only what is shown.
    llvm::errs() << Result.CompilerOutput;
    if (Result.State != TranslationUnitResult::Status::Ok)
      noteFailure(Result);
    // A fix computed on an AST with errors may not compile; like clang-tidy without
    // -fix-errors, keep the finding and drop the fix.
    bool Trusted = Result.State == TranslationUnitResult::Status::Ok;
    if (ResolveNames)
      Names.addDeclared(Unit, Result.DeclaredNames,
                        Trusted && llvm::any_of(Result.Reports, [](const Report &R) {
                          return !R.HoistedNames.empty();
                        }));
    KeysByUnit[Unit] = std::move(Result.Keys);
    // --checks without serialscope-non-resolvable-type: its findings (and fixes) are dropped.
    if (!ReportFindings)
      Result.Reports.clear();
    std::vector<Report> &Reports = Outcome.Reports;
    for (Report &R : Result.Reports) {
      auto [It, New] = Seen.try_emplace(R.key(), Reports.size());
      if (!New) {
        if (Trusted && Reports[It->second].Fix.empty() && !R.Fix.empty()) {
          Reports[It->second].Fix = R.Fix;
          Reports[It->second].HoistedNames = R.HoistedNames;
          Outcome.FixFrom[It->second] = Unit;
        }
        continue;
      }
      if (!Trusted) {
        R.Fix.clear();
        R.HoistedNames.clear();
      }
      if (!ResolveNames)
        printReport(R, FindingsOut);
      Outcome.FixFrom.push_back(R.Fix.empty() ? NameResolution::NoUnit : Unit);
      Outcome.ReportFrom.push_back(Unit);
      Reports.push_back(std::move(R));
    }
    FindingsOut.flush();
  }

  /// Every unit's registration keys, by unit.
  std::vector<std::vector<KeyRecord>> KeysByUnit;

private:
  void noteFailure(const TranslationUnitResult &Result) {
    using Status = TranslationUnitResult::Status;
    std::string Shown = displayPath(Result.File);
    std::string Message;
    if (Result.State == Status::CompileErrors) {
      ++Outcome.CompileErrors;
      Message = "'" + Shown +
                "' has compile errors: its findings come from the AST clang "
                "recovered, and their fixes are not applied";
    } else if (Result.State == Status::Crashed) {
      ++Outcome.Crashed;
      Message = "the analysis of '" + Shown + "' crashed; the other files are not affected";
    } else {
      ++Outcome.NotAnalyzed;
      std::string Why = firstError(Result.CompilerOutput);
      Message = "cannot analyze '" + Shown + "'" + (Why.empty() ? "" : ": " + Why);
    }
    llvm::errs() << "serialscope: "
                 << (Result.State == Status::CompileErrors ? "warning: " : "error: ") << Message
                 << "\n";
    Outcome.Failures.push_back({Result.File, Message});
  }

  RunOutcome &Outcome;
  NameResolution &Names;
  bool ResolveNames, ReportFindings;
  llvm::raw_ostream &FindingsOut;
  /// Report::key() of every finding kept, and its index.
  std::map<std::string, size_t> Seen;
};

/// Fixes are planned one unit and one compile command at a time; they are handed out only
/// when the names they declare are unique in the project and all of a file's fixes together
/// still compile in every unit that sees the file.
void settleFixes(const clang::tooling::CompilationDatabase &Database,
                 const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                 NameResolution &Names, const std::vector<std::vector<KeyRecord>> &KeysByUnit,
                 RunOutcome &Outcome) {
  for (const auto &[File, Message] :
       Outcome.Prefiltered.declareNamesOfSkipped(Database, Units, Settings, Outcome.Reports, Names)) {
    llvm::errs() << "serialscope: error: " << Message << "\n";
    Outcome.Failures.push_back({File, Message});
  }
  unsigned Again = resolveProjectNames(Database, Units, Settings, Names, KeysByUnit,
                                       Outcome.Reports, Outcome.ReportFrom, Outcome.FixFrom);
  if (Again)
    llvm::errs() << "serialscope: " << plural(Again, "file", "files")
                 << " analyzed again so that every name a fix declares is unique in the "
                    "project\n";
  dropOverlappingFixes(Outcome.Reports, Outcome.FixFrom);
  verifyFixes(Database, Units, Settings, Outcome.Reports, Outcome.FixFrom);
}

} // namespace

RunSettings runSettings(const Invocation &Run, size_t Units) {
  RunSettings Settings;
  Settings.CollectNames = Run.resolvesNames();
  Settings.ResourceDir = SERIALSCOPE_CLANG_RESOURCE_DIR;
  // Test hook, documented in docs/ci.md: makes the worker of one file abort.
  if (const char *Crash = getenv("SERIALSCOPE_TEST_CRASH_ON"))
    Settings.CrashOnFile = Crash;
  Settings.Jobs = workerCount(Run.Jobs, Units);
  Settings.Prefilter = Run.Prefilter;
  Settings.ReadKeys = Run.Checks.DuplicateRegistrationKey;
  Settings.CompilerWarnings = Run.CompilerWarnings;
  return Settings;
}

RunOutcome analyzeAll(const clang::tooling::CompilationDatabase &Database,
                      const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                      const Invocation &Run, std::vector<SarifFailure> InputFailures) {
  RunOutcome Outcome;
  Outcome.Prefiltered = PrefilterCounts(Settings.Prefilter);
  Outcome.Failures = std::move(InputFailures);
  llvm::raw_ostream &FindingsOut = Run.findingsStream();
  NameResolution Names;
  ResultCollector Collector(Outcome, Names, Run.resolvesNames(), Run.Checks.NonResolvableType,
                            FindingsOut, Units.size());
  Progress Bar(Run.ProgressStyle, Run.ProgressInterval, llvm::errs());
  Bar.start(Units.size());

  // Results arrive in completion order; they are taken in file order, as soon as every
  // earlier file is done, so the output is the same for any -j.
  std::map<size_t, TranslationUnitResult> Pending;
  size_t NextToTake = 0, Finished = 0, FailedUnits = 0;
  runTranslationUnits(Database, Units, Settings, [&](size_t Index, TranslationUnitResult Result) {
    ++Finished;
    Outcome.FromCache += Result.FromCache;
    FailedUnits += Result.State != TranslationUnitResult::Status::Ok;
    Pending.emplace(Index, std::move(Result));
    bool Cleared = false;
    for (auto It = Pending.find(NextToTake); It != Pending.end();
         It = Pending.find(++NextToTake)) {
      if (!Cleared)
        Bar.clear();
      Cleared = true;
      Collector.take(It->first, It->second, Run.ExplainPrefilter);
      Pending.erase(It);
    }
    Bar.update(Finished, FailedUnits);
  });
  Bar.finish();

  // Re-analyses need every unit's AST: the keys of skipped units, fixes and names.
  RunSettings Reanalysis = Settings;
  Reanalysis.Prefilter = PrefilterMode::Off;
  if (Settings.ReadKeys)
    for (const auto &[File, Message] :
         Outcome.Prefiltered.keysOfSkipped(Database, Units, Reanalysis, Collector.KeysByUnit,
                                           Run.resolvesNames() ? &Names : nullptr)) {
      llvm::errs() << "serialscope: error: " << Message << "\n";
      Outcome.Failures.push_back({File, Message});
    }
  if (Run.resolvesNames()) {
    settleFixes(Database, Units, Reanalysis, Names, Collector.KeysByUnit, Outcome);
    for (const Report &R : Outcome.Reports)
      printReport(R, FindingsOut);
  }
  // Keys two types share, within a unit or across units: known only when every unit is in.
  if (Run.Checks.DuplicateRegistrationKey) {
    std::vector<KeyRecord> Keys;
    for (std::vector<KeyRecord> &Unit : Collector.KeysByUnit)
      std::move(Unit.begin(), Unit.end(), std::back_inserter(Keys));
    Outcome.Keys = uniqueKeys(std::move(Keys));
  }
  for (const KeyCollision &C : findKeyCollisions(Outcome.Keys)) {
    Outcome.Reports.push_back(keyCollisionReport(Outcome.Keys, C));
    Outcome.ReportFrom.push_back(NameResolution::NoUnit);
    Outcome.FixFrom.push_back(NameResolution::NoUnit);
    printReport(Outcome.Reports.back(), FindingsOut);
  }
  FindingsOut.flush();
  return Outcome;
}

} // namespace serialscope
