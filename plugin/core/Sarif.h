//===- Sarif.h - SARIF 2.1.0 logs from reports, and back ------------------===//
//
// One writer for every front end: the standalone tool (--sarif), the compiler plugin
// (-fplugin-arg-serialscope-sarif) and `serialscope merge`, which reads shards back into
// reports and writes them again, so that a merged log is exactly what one run would write.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_SARIF_H
#define SERIALSCOPE_CORE_SARIF_H

#include "RegistrationKeys.h"
#include "Report.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

/// The base id every URI is relative to (GitHub code scanning resolves it to the checkout).
inline constexpr llvm::StringLiteral SarifRootId = "%SRCROOT%";

/// A translation unit that could not be analyzed (fully), for
/// `invocations[0].toolExecutionNotifications`.
struct SarifFailure {
  std::string File; ///< Absolute path of the main file.
  std::string Message;
};

struct SarifSettings {
  /// Absolute directory that %SRCROOT% stands for; files below it get relative URIs.
  std::string SourceRoot;
  /// runAutomationDetails.id: "<category>/" or "<category>/<run id>".
  std::string AutomationId = "serialscope/";
  std::vector<SarifFailure> Failures;
  /// The registration keys the run saw (run property `registrationKeys`): what `serialscope
  /// merge` looks for collisions across shards in.
  std::vector<KeyRecord> Keys;
  /// The keys that registrations of units the tool's prefilter did not parse may define (run
  /// property `registrationKeyCandidates`): merge warns when another log registers one of
  /// them elsewhere.
  std::vector<KeyCandidate> KeyCandidates;
};

/// Builds one SARIF 2.1.0 log with one run. Reads the files the reports point into (for the
/// line hashes and UTF-16 columns) when they exist.
nlohmann::json makeSarif(const std::vector<Report> &Reports, const SarifSettings &Settings);

/// Reads a log that makeSarif wrote back into reports and failures (file paths made absolute
/// through the log's own %SRCROOT%). False with `Error` set on anything else.
bool readSarif(const nlohmann::json &Log, std::vector<Report> &Reports,
               std::vector<SarifFailure> &Failures, std::string &Error,
               std::vector<KeyRecord> *Keys = nullptr,
               std::vector<KeyCandidate> *Candidates = nullptr);

/// `tool.driver.rules`: one rule per check, in the order of enum Rule (the index of a
/// result's rule).
nlohmann::json sarifRules();

/// `primaryLocationLineHash` of a finding: a hash of the rule, the message and the text of
/// the finding's line (not its number), so that unrelated edits above it do not change it.
/// `Occurrence` (1-based) tells apart equal lines with equal messages in one file.
std::string lineHash(const Report &R, llvm::StringRef LineText, unsigned Occurrence);

/// The `primaryLocationLineHash` of each report, in order (reads the files they point into):
/// the occurrence counts of lineHash taken in that order, per file. Other reports that need a
/// fingerprint stable under unrelated edits (GitLab's Code Quality) build it from this one.
std::vector<std::string> lineHashes(const std::vector<Report> &Reports);

/// `File` relative to the directory `Root` (both absolute) when it is below it.
std::optional<std::string> pathBelow(llvm::StringRef File, llvm::StringRef Root);

/// `file:///...` URI of an absolute path, and back (percent-encoding as RFC 3986 wants).
std::string fileUri(llvm::StringRef AbsolutePath);
std::string uriToPath(llvm::StringRef Uri);

} // namespace serialscope

#endif
