//===- WorkList.cpp -------------------------------------------------------===//
#include "WorkList.h"
#include "CompileDatabase.h"
#include "ConfigurationDedup.h"
#include "Report.h"
#include "TidyConfig.h"

#include "clang/Driver/Types.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace serialscope {
namespace {

llvm::Error runError(const llvm::Twine &Message) {
  return llvm::make_error<llvm::StringError>(Message, llvm::inconvertibleErrorCode());
}

/// Finds compile_commands.json in the file's directory or above (as clang-tidy does).
std::string findDatabaseAbove(llvm::StringRef File) {
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, "compile_commands.json");
    if (llvm::sys::fs::exists(Candidate))
      return std::string(Candidate);
  }
  return {};
}

/// Every problem with the input is one line naming what is wrong; the rest is analyzed.
void inputProblem(WorkList &Work, const std::string &File, const std::string &Message) {
  llvm::errs() << "serialscope: error: " << Message << "\n";
  Work.Failures.push_back({File, Message});
}

/// Loads the compilation database the run uses, noting its broken entries when they were to
/// be analyzed.
llvm::Error loadDatabase(const Invocation &Run, WorkList &Work,
                         std::vector<DatabaseProblem> &Problems) {
  if (Run.BuildPath.empty() && (Run.FlagsDatabase || Run.Named.empty())) {
    if (!Run.FlagsDatabase)
      return runError("no input files; name files, or use -p <build dir>, or add -- <flags>");
    return llvm::Error::success();
  }
  std::string Path = Run.BuildPath;
  if (Path.empty()) {
    Path = findDatabaseAbove(absolutePath(Run.Named.front()));
    if (Path.empty())
      return runError("no compilation database found for '" + Run.Named.front() +
                      "'; use -p <build dir>, or add -- <compiler flags> after the files");
  } else if (!llvm::sys::fs::exists(Path)) {
    return runError("no compilation database: '" + Path + "' does not exist");
  }
  std::string Error;
  std::unique_ptr<CompileDatabase> Loaded = CompileDatabase::load(Path, Error, Problems);
  if (!Loaded)
    return runError(Error);
  // Broken entries matter when they were to be analyzed: all of them, or named ones (a named
  // file without a compile command gets its broken entry's problem, below).
  if (Run.Named.empty())
    for (const DatabaseProblem &Problem : Problems)
      inputProblem(Work, Problem.File, Problem.Message);
  if (Loaded->getAllFiles().empty() && Problems.empty())
    return runError("the compilation database '" + Path + "' has no entries");
  Work.Database = std::move(Loaded);
  Work.BuildDirectory = absolutePath(Path);
  if (!llvm::sys::fs::is_directory(Work.BuildDirectory))
    Work.BuildDirectory = llvm::sys::path::parent_path(Work.BuildDirectory).str();
  return llvm::Error::success();
}

/// Whether the driver would take `File` for a header (.h, .hpp, .hh, ...).
bool isHeader(llvm::StringRef File) {
  llvm::StringRef Extension = llvm::sys::path::extension(File);
  if (!Extension.consume_front("."))
    return false;
  clang::driver::types::ID Type = clang::driver::types::lookupTypeForExtension(Extension);
  return Type != clang::driver::types::TY_INVALID && clang::driver::types::onlyPrecompileType(Type);
}

/// The named files that have a compile command, else every file of the database.
std::vector<std::string> candidateFiles(const Invocation &Run, WorkList &Work,
                                        const std::vector<DatabaseProblem> &Problems) {
  if (Run.Named.empty())
    return Work.Database->getAllFiles();
  std::vector<std::string> Candidates;
  for (const std::string &Source : Run.Named) {
    std::string File = absolutePath(Source);
    if (!llvm::sys::fs::exists(File)) {
      inputProblem(Work, File, "no such file: '" + Source + "'");
      continue;
    }
    if (Work.Database->getCompileCommands(File).empty()) {
      // A changed header named by a hook (pre-commit passes every changed file): it is
      // analyzed in the units that include it, it is no error of its own.
      if (isHeader(File)) {
        ++Work.SkippedHeaders;
        llvm::errs() << "serialscope: note: skipped '" << Source
                     << "': a header without a compile command of its own is analyzed in the "
                        "units that include it\n";
        continue;
      }
      bool Said = false;
      for (const DatabaseProblem &Problem : Problems)
        if (Problem.File == File) {
          inputProblem(Work, File, Problem.Message);
          Said = true;
        }
      if (!Said)
        inputProblem(Work, File,
                     "no compile command for '" + Source + "' in the compilation database");
      continue;
    }
    Candidates.push_back(File);
  }
  return Candidates;
}

} // namespace

llvm::Expected<WorkList> collectWork(Invocation &Run) {
  WorkList Work;
  std::vector<DatabaseProblem> Problems;
  if (llvm::Error E = loadDatabase(Run, Work, Problems))
    return std::move(E);
  if (!Work.Database)
    Work.Database = std::move(Run.FlagsDatabase);
  // Entries of one file with the same preprocessing are analyzed once.
  ConfigurationDedup *Configurations = nullptr;
  if (Work.Database) {
    Configurations = new ConfigurationDedup(std::move(Work.Database));
    Work.Database.reset(Configurations);
  }

  llvm::StringSet<> Queued;
  TidyConfig TidyFiles;
  for (const std::string &File : candidateFiles(Run, Work, Problems)) {
    std::string Shown = displayPath(File);
    auto Matches = [&](const llvm::GlobPattern &P) { return P.match(Shown) || P.match(File); };
    if ((!Run.Includes.empty() && llvm::none_of(Run.Includes, Matches)) ||
        llvm::any_of(Run.Excludes, Matches) || !Queued.insert(File).second)
      continue;
    llvm::Expected<Options> Config = TidyFiles.optionsFor(File, Run.Overrides);
    // A bad configuration is a usage error: running with other settings than the user
    // wrote would report the wrong findings.
    if (!Config)
      return Config.takeError();
    Work.Units.push_back({File, std::move(*Config), {}});
  }
  if (Work.Units.empty() && Work.Failures.empty() && !Work.SkippedHeaders)
    return runError("no files to analyze (every file was excluded)");
  if (Configurations) {
    std::vector<std::string> UnitFiles;
    for (const TranslationUnitJob &Unit : Work.Units)
      UnitFiles.push_back(Unit.File);
    Work.MergedEntries = Configurations->mergedEntries(UnitFiles);
  }
  return std::move(Work);
}

} // namespace serialscope
