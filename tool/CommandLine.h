//===- CommandLine.h - the tool's options, parsed and checked -------------===//
#ifndef SERIALSCOPE_TOOL_COMMANDLINE_H
#define SERIALSCOPE_TOOL_COMMANDLINE_H

#include "CheckSelection.h"
#include "Prefilter.h"
#include "Progress.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace serialscope {

constexpr int ExitClean = 0, ExitFindings = 1, ExitError = 2;

/// Prints a usage or input error the way every one is printed, and gives the exit status.
int fail(const llvm::Twine &Message);

/// "1 file", "2 files".
std::string plural(size_t N, llvm::StringRef One, llvm::StringRef Many);

/// The path globs match, and messages show: relative to the current directory when below it.
std::string displayPath(llvm::StringRef File);

/// What one run of the tool is asked to do, every value checked.
struct Invocation {
  /// Files named on the command line and in --files-from, as written.
  std::vector<std::string> Named;
  /// -p: the build directory or compile_commands.json; empty when not given.
  std::string BuildPath;
  /// The compiler flags after `--`, for every file; null when there is no `--`.
  std::unique_ptr<clang::tooling::CompilationDatabase> FlagsDatabase;
  /// --option values by key, already accepted by Options::set.
  std::map<std::string, std::string> Overrides;
  std::vector<llvm::GlobPattern> Includes, Excludes;

  bool Fix = false;
  /// --compiler-warnings: clang's warnings of the units are shown too, not only its errors.
  bool CompilerWarnings = false;
  std::string ExportFixes, SarifPath, SarifCategory;
  /// --gitlab-codequality: GitLab's Code Quality report.
  std::string CodeQualityPath;
  /// Absolute; the current directory unless --sarif-root names another. Code Quality paths
  /// are relative to it too.
  std::string SarifRoot;

  /// -j as given (0: not given).
  unsigned Jobs = 0;
  Progress::Style ProgressStyle = Progress::Style::Off;
  double ProgressInterval = 10;
  /// --prefilter (or SERIALSCOPE_PREFILTER); SERIALSCOPE_PREFILTER_EXPLAIN prints why each unit
  /// was sent to the AST needlessly.
  PrefilterMode Prefilter = PrefilterMode::On;
  bool ExplainPrefilter = false;
  /// --checks: which checks report.
  CheckSelection Checks;

  /// The result cache: --cache-dir (or SERIALSCOPE_CACHE_DIR); empty: the default, under the
  /// build directory. --no-cache turns it off; --cache-size bounds it (0: not given).
  std::string CacheDir;
  bool NoCache = false;
  uint64_t CacheBytes = 0;

  /// Whenever fixes leave the tool (applied, exported, or in SARIF), the names they declare at
  /// namespace scope must be unique in the whole project (docs/decisions.md).
  bool resolvesNames() const { return Fix || !ExportFixes.empty() || !SarifPath.empty(); }
  /// A report on standard output is all that goes there: the findings move to standard error.
  llvm::raw_ostream &findingsStream() const;
};

/// Reads the command line (response files expanded as the driver would), or says in one line
/// what is wrong with it. Prints what LLVM's parser says besides (warnings).
llvm::Expected<Invocation> parseCommandLine(int Argc, const char **Argv);

} // namespace serialscope

#endif
