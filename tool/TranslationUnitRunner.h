//===- TranslationUnitRunner.h - analyze TUs in isolated worker processes ===//
#ifndef SERIALSCOPE_TOOL_TRANSLATIONUNITRUNNER_H
#define SERIALSCOPE_TOOL_TRANSLATIONUNITRUNNER_H

#include "Options.h"
#include "Report.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <string>
#include <vector>

namespace serialscope {

/// What one translation unit gave.
struct TranslationUnitResult {
  enum class Status { Ok, CompileErrors, Failed, Crashed };
  std::string File;
  Status State = Status::Failed;
  /// Clang's own diagnostics for this TU (errors and warnings), as clang prints them.
  std::string CompilerOutput;
  std::vector<Report> Reports;
};

struct RunSettings {
  Options Config;
  unsigned Jobs = 1;
  std::string ResourceDir;
  /// Called in the parent as each TU finishes (index into the file list), for progress.
  std::function<void(size_t Done, size_t Total)> OnProgress;
};

/// Analyzes each file in a forked worker process, at most `Jobs` at a time, so that a crash
/// in one translation unit loses only that unit. Results come back in the order of `Files`.
std::vector<TranslationUnitResult>
runTranslationUnits(const clang::tooling::CompilationDatabase &Database,
                    const std::vector<std::string> &Files, const RunSettings &Settings);

} // namespace serialscope

#endif
