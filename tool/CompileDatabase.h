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
#include <string>
#include <vector>

namespace serialscope {

/// The usable entries of a compile_commands.json, in the database's order.
class CompileDatabase : public clang::tooling::CompilationDatabase {
public:
  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(llvm::StringRef FilePath) const override;
  std::vector<std::string> getAllFiles() const override;
  std::vector<clang::tooling::CompileCommand> getAllCompileCommands() const override;

  /// Reads `Path` (a compile_commands.json, or a directory holding one). Returns null with
  /// `Error` set when the file is missing or is not a JSON array; otherwise every entry that
  /// cannot be used adds one message to `Problems`, naming the entry.
  static std::unique_ptr<CompileDatabase> load(llvm::StringRef Path, std::string &Error,
                                               std::vector<std::string> &Problems);

private:
  std::vector<clang::tooling::CompileCommand> Commands;
  std::vector<std::string> Files;
  llvm::StringMap<std::vector<size_t>> ByFile;
};

/// Turns a build's compile command into one clang accepts for analysis: drops compiler
/// launchers (ccache, distcc, ...), options clang does not know (GCC-only flags), `-Werror`
/// and friends, compiler plugins (`-fplugin=...`), and points clang at its builtin headers
/// (`ResourceDir`).
clang::tooling::ArgumentsAdjuster analysisArgumentsAdjuster(const std::string &ResourceDir);

} // namespace serialscope

#endif
