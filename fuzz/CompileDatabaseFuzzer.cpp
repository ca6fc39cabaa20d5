//===- CompileDatabaseFuzzer.cpp - compile_commands.json, entry by entry --===//
//
// The input is a compile_commands.json. The reader takes a path (it reads the file itself and
// resolves entries against the real file system), so each input is written to one temporary
// file. Every entry the reader keeps then goes through the analysis' arguments adjuster, as
// the tool does before clang sees it.
//===----------------------------------------------------------------------===//
#include "CompileDatabase.h"
#include "FuzzCheck.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>

namespace {

const std::string &databasePath() {
  static const std::string Path = [] {
    llvm::SmallString<128> Result;
    if (std::error_code EC =
            llvm::sys::fs::createTemporaryFile("serialscope-fuzz", "json", Result)) {
      llvm::errs() << "cannot create a temporary file: " << EC.message() << "\n";
      std::abort();
    }
    return std::string(Result);
  }();
  return Path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(databasePath(), EC);
    FUZZ_CHECK(!EC, "the temporary database can be written");
    Out.write(reinterpret_cast<const char *>(Data), Size);
  }
  std::string Error;
  std::vector<serialscope::DatabaseProblem> Problems;
  std::unique_ptr<serialscope::CompileDatabase> Database =
      serialscope::CompileDatabase::load(databasePath(), Error, Problems);
  if (!Database) {
    FUZZ_CHECK(!Error.empty(), "a refused database says why");
    return 0;
  }
  clang::tooling::ArgumentsAdjuster Adjust =
      serialscope::analysisArgumentsAdjuster("/nonexistent/resource-dir");
  for (const clang::tooling::CompileCommand &Command : Database->getAllCompileCommands()) {
    FUZZ_CHECK(!Command.CommandLine.empty(), "a kept entry has a command");
    clang::tooling::CommandLineArguments Adjusted = Adjust(Command.CommandLine, Command.Filename);
    FUZZ_CHECK(!Adjusted.empty() && Adjusted.front() == Command.CommandLine.front(),
               "the adjusted command keeps the compiler");
    FUZZ_CHECK(!Database->getCompileCommands(Command.Filename).empty(),
               "a kept entry is found by its file");
  }
  return 0;
}
