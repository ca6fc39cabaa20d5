//===- TranslationUnitRunner.h - analyze TUs in isolated worker processes ===//
#ifndef SERIALSCOPE_TOOL_TRANSLATIONUNITRUNNER_H
#define SERIALSCOPE_TOOL_TRANSLATIONUNITRUNNER_H

#include "FileStamps.h"
#include "Options.h"
#include "Prefilter.h"
#include "RegistrationKeys.h"
#include "Report.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace serialscope {

class ResultCache;

/// One translation unit to analyze, with the options that apply to it (its .clang-tidy).
struct TranslationUnitJob {
  std::string File;
  Options Config;
  /// Files the analysis reads from here instead of the disk (absolute path -> text): the
  /// fixed text, when fixes are checked before they are handed out.
  std::map<std::string, std::string> Overlay;
};

/// What one translation unit gave.
struct TranslationUnitResult {
  enum class Status {
    Ok,
    /// Clang reported errors; the reports come from the AST it recovered.
    CompileErrors,
    /// Not analyzed at all (no AST: a missing file, a broken command).
    Failed,
    /// The worker died (a signal) or returned no result.
    Crashed
  };
  std::string File;
  Status State = Status::Failed;
  /// Clang's own diagnostics for this TU, as clang prints them: its errors, and its warnings
  /// only with RunSettings::CompilerWarnings (without, they are the build's business, as in
  /// clang-tidy).
  std::string CompilerOutput;
  std::vector<Report> Reports;
  /// With RunSettings::CollectNames: the qualified names the TU declares at namespace scope
  /// in user files (declaredNames), sorted.
  std::vector<std::string> DeclaredNames;
  /// The registration keys the unit defines (RegistrationKeys.h), for the project-wide
  /// check of keys that two types share.
  std::vector<KeyRecord> Keys;
  /// Compile commands of the unit the prefilter found no possible finding in (with
  /// PrefilterMode::On they were not parsed, and gave no declared names).
  unsigned PrefilterSkipped = 0;
  /// With PrefilterMode::On and RunSettings::ReadKeys: the keys the skipped commands' registrations
  /// may define, read from their tokens (their Keys are not known without the AST).
  std::vector<KeyCandidate> KeyCandidates;
  /// With PrefilterMode::Check: commands the prefilter sent to the AST that gave no finding,
  /// and why it sent the first of them.
  unsigned PrefilterNeedless = 0;
  std::string PrefilterReason;
  /// With PrefilterMode::Check: what the prefilter would have skipped although the analysis
  /// found something (empty: nothing). The prefilter is then wrong.
  std::string PrefilterUnsound;
  /// With RunSettings::Cache: every file the unit read, stamped after the analysis; empty when
  /// one changed during the analysis (the result is then not cached).
  std::vector<FileStamp> Inputs;
  /// Taken from the result cache, not analyzed in this run.
  bool FromCache = false;
};

/// A result as the worker sends it to the driver, and as the cache keeps it.
nlohmann::json resultToJson(const TranslationUnitResult &Result);
/// Reads what resultToJson wrote into `Result` (its File and FromCache untouched); false on a
/// malformed value, a report included.
bool resultFromJson(const nlohmann::json &Value, TranslationUnitResult &Result);

struct RunSettings {
  unsigned Jobs = 1;
  std::string ResourceDir;
  /// Test hook (docs/ci.md): a worker whose file path ends with this aborts, so that tests
  /// can prove that one crashing TU does not take the run down.
  std::string CrashOnFile;
  /// Workers also report the names their TU declares (for project-wide unique names).
  bool CollectNames = false;
  /// Whether clang's warnings and remarks of the units are kept, not only its errors.
  bool CompilerWarnings = false;
  /// Whether units are first preprocessed and scanned for shapes a finding needs (Prefilter.h).
  PrefilterMode Prefilter = PrefilterMode::Off;
  /// Whether registration keys are compared (the duplicate-key check is on): the scan then
  /// reads the keys of the units it skips, and skips none whose keys it cannot read.
  bool ReadKeys = false;
  /// Results of unchanged units come from here, and new ones go there (jobs with an overlay
  /// neither); null: no cache.
  ResultCache *Cache = nullptr;
};

/// Analyzes each job in a forked worker process, at most `Jobs` at a time, so that a crash in
/// one translation unit loses only that unit. `OnResult` is called in this process as each
/// job finishes (in completion order) with the job's index. A job whose result is in
/// `Settings.Cache` gives it without a worker.
void runTranslationUnits(const clang::tooling::CompilationDatabase &Database,
                         const std::vector<TranslationUnitJob> &Jobs, const RunSettings &Settings,
                         const std::function<void(size_t, TranslationUnitResult)> &OnResult);

} // namespace serialscope

#endif
