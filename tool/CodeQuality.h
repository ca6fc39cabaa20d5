//===- CodeQuality.h - GitLab's Code Quality report from reports ----------===//
//
// GitLab shows a Code Quality report (a JSON array of issues, a subset of Code Climate's
// format) on merge requests: each finding with its check, severity, file and line, and a
// fingerprint by which GitLab tells new findings from old ones (docs/ci.md).
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_CODEQUALITY_H
#define SERIALSCOPE_TOOL_CODEQUALITY_H

#include "Report.h"
#include <nlohmann/json.hpp>
#include <vector>

namespace serialscope {

/// GitLab's severity of a finding: `critical` in the "will fail at run time" tier (registered
/// by name, a shared registration key), `major` for a serializable type no reader can name.
llvm::StringRef codeQualitySeverity(const Report &R);

/// The report: one issue per finding, paths relative to `SourceRoot` (absolute, as SARIF's
/// %SRCROOT%) when below it. Reads the files the reports point into, for the fingerprints.
nlohmann::json makeCodeQuality(const std::vector<Report> &Reports, llvm::StringRef SourceRoot);

} // namespace serialscope

#endif
