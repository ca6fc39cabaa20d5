//===- CompileDatabase.h - compile_commands.json, entry by entry ----------===//
//
// LibTooling's JSONCompilationDatabase rejects a whole database for one bad entry and says
// little about which. Real databases have stale entries (deleted files), entries written for
// GCC, and wrappers such as ccache: this reader keeps every usable entry, names each bad one,
// and makes the commands something clang accepts.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_COMPILEDATABASE_H
#define SERIALSCOPE_TOOL_COMPILEDATABASE_H

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

/// An entry of a compile_commands.json that cannot be used.
struct DatabaseProblem {
  std::string File;    ///< The entry's file (absolute), when the entry names one.
  std::string Message; ///< Names the database and the entry, and says what is wrong.
};

/// The usable entries of a compile_commands.json, in the database's order.
class CompileDatabase : public clang::tooling::CompilationDatabase {
public:
  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(llvm::StringRef FilePath) const override;
  std::vector<std::string> getAllFiles() const override;
  std::vector<clang::tooling::CompileCommand> getAllCompileCommands() const override;

  /// Reads `Path` (a compile_commands.json, or a directory holding one). Returns null with
  /// `Error` set when the file is missing or is not a JSON array; otherwise every entry that
  /// cannot be used adds one problem to `Problems`. `@file` arguments (response files) are
  /// expanded relative to the entry's directory.
  static std::unique_ptr<CompileDatabase> load(llvm::StringRef Path, std::string &Error,
                                               std::vector<DatabaseProblem> &Problems);

private:
  std::vector<clang::tooling::CompileCommand> Commands;
  std::vector<std::string> Files;
  llvm::StringMap<std::vector<size_t>> ByFile;
};

/// Expands `@file` arguments (response files) as the compiler driver does, relative to
/// `Directory` (where the build ran), nested ones too, with clang-cl's quoting for clang-cl.
/// Returns why it cannot: a response file that is not there (the driver would take `@file`
/// for a missing input), or that cannot be read.
std::optional<std::string> expandResponseFiles(std::vector<std::string> &CommandLine,
                                               llvm::StringRef Directory);

/// Turns a build's compile command into one clang accepts for analysis: drops compiler
/// launchers (ccache, distcc, ...), options clang does not know (GCC-only flags), `-Werror`
/// and friends, compiler plugins (`-fplugin=...`), and points clang at its builtin headers
/// (`ResourceDir`).
clang::tooling::ArgumentsAdjuster analysisArgumentsAdjuster(const std::string &ResourceDir);

} // namespace serialscope

#endif
