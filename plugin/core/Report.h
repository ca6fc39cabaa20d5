//===- Report.h - a finding as plain data, for output and across processes ===//
#ifndef SERIALSCOPE_CORE_REPORT_H
#define SERIALSCOPE_CORE_REPORT_H

#include "Finding.h"
#include "clang/Basic/SourceManager.h"
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

struct ReportLocation {
  std::string File; ///< Absolute path.
  /// 64 bits: SARIF from elsewhere may point past 4 GiB, and a merge must keep it as it is.
  uint64_t Offset = 0;
  unsigned Line = 0, Column = 0;       ///< 1-based; the column counts bytes.
  unsigned EndLine = 0, EndColumn = 0; ///< End of the named token (exclusive column).
};

struct ReportNote {
  /// What a note says: why the type is serializable, what its fix does, or why it has none.
  enum class Kind { Evidence, Fix, Blocker };
  ReportLocation Where;
  std::string Message;
  Kind What = Kind::Evidence;
};

/// A replacement of `Length` bytes at `Offset` in `File`.
struct ReportEdit {
  std::string File;
  uint64_t Offset = 0;
  uint64_t Length = 0;
  std::string Text;
  /// contentHash of the text the analysis saw in `File`: the writer refuses a file that changed
  /// since. None when the edit did not come from an analysis (a SARIF log).
  std::optional<uint64_t> FileHash;
};

/// The check a report belongs to; each is a rule of its own in SARIF.
enum class Rule { NonResolvableType, DuplicateRegistrationKey };
/// The check's name: "serialscope-non-resolvable-type", ...
llvm::StringRef ruleName(Rule R);

/// A finding rendered to plain data: what the text, SARIF and fixes writers consume, and what a
/// standalone worker sends back to the driver.
struct Report {
  serialscope::Rule Rule = serialscope::Rule::NonResolvableType;
  ReportLocation Where;
  std::string Message;
  std::string TypeName;
  /// Finding::identity(); empty in SARIF from before it was written (TypeName stands in).
  std::string Identity;
  std::string Scope;
  std::vector<std::string> EvidenceIds;
  bool RegisteredByName = false;
  std::vector<ReportNote> Notes;
  std::vector<ReportEdit> Fix;
  /// Finding::HoistedNames: what the fix declares at namespace scope.
  std::vector<std::string> HoistedNames;
  /// blockerId of what blocks the fix; empty when there is a fix (or another finding's fix
  /// moves this type).
  std::string FixBlocker;
  /// Rule DuplicateRegistrationKey: the shared key and its registry (KeyRecord).
  std::string Registry, RegistrationKey;

  /// Identity across translation units and shards: a type in a header is one finding, and
  /// two types at one place are two.
  std::string key() const;
};

Report makeReport(const Finding &F, const clang::SourceManager &SM,
                  const clang::LangOptions &LangOpts);
ReportLocation makeLocation(clang::SourceLocation Loc, const clang::SourceManager &SM,
                            const clang::LangOptions &LangOpts);

/// `Path` made absolute, without `.` and `..`: how reports spell files.
std::string absolutePath(llvm::StringRef Path);

nlohmann::json toJson(const ReportLocation &L);
/// Reads what toJson wrote; false on a malformed value.
bool fromJson(const nlohmann::json &Value, ReportLocation &L);

nlohmann::json toJson(const Report &R);
/// Reads what toJson wrote; false on a malformed value.
bool fromJson(const nlohmann::json &Value, Report &R);

/// Applies edits to one file's text; false when two edits overlap (the later ones are then not
/// applied and `Conflicts` counts them).
std::string applyEdits(llvm::StringRef Text, const std::vector<ReportEdit> &Edits, unsigned &Conflicts);

} // namespace serialscope

#endif
