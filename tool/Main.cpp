//===- Main.cpp - the serialscope standalone tool -------------------------===//
//
// serialscope [options] <files...> [-- <compiler flags>]
// serialscope [options] -p <build dir> [files...]
//
// Exit status: 0 no findings, 1 findings, 2 usage or input error.
//===----------------------------------------------------------------------===//
#include "Options.h"
#include "ReportWriters.h"
#include "TranslationUnitRunner.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

using namespace clang::tooling;
namespace cl = llvm::cl;

namespace {

constexpr int ExitClean = 0, ExitFindings = 1, ExitError = 2;

cl::OptionCategory Category("serialscope options");

cl::list<std::string> Sources(cl::Positional, cl::desc("[<file> ...]"), cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("Build directory containing compile_commands.json"),
                               cl::value_desc("build dir"), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply the fixes to the files"), cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes",
                                 cl::desc("Write the fixes as clang-apply-replacements YAML"),
                                 cl::value_desc("file"), cl::cat(Category));
cl::list<std::string> OptionValues(
    "option", cl::desc("Set a check option (same keys as the clang-tidy CheckOptions)"),
    cl::value_desc("Key=Value"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Number of translation units analyzed in parallel "
                                     "(default: the number of cores)"),
                       cl::init(0), cl::cat(Category));

int fail(const llvm::Twine &Message) {
  llvm::errs() << "serialscope: error: " << Message << "\n";
  return ExitError;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Result(Path);
  llvm::sys::fs::make_absolute(Result);
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

std::unique_ptr<CompilationDatabase> loadBuildDatabase(llvm::StringRef Path,
                                                       std::string &Error) {
  llvm::SmallString<256> File(Path);
  if (llvm::sys::fs::is_directory(File))
    llvm::sys::path::append(File, "compile_commands.json");
  if (!llvm::sys::fs::exists(File)) {
    Error = "no compilation database: '" + std::string(File) + "' does not exist";
    return nullptr;
  }
  std::string LoadError;
  std::unique_ptr<CompilationDatabase> Database =
      JSONCompilationDatabase::loadFromFile(File, LoadError, JSONCommandLineSyntax::AutoDetect);
  if (!Database)
    Error = "cannot read compilation database '" + std::string(File) + "': " + LoadError;
  return Database;
}

} // namespace

int main(int argc, const char **argv) {
  using namespace serialscope;
  // Flags after `--` form a fixed compilation database; the rest are our options.
  std::string FixedError;
  std::unique_ptr<CompilationDatabase> Database =
      FixedCompilationDatabase::loadFromCommandLine(argc, argv, FixedError);

  cl::HideUnrelatedOptions(Category);
  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "serialscope: finds serializable types that cannot be resolved by name (declared in "
          "function scope, in anonymous namespaces, or unnamed)\n",
          &ParseErrorStream)) {
    ParseErrorStream.flush();
    llvm::errs() << ParseErrors;
    return ExitError;
  }

  RunSettings Settings;
  std::map<std::string, std::string> Values;
  for (llvm::StringRef Item : OptionValues) {
    auto [Key, Value] = Item.split('=');
    if (!Item.contains('='))
      return fail("--option expects Key=Value, got '" + Item + "'");
    Values[Key.str()] = Value.str();
  }
  if (llvm::Error E = Settings.Config.setAll(Values))
    return fail(llvm::toString(std::move(E)));
  Settings.Jobs = Jobs ? Jobs : std::max(1u, llvm::hardware_concurrency().compute_thread_count());
  Settings.ResourceDir = SERIALSCOPE_CLANG_RESOURCE_DIR;

  if (!BuildPath.empty()) {
    std::string Error;
    Database = loadBuildDatabase(BuildPath, Error);
    if (!Database)
      return fail(Error);
  } else if (!Database) {
    if (Sources.empty())
      return fail("no input files; name files, or use -p <build dir>, or add -- <flags>");
    std::string Error;
    Database = CompilationDatabase::autoDetectFromSource(absolute(Sources.front()), Error);
    if (!Database)
      return fail("no compilation database found for '" + Sources.front() +
                  "'; use -p <build dir>, or add -- <compiler flags> after the files");
  }

  int Status = ExitClean;
  std::vector<std::string> Files;
  if (Sources.empty()) {
    for (const std::string &File : Database->getAllFiles())
      Files.push_back(File);
    if (Files.empty())
      return fail("the compilation database has no entries");
  } else {
    for (const std::string &Source : Sources) {
      std::string File = absolute(Source);
      if (!llvm::sys::fs::exists(File)) {
        fail("no such file: '" + Source + "'");
        Status = ExitError;
        continue;
      }
      if (Database->getCompileCommands(File).empty()) {
        fail("no compile command for '" + Source + "' in the compilation database");
        Status = ExitError;
        continue;
      }
      Files.push_back(File);
    }
  }

  std::vector<TranslationUnitResult> Results = runTranslationUnits(*Database, Files, Settings);

  // A type in a header is one finding, however many translation units include it.
  std::vector<Report> Reports;
  std::set<std::string> Seen;
  unsigned Failed = 0;
  for (const TranslationUnitResult &Result : Results) {
    if (Result.State != TranslationUnitResult::Status::Ok) {
      ++Failed;
      llvm::errs() << Result.CompilerOutput;
      if (Result.State == TranslationUnitResult::Status::Failed &&
          Result.CompilerOutput.empty())
        llvm::errs() << "serialscope: error: cannot analyze '" << Result.File << "'\n";
    }
    for (const Report &R : Result.Reports)
      if (Seen.insert(R.key()).second)
        Reports.push_back(R);
  }

  unsigned RegisteredByName = 0;
  for (const Report &R : Reports) {
    printReport(R, llvm::outs());
    RegisteredByName += R.RegisteredByName;
  }
  llvm::outs().flush();

  if (!ExportFixes.empty())
    if (llvm::Error E = exportFixes(Reports, ExportFixes)) {
      fail("cannot write '" + ExportFixes + "': " + llvm::toString(std::move(E)));
      Status = ExitError;
    }
  if (Fix) {
    unsigned FilesChanged = 0, Conflicts = 0;
    if (llvm::Error E = applyFixes(Reports, FilesChanged, Conflicts)) {
      fail(llvm::toString(std::move(E)));
      Status = ExitError;
    }
    llvm::errs() << "serialscope: fixed " << FilesChanged << " file"
                 << (FilesChanged == 1 ? "" : "s");
    if (Conflicts)
      llvm::errs() << " (" << Conflicts << " conflicting edits skipped)";
    llvm::errs() << "\n";
  }

  llvm::errs() << "serialscope: " << Files.size() << " file" << (Files.size() == 1 ? "" : "s")
               << " analyzed, " << Reports.size() << " finding"
               << (Reports.size() == 1 ? "" : "s") << " (" << RegisteredByName
               << " registered by name)";
  if (Failed)
    llvm::errs() << ", " << Failed << " file" << (Failed == 1 ? "" : "s")
                 << " with errors";
  llvm::errs() << "\n";
  if (Failed || Status == ExitError)
    return ExitError;
  return Reports.empty() ? ExitClean : ExitFindings;
}
