//===- ConfigurationDedup.h - one analysis per configuration of a file ----===//
//
// Build systems list a file more than once: a normal and a coverage build, a debug and a
// release build. Entries of one file whose compiler sees the same preprocessed text and the
// same language are analyzed once; entries that differ in what the preprocessor sees are all
// analyzed (their findings and fixes can differ).
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_CONFIGURATIONDEDUP_H
#define SERIALSCOPE_TOOL_CONFIGURATIONDEDUP_H

#include "clang/Tooling/CompilationDatabase.h"

#include <memory>
#include <string>
#include <vector>

namespace serialscope {

/// What of a compile command can change the preprocessed text or the AST: the directory, and
/// the arguments without those known to change neither (debug info, warnings, outputs,
/// dependency files, coverage and profiling, diagnostics' looks), with `-O` levels reduced to
/// the macros they predefine (`-O1`..`-O3` alike, `-Os`/`-Oz` alike, none and `-O0` alike).
/// Equal keys analyze alike; an option not on that allow-list is kept, so a difference
/// nobody vetted means two analyses.
std::string configurationKey(const clang::tooling::CompileCommand &Command);

/// A compile database that lists, for each file, the first entry of each configuration
/// (configurationKey) only.
class ConfigurationDedup : public clang::tooling::CompilationDatabase {
public:
  explicit ConfigurationDedup(std::unique_ptr<clang::tooling::CompilationDatabase> Inner);

  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(llvm::StringRef FilePath) const override;
  std::vector<std::string> getAllFiles() const override { return Inner->getAllFiles(); }
  std::vector<clang::tooling::CompileCommand> getAllCompileCommands() const override;

  /// Entries of the files in `Files` left out because an earlier entry of the same file has
  /// their configuration.
  unsigned mergedEntries(const std::vector<std::string> &Files) const;

private:
  std::unique_ptr<clang::tooling::CompilationDatabase> Inner;
};

} // namespace serialscope

#endif
