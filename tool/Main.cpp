//===- Main.cpp - the serialscope standalone tool -------------------------===//
//
// serialscope [options] <files...> [-- <compiler flags>]
// serialscope [options] -p <build dir> [files...]
// serialscope merge [--sarif-root=<dir>] -o <merged.sarif> <shards or directories...>
//
// Exit status: 0 no findings, 1 findings, 2 usage or input error (also when any translation
// unit failed to compile or to be analyzed: its findings may be incomplete, and when a fix or a
// report could not be written).
//===----------------------------------------------------------------------===//
#include "CompileDatabase.h"
#include "ConfigurationDedup.h"
#include "FileWriter.h"
#include "FixVerification.h"
#include "Merge.h"
#include "NameResolution.h"
#include "Options.h"
#include "Prefilter.h"
#include "PrefilterRun.h"
#include "Progress.h"
#include "ReportWriters.h"
#include "Sarif.h"
#include "TidyConfig.h"
#include "TranslationUnitRunner.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <map>
#include <set>
#include <signal.h>
#include <unistd.h>

using namespace clang::tooling;
namespace cl = llvm::cl;

namespace {

constexpr int ExitClean = 0, ExitFindings = 1, ExitError = 2;

cl::OptionCategory Category("serialscope options");

cl::list<std::string> Sources(cl::Positional, cl::desc("[<file> ...]"), cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("Build directory containing compile_commands.json"),
                               cl::value_desc("build dir"), cl::cat(Category));
cl::opt<std::string> FilesFrom("files-from",
                               cl::desc("Analyze the files listed in <list> (one per line; "
                                        "blank lines and lines starting with # are ignored)"),
                               cl::value_desc("list"), cl::cat(Category));
cl::list<std::string> Include("include",
                              cl::desc("Analyze only files matching this glob (repeatable; "
                                       "matched against the path relative to the current "
                                       "directory, and the absolute path)"),
                              cl::value_desc("glob"), cl::cat(Category));
cl::list<std::string> Exclude("exclude", cl::desc("Skip files matching this glob (repeatable)"),
                              cl::value_desc("glob"), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply the fixes to the files"), cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes",
                                 cl::desc("Write the fixes as clang-apply-replacements YAML"),
                                 cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> SarifPath("sarif", cl::desc("Write the findings as SARIF 2.1.0"),
                               cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> SarifRoot("sarif-root",
                               cl::desc("Directory that SARIF URIs are relative to (%SRCROOT%; "
                                        "default: the current directory)"),
                               cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> SarifCategory("sarif-category",
                                   cl::desc("SARIF runAutomationDetails category (default: "
                                            "serialscope)"),
                                   cl::value_desc("name"), cl::init("serialscope"),
                                   cl::cat(Category));
cl::list<std::string> OptionValues(
    "option",
    cl::desc("Set a check option (same keys as the clang-tidy CheckOptions; overrides the "
             "nearest .clang-tidy)"),
    cl::value_desc("Key=Value"), cl::cat(Category));
cl::opt<unsigned> Jobs("j",
                       cl::desc("Number of translation units analyzed in parallel "
                                "(default: the number of cores)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
enum class ProgressMode { Auto, Bar, Lines, Off };
cl::opt<ProgressMode> ProgressStyle(
    "progress", cl::desc("Progress display (default: a bar on a terminal, else periodic lines)"),
    cl::values(clEnumValN(ProgressMode::Auto, "auto", "bar on a terminal, else lines"),
               clEnumValN(ProgressMode::Bar, "bar", "a bar with counts and ETA"),
               clEnumValN(ProgressMode::Lines, "lines", "a plain line now and then"),
               clEnumValN(ProgressMode::Off, "off", "nothing")),
    cl::init(ProgressMode::Auto), cl::cat(Category));
cl::opt<std::string> PrefilterOption(
    "prefilter",
    cl::desc("Scan each unit's preprocessed tokens first and skip the parse where no finding "
             "is possible: on (default), off, or check (analyze every unit, and fail if the scan "
             "would skip one with a finding); default from SERIALSCOPE_PREFILTER"),
    cl::value_desc("on|off|check"), cl::cat(Category));
cl::opt<double> ProgressInterval("progress-interval",
                                 cl::desc("Seconds between progress lines (default 10)"),
                                 cl::init(10.0), cl::cat(Category));

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

/// The path globs match: relative to the current directory when below it.
std::string displayPath(llvm::StringRef File) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  llvm::StringRef Rest = File;
  if (Rest.consume_front(Cwd) && Rest.consume_front("/"))
    return Rest.str();
  return File.str();
}

/// The first "error:" line of clang's output, for one-line summaries.
std::string firstError(llvm::StringRef Output) {
  for (llvm::StringRef Line : llvm::split(Output, '\n'))
    if (Line.contains(": error: ") || Line.contains("error: "))
      return Line.trim().str();
  return {};
}

std::string plural(size_t N, llvm::StringRef One, llvm::StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

/// Workers to start for `-j Requested` (0: not given) and `Units` files: one per core at most,
/// since each analysis keeps a core busy and more only compete for them; and no more than
/// there are files. Asking for more than the cores is noted once.
unsigned workerCount(unsigned Requested, size_t Units) {
  unsigned Cores = std::max(1u, llvm::hardware_concurrency().compute_thread_count());
  unsigned Count = Requested ? std::min(Requested, Cores) : Cores;
  Count = std::max<unsigned>(1, std::min<size_t>(Count, Units));
  if (Requested > Cores)
    llvm::errs() << "serialscope: note: -j " << Requested << " is more than the " << Cores
                 << (Cores == 1 ? " core" : " cores") << " of this machine; using "
                 << plural(Count, "worker", "workers") << "\n";
  return Count;
}

} // namespace

int main(int argc, const char **argv) {
  using namespace serialscope;
  auto StartTime = std::chrono::steady_clock::now();
  // Past a file size limit (ulimit -f), a write fails with EFBIG, which is reported, instead
  // of the signal killing the process with half a file written.
  signal(SIGXFSZ, SIG_IGN);
  if (argc > 1 && llvm::StringRef(argv[1]) == "merge")
    return runMerge(argc - 1, argv + 1);

  // `@file` arguments, the compiler flags after `--` included, are read as the driver would.
  std::vector<std::string> Arguments(argv, argv + argc);
  llvm::SmallString<256> WorkingDirectory;
  llvm::sys::fs::current_path(WorkingDirectory);
  if (std::optional<std::string> Why = expandResponseFiles(Arguments, WorkingDirectory))
    return fail(*Why);
  std::vector<const char *> ExpandedArgv;
  for (const std::string &Argument : Arguments)
    ExpandedArgv.push_back(Argument.c_str());
  argc = int(ExpandedArgv.size());
  argv = ExpandedArgv.data();

  // Flags after `--` form a fixed compilation database; the rest are our options.
  std::string FixedError;
  std::unique_ptr<CompilationDatabase> Database =
      FixedCompilationDatabase::loadFromCommandLine(argc, argv, FixedError);

  cl::HideUnrelatedOptions(Category);
  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  // LLVM's parser prints bad option values straight to stderr, and may add a "did you mean"
  // line; collect everything it says, so that a user error is one clear line.
  int SavedStderr = -1, Capture = -1;
  llvm::SmallString<128> CapturePath;
  if (!llvm::sys::fs::createTemporaryFile("serialscope-args", "txt", Capture, CapturePath)) {
    llvm::errs().flush();
    SavedStderr = dup(STDERR_FILENO);
    dup2(Capture, STDERR_FILENO);
  }
  bool Parsed = cl::ParseCommandLineOptions(
      argc, argv,
      "serialscope: finds serializable types that cannot be resolved by name (declared in "
      "function scope, in anonymous namespaces, or unnamed)\n\n"
      "  serialscope merge [--sarif-root=<dir>] -o <merged.sarif> <shards or dirs...>\n"
      "    combines SARIF shards (from -fplugin-arg-serialscope-sarif) into one run\n",
      &ParseErrorStream);
  ParseErrorStream.flush();
  if (SavedStderr >= 0) {
    llvm::errs().flush();
    dup2(SavedStderr, STDERR_FILENO);
    close(SavedStderr);
    close(Capture);
    if (llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Said =
            llvm::MemoryBuffer::getFile(CapturePath))
      ParseErrors = (*Said)->getBuffer().str() + ParseErrors;
    llvm::sys::fs::remove(CapturePath);
  }
  if (Parsed)
    llvm::errs() << ParseErrors;
  if (!Parsed) {
    llvm::StringRef First = llvm::StringRef(ParseErrors).ltrim().split('\n').first.trim();
    First.consume_front("serialscope: ");
    First.consume_front(llvm::sys::path::filename(argv[0]).str() + ": ");
    First = First.split("  Try: ").first.rtrim();
    return fail(First + " (see serialscope --help)");
  }

  std::map<std::string, std::string> Overrides;
  for (llvm::StringRef Item : OptionValues) {
    auto [Key, Value] = Item.split('=');
    if (!Item.contains('='))
      return fail("--option expects Key=Value, got '" + Item + "'");
    Overrides[Key.str()] = Value.str();
  }
  {
    Options Probe;
    if (llvm::Error E = Probe.setAll(Overrides))
      return fail("--option: " + llvm::toString(std::move(E)));
  }
  std::vector<llvm::GlobPattern> Includes, Excludes;
  for (auto [Patterns, Out] : {std::pair{&Include, &Includes}, std::pair{&Exclude, &Excludes}})
    for (const std::string &Text : *Patterns) {
      llvm::Expected<llvm::GlobPattern> Pattern = llvm::GlobPattern::create(Text);
      if (!Pattern)
        return fail("bad glob '" + Text + "': " + llvm::toString(Pattern.takeError()));
      Out->push_back(std::move(*Pattern));
    }
  // Fails now rather than after an hour of analysis.
  for (const std::string *Output : {&SarifPath.getValue(), &ExportFixes.getValue()})
    if (!Output->empty())
      if (WriteResult Check = checkOutputFile(*Output); !Check.ok())
        return fail(Check.Message);
  if (isStandardOutput(SarifPath) && isStandardOutput(ExportFixes))
    return fail("--sarif and --export-fixes cannot both write to standard output");
  // A report on standard output is all that goes there: the findings move to standard error.
  llvm::raw_ostream &FindingsOut =
      isStandardOutput(SarifPath) || isStandardOutput(ExportFixes) ? llvm::errs() : llvm::outs();
  std::string Root = absolute(SarifRoot.empty() ? "." : SarifRoot.getValue());
  if (!SarifRoot.empty() && !llvm::sys::fs::is_directory(Root))
    return fail("--sarif-root: '" + SarifRoot + "' is not a directory");

  // Whenever fixes leave the tool (applied, exported, or in SARIF), the names they declare at
  // namespace scope must be unique in the whole project (docs/decisions.md).
  bool ResolveNames = Fix || !ExportFixes.empty() || !SarifPath.empty();
  RunSettings Settings;
  Settings.CollectNames = ResolveNames;
  Settings.ResourceDir = SERIALSCOPE_CLANG_RESOURCE_DIR;
  // Test hook, documented in docs/ci.md: makes the worker of one file abort.
  if (const char *Crash = getenv("SERIALSCOPE_TEST_CRASH_ON"))
    Settings.CrashOnFile = Crash;

  {
    const char *FromEnvironment = getenv("SERIALSCOPE_PREFILTER");
    std::string Text = PrefilterOption.getNumOccurrences() ? PrefilterOption.getValue()
                       : FromEnvironment                   ? FromEnvironment
                                                           : "on";
    std::optional<PrefilterMode> Mode = parsePrefilterMode(Text);
    if (!Mode)
      return fail("--prefilter: expected on, off or check, got '" + Text + "'");
    Settings.Prefilter = *Mode;
  }
  bool ExplainPrefilter = getenv("SERIALSCOPE_PREFILTER_EXPLAIN");

  std::vector<std::string> Named(Sources.begin(), Sources.end());
  if (!FilesFrom.empty()) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> List =
        llvm::MemoryBuffer::getFileOrSTDIN(FilesFrom);
    if (!List)
      return fail("--files-from: cannot read '" + FilesFrom + "': " + List.getError().message());
    for (llvm::StringRef Line : llvm::split((*List)->getBuffer(), '\n')) {
      Line = Line.trim();
      if (!Line.empty() && !Line.starts_with("#"))
        Named.push_back(Line.str());
    }
  }

  // Every problem with the input is one line naming what is wrong; the rest is analyzed.
  std::vector<SarifFailure> Failures;
  auto InputProblem = [&](const std::string &File, const std::string &Message) {
    llvm::errs() << "serialscope: error: " << Message << "\n";
    Failures.push_back({File, Message});
  };

  std::vector<DatabaseProblem> Problems;
  if (!BuildPath.empty() || (!Database && !Named.empty())) {
    std::string Path = BuildPath;
    if (Path.empty()) {
      Path = findDatabaseAbove(absolute(Named.front()));
      if (Path.empty())
        return fail("no compilation database found for '" + Named.front() +
                    "'; use -p <build dir>, or add -- <compiler flags> after the files");
    } else if (!llvm::sys::fs::exists(Path)) {
      return fail("no compilation database: '" + Path + "' does not exist");
    }
    std::string Error;
    std::unique_ptr<CompileDatabase> Loaded = CompileDatabase::load(Path, Error, Problems);
    if (!Loaded)
      return fail(Error);
    // Broken entries matter when they were to be analyzed: all of them, or named ones (a named
    // file without a compile command gets its broken entry's problem, below).
    if (Named.empty())
      for (const DatabaseProblem &Problem : Problems)
        InputProblem(Problem.File, Problem.Message);
    if (Loaded->getAllFiles().empty() && Problems.empty())
      return fail("the compilation database '" + Path + "' has no entries");
    Database = std::move(Loaded);
  } else if (!Database) {
    return fail("no input files; name files, or use -p <build dir>, or add -- <flags>");
  }

  // Entries of one file with the same preprocessing are analyzed once.
  auto *Configurations = new ConfigurationDedup(std::move(Database));
  Database.reset(Configurations);

  std::vector<std::string> Candidates;
  if (Named.empty()) {
    Candidates = Database->getAllFiles();
  } else {
    for (const std::string &Source : Named) {
      std::string File = absolute(Source);
      if (!llvm::sys::fs::exists(File)) {
        InputProblem(File, "no such file: '" + Source + "'");
        continue;
      }
      if (Database->getCompileCommands(File).empty()) {
        bool Said = false;
        for (const DatabaseProblem &Problem : Problems)
          if (Problem.File == File) {
            InputProblem(File, Problem.Message);
            Said = true;
          }
        if (!Said)
          InputProblem(File,
                       "no compile command for '" + Source + "' in the compilation database");
        continue;
      }
      Candidates.push_back(File);
    }
  }

  std::vector<TranslationUnitJob> Units;
  llvm::StringSet<> Queued;
  TidyConfig TidyFiles;
  for (const std::string &File : Candidates) {
    std::string Shown = displayPath(File);
    auto Matches = [&](const llvm::GlobPattern &P) { return P.match(Shown) || P.match(File); };
    if ((!Includes.empty() && llvm::none_of(Includes, Matches)) ||
        llvm::any_of(Excludes, Matches) || !Queued.insert(File).second)
      continue;
    llvm::Expected<Options> Config = TidyFiles.optionsFor(File, Overrides);
    // A bad configuration is a usage error: running with other settings than the user
    // wrote would report the wrong findings.
    if (!Config)
      return fail(llvm::toString(Config.takeError()));
    Units.push_back({File, std::move(*Config), {}});
  }
  if (Units.empty() && Failures.empty())
    return fail("no files to analyze (every file was excluded)");

  Settings.Jobs = workerCount(Jobs, Units.size());
  std::vector<std::string> UnitFiles;
  for (const TranslationUnitJob &Unit : Units)
    UnitFiles.push_back(Unit.File);
  unsigned MergedEntries = Configurations->mergedEntries(UnitFiles);

  Progress::Style Style = ProgressStyle == ProgressMode::Bar     ? Progress::Style::Bar
                          : ProgressStyle == ProgressMode::Lines ? Progress::Style::Lines
                          : ProgressStyle == ProgressMode::Off   ? Progress::Style::Off
                                                                 : Progress::detect(llvm::errs());
  Progress Bar(Style, ProgressInterval, llvm::errs());
  Bar.start(Units.size());

  // Results arrive in completion order; they are printed in file order, as soon as every
  // earlier file is done, so the output is the same for any -j. A type in a header is one
  // finding, however many translation units include it: the first one reports it. When fixes
  // are wanted, findings are printed at the end: another unit may change a fix's name.
  std::vector<Report> Reports;
  // The unit whose analysis gave each report (its notes), and the one that gave its fix
  // (NameResolution::NoUnit: none).
  std::vector<size_t> FixFrom, ReportFrom;
  NameResolution Names;
  std::map<std::string, size_t> Seen;
  std::map<size_t, TranslationUnitResult> Pending;
  size_t NextToPrint = 0, Finished = 0, FailedUnits = 0;
  unsigned CompileErrors = 0, Crashed = 0, NotAnalyzed = 0;
  PrefilterCounts Prefiltered(Settings.Prefilter);
  auto Print = [&](size_t Unit, TranslationUnitResult &Result) {
    using Status = TranslationUnitResult::Status;
    if (std::optional<std::string> Wrong = Prefiltered.add(Unit, Result, ExplainPrefilter))
      InputProblem(Result.File, *Wrong);
    if (Result.State != Status::Ok) {
      llvm::errs() << Result.CompilerOutput;
      std::string Shown = displayPath(Result.File);
      std::string Message;
      if (Result.State == Status::CompileErrors) {
        ++CompileErrors;
        Message = "'" + Shown +
                  "' has compile errors: its findings come from the AST clang "
                  "recovered, and their fixes are not applied";
      } else if (Result.State == Status::Crashed) {
        ++Crashed;
        Message = "the analysis of '" + Shown + "' crashed; the other files are not affected";
      } else {
        ++NotAnalyzed;
        std::string Why = firstError(Result.CompilerOutput);
        Message = "cannot analyze '" + Shown + "'" + (Why.empty() ? "" : ": " + Why);
      }
      llvm::errs() << "serialscope: "
                   << (Result.State == Status::CompileErrors ? "warning: " : "error: ") << Message
                   << "\n";
      Failures.push_back({Result.File, Message});
    }
    // A fix computed on an AST with errors may not compile; like clang-tidy without
    // -fix-errors, keep the finding and drop the fix.
    bool Trusted = Result.State == TranslationUnitResult::Status::Ok;
    if (ResolveNames)
      Names.addDeclared(Unit, Result.DeclaredNames,
                        Trusted && llvm::any_of(Result.Reports, [](const Report &R) {
                          return !R.HoistedNames.empty();
                        }));
    for (Report &R : Result.Reports) {
      auto [It, New] = Seen.try_emplace(R.key(), Reports.size());
      if (!New) {
        if (Trusted && Reports[It->second].Fix.empty() && !R.Fix.empty()) {
          Reports[It->second].Fix = R.Fix;
          Reports[It->second].HoistedNames = R.HoistedNames;
          FixFrom[It->second] = Unit;
        }
        continue;
      }
      if (!Trusted) {
        R.Fix.clear();
        R.HoistedNames.clear();
      }
      if (!ResolveNames)
        printReport(R, FindingsOut);
      FixFrom.push_back(R.Fix.empty() ? NameResolution::NoUnit : Unit);
      ReportFrom.push_back(Unit);
      Reports.push_back(std::move(R));
    }
    FindingsOut.flush();
  };
  runTranslationUnits(*Database, Units, Settings, [&](size_t Index, TranslationUnitResult Result) {
    ++Finished;
    FailedUnits += Result.State != TranslationUnitResult::Status::Ok;
    Pending.emplace(Index, std::move(Result));
    bool Cleared = false;
    for (auto It = Pending.find(NextToPrint); It != Pending.end();
         It = Pending.find(++NextToPrint)) {
      if (!Cleared)
        Bar.clear();
      Cleared = true;
      Print(It->first, It->second);
      Pending.erase(It);
    }
    Bar.update(Finished, FailedUnits);
  });
  Bar.finish();
  // Re-analyses check fixes and names: they need every unit's AST.
  Settings.Prefilter = PrefilterMode::Off;
  if (ResolveNames) {
    for (const auto &[File, Message] :
         Prefiltered.declareNamesOfSkipped(*Database, Units, Settings, Reports, Names))
      InputProblem(File, Message);
    unsigned Again = resolveProjectNames(*Database, Units, Settings, Names, Reports, ReportFrom,
                                         FixFrom);
    if (Again)
      llvm::errs() << "serialscope: " << plural(Again, "file", "files")
                   << " analyzed again so that every name a fix declares is unique in the "
                      "project\n";
    // Fixes are planned one unit and one compile command at a time; they are handed out only
    // when all of a file's fixes together still compile in every unit that sees the file.
    dropOverlappingFixes(Reports, FixFrom);
    verifyFixes(*Database, Units, Settings, Reports, FixFrom);
    for (const Report &R : Reports)
      printReport(R, FindingsOut);
    FindingsOut.flush();
  }

  // Every file that could not be written is a failure, named on its own line.
  unsigned NotWritten = 0;
  auto WriteFailed = [&](const SarifFailure &Failure) {
    llvm::errs() << "serialscope: error: " << Failure.Message << "\n";
    Failures.push_back(Failure);
    ++NotWritten;
  };
  auto WriteReport = [&](const std::string &Path, llvm::StringRef Content) {
    if (WriteResult Result = writeOutputFile(Path, Content); !Result.ok())
      WriteFailed({"", Result.Message});
  };
  if (!ExportFixes.empty()) {
    llvm::Expected<std::string> Yaml = fixesYaml(Reports);
    if (Yaml)
      WriteReport(ExportFixes, *Yaml);
    else
      WriteFailed({"", "cannot write '" + ExportFixes + "': " + llvm::toString(Yaml.takeError())});
  }
  // The SARIF log describes the analyzed text (its line hashes and columns come from the
  // files), so it is written before the fixes change them.
  if (!SarifPath.empty()) {
    SarifSettings Sarif;
    Sarif.SourceRoot = Root;
    Sarif.AutomationId = SarifCategory + "/";
    Sarif.Failures = Failures;
    WriteReport(SarifPath, makeSarif(Reports, Sarif).dump(2));
  }
  if (Fix) {
    FixOutcome Fixed = applyFixes(Reports);
    for (const SarifFailure &Failure : Fixed.NotWritten)
      WriteFailed(Failure);
    llvm::errs() << "serialscope: fixed " << plural(Fixed.FilesChanged, "file", "files");
    if (Fixed.Conflicts)
      llvm::errs() << " (" << Fixed.Conflicts << " conflicting edits skipped)";
    if (!Fixed.NotWritten.empty())
      llvm::errs() << ", " << Fixed.NotWritten.size() << " not written";
    llvm::errs() << "\n";
  }

  unsigned RegisteredByName = 0;
  std::set<std::string> FilesWithFixes;
  for (const Report &R : Reports) {
    RegisteredByName += R.RegisteredByName;
    for (const ReportEdit &Edit : R.Fix)
      FilesWithFixes.insert(Edit.File);
  }
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - StartTime).count();
  llvm::errs() << "serialscope: " << plural(Units.size(), "TU", "TUs") << " in "
               << llvm::format("%.1f", Seconds)
               << " s: " << plural(Reports.size(), "finding", "findings") << " ("
               << RegisteredByName << " registered by name, " << Reports.size() - RegisteredByName
               << " serializable), " << plural(FilesWithFixes.size(), "file", "files")
               << " with fixes, " << Failures.size() << " failed\n";
  if (!Failures.empty()) {
    std::vector<std::string> Kinds;
    if (CompileErrors)
      Kinds.push_back(std::to_string(CompileErrors) + " with compile errors");
    if (NotAnalyzed)
      Kinds.push_back(std::to_string(NotAnalyzed) + " not analyzed");
    if (Crashed)
      Kinds.push_back(std::to_string(Crashed) + " crashed");
    if (NotWritten)
      Kinds.push_back(std::to_string(NotWritten) + " not written");
    size_t InputErrors = Failures.size() - CompileErrors - NotAnalyzed - Crashed - NotWritten;
    if (InputErrors)
      Kinds.push_back(plural(InputErrors, "input error", "input errors"));
    llvm::errs() << "serialscope: error: " << plural(Failures.size(), "file", "files")
                 << " failed (" << llvm::join(Kinds, ", ") << ")\n";
  }
  if (MergedEntries)
    llvm::errs() << "serialscope: "
                 << plural(MergedEntries, "compile database entry", "compile database entries")
                 << " analyzed with another entry of the same file and preprocessing\n";
  Prefiltered.printSummary(llvm::errs());
  if (!Failures.empty())
    return ExitError;
  return Reports.empty() ? ExitClean : ExitFindings;
}
