//===- CommandLine.cpp ----------------------------------------------------===//
#include "CommandLine.h"
#include "CompileDatabase.h"
#include "FileWriter.h"
#include "Options.h"
#include "Report.h"

#include "clang/Basic/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <unistd.h>

using namespace clang::tooling;
namespace cl = llvm::cl;

namespace serialscope {
namespace {

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
cl::opt<std::string> GitlabCodeQuality("gitlab-codequality",
                                       cl::desc("Write the findings as GitLab's Code Quality "
                                                "report (JSON)"),
                                       cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> SarifRoot("sarif-root",
                               cl::desc("Directory that SARIF URIs and Code Quality paths are "
                                        "relative to (%SRCROOT%; default: the current "
                                        "directory)"),
                               cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> SarifCategory("sarif-category",
                                   cl::desc("SARIF runAutomationDetails category (default: "
                                            "serialscope)"),
                                   cl::value_desc("name"), cl::init("serialscope"),
                                   cl::cat(Category));
cl::opt<bool> CompilerWarnings(
    "compiler-warnings",
    cl::desc("Also show the compiler's warnings of the analyzed code (by default only its "
             "errors, as clang-tidy shows them without clang-diagnostic-* checks)"),
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
cl::opt<std::string> ChecksOption(
    "checks",
    cl::desc("Checks to run, as clang-tidy's -checks: comma-separated globs, '-' turns off "
             "(default: serialscope-non-resolvable-type and "
             "serialscope-duplicate-registration-key)"),
    cl::value_desc("globs"), cl::cat(Category));
cl::opt<std::string>
    CacheDir("cache-dir",
             cl::desc("Keep the results of unchanged translation units here (default: "
                      "SERIALSCOPE_CACHE_DIR, else .serialscope-cache in the build directory)"),
             cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> NoCache("no-cache", cl::desc("Analyze every unit; neither read nor write the cache"),
                      cl::cat(Category));
cl::opt<std::string> CacheSize("cache-size",
                               cl::desc("Bound the cache to this size (bytes, or with a K, M or "
                                        "G suffix; default 1G), removing the least recently "
                                        "used results"),
                               cl::value_desc("size"), cl::cat(Category));
cl::opt<double> ProgressInterval("progress-interval",
                                 cl::desc("Seconds between progress lines (default 10)"),
                                 cl::init(10.0), cl::cat(Category));

llvm::Error usageError(const llvm::Twine &Message) {
  return llvm::make_error<llvm::StringError>(Message, llvm::inconvertibleErrorCode());
}

/// "500M", "2G", "65536": bytes; none unless it is a positive size.
std::optional<uint64_t> parseSize(llvm::StringRef Text) {
  unsigned Shift = llvm::StringSwitch<unsigned>(Text.take_back(1).upper())
                       .Case("K", 10)
                       .Case("M", 20)
                       .Case("G", 30)
                       .Default(0);
  if (Shift)
    Text = Text.drop_back();
  uint64_t Unit = uint64_t(1) << Shift;
  uint64_t Count = 0;
  if (Text.getAsInteger(10, Count) || Count == 0 || Count > UINT64_MAX / Unit)
    return std::nullopt;
  return Count * Unit;
}

/// `--version`: serialscope's own, and the Clang it analyzes with (its modules load only into
/// that Clang major).
void printVersion(llvm::raw_ostream &OS) {
  OS << "serialscope version " << SERIALSCOPE_VERSION << "\n  for " << clang::getClangFullVersion()
     << " (LLVM " << LLVM_VERSION_STRING << ")\n";
}

/// What was written to \p FD, from its start.
std::string readBack(int FD) {
  std::string Text;
  char Chunk[4096];
  if (lseek(FD, 0, SEEK_SET) != 0)
    return Text;
  for (ssize_t Got; (Got = read(FD, Chunk, sizeof(Chunk))) > 0;)
    Text.append(Chunk, Got);
  return Text;
}

/// Runs LLVM's parser on the options. It prints bad option values straight to stderr, and may
/// add a "did you mean" line: everything it says is collected, so that a user error is one
/// clear line.
llvm::Error parseOptions(int Argc, const char **Argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter(printVersion);
  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  int SavedStderr = -1, Capture = -1;
  llvm::SmallString<128> CapturePath;
  if (!llvm::sys::fs::createTemporaryFile("serialscope-args", "txt", Capture, CapturePath)) {
    // Unlinked at once: --help and --version exit inside the parser, and must leave nothing.
    llvm::sys::fs::remove(CapturePath);
    llvm::errs().flush();
    SavedStderr = dup(STDERR_FILENO);
    dup2(Capture, STDERR_FILENO);
  }
  bool Parsed = cl::ParseCommandLineOptions(
      Argc, Argv,
      "serialscope: finds serializable types that cannot be resolved by name (declared in "
      "function scope, in anonymous namespaces, or unnamed)\n\n"
      "  serialscope merge [--sarif-root=<dir>] [-o <merged.sarif>] "
      "[--gitlab-codequality=<file>] <shards or dirs...>\n"
      "    combines SARIF shards (from -fplugin-arg-serialscope-sarif) into one run\n",
      &ParseErrorStream);
  ParseErrorStream.flush();
  if (SavedStderr >= 0) {
    llvm::errs().flush();
    dup2(SavedStderr, STDERR_FILENO);
    close(SavedStderr);
    ParseErrors = readBack(Capture) + ParseErrors;
    close(Capture);
  }
  if (Parsed) {
    llvm::errs() << ParseErrors;
    return llvm::Error::success();
  }
  llvm::StringRef First = llvm::StringRef(ParseErrors).ltrim().split('\n').first.trim();
  First.consume_front("serialscope: ");
  First.consume_front(llvm::sys::path::filename(Argv[0]).str() + ": ");
  First = First.split("  Try: ").first.rtrim();
  return usageError(First + " (see serialscope --help)");
}

/// Checks the values of the options, in the order a user reads them, and copies them out.
llvm::Error checkOptions(Invocation &Run) {
  for (llvm::StringRef Item : OptionValues) {
    auto [Key, Value] = Item.split('=');
    if (!Item.contains('='))
      return usageError("--option expects Key=Value, got '" + Item + "'");
    Run.Overrides[Key.str()] = Value.str();
  }
  {
    Options Probe;
    if (llvm::Error E = Probe.setAll(Run.Overrides))
      return usageError("--option: " + llvm::toString(std::move(E)));
  }
  for (auto [Patterns, Out] :
       {std::pair{&Include, &Run.Includes}, std::pair{&Exclude, &Run.Excludes}})
    for (const std::string &Text : *Patterns) {
      llvm::Expected<llvm::GlobPattern> Pattern = llvm::GlobPattern::create(Text);
      if (!Pattern)
        return usageError("bad glob '" + Text + "': " + llvm::toString(Pattern.takeError()));
      Out->push_back(std::move(*Pattern));
    }
  // Fails now rather than after an hour of analysis.
  std::vector<llvm::StringRef> ToStandardOutput;
  for (auto [Name, Output] : {std::pair{"--sarif", &SarifPath.getValue()},
                              std::pair{"--export-fixes", &ExportFixes.getValue()},
                              std::pair{"--gitlab-codequality", &GitlabCodeQuality.getValue()}}) {
    if (Output->empty())
      continue;
    if (WriteResult Check = checkOutputFile(*Output); !Check.ok())
      return usageError(Check.Message);
    if (isStandardOutput(*Output))
      ToStandardOutput.push_back(Name);
  }
  if (ToStandardOutput.size() > 1)
    return usageError(ToStandardOutput[0] + " and " + ToStandardOutput[1] +
                      " cannot both write to standard output");
  Run.SarifRoot = absolutePath(SarifRoot.empty() ? "." : SarifRoot.getValue());
  if (!SarifRoot.empty() && !llvm::sys::fs::is_directory(Run.SarifRoot))
    return usageError("--sarif-root: '" + SarifRoot + "' is not a directory");

  Run.Named.assign(Sources.begin(), Sources.end());
  if (!FilesFrom.empty()) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> List =
        llvm::MemoryBuffer::getFileOrSTDIN(FilesFrom);
    if (!List)
      return usageError("--files-from: cannot read '" + FilesFrom +
                        "': " + List.getError().message());
    for (llvm::StringRef Line : llvm::split((*List)->getBuffer(), '\n')) {
      Line = Line.trim();
      if (!Line.empty() && !Line.starts_with("#"))
        Run.Named.push_back(Line.str());
    }
  }
  return llvm::Error::success();
}

} // namespace

int fail(const llvm::Twine &Message) {
  llvm::errs() << "serialscope: error: " << Message << "\n";
  return ExitError;
}

std::string plural(size_t N, llvm::StringRef One, llvm::StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

std::string displayPath(llvm::StringRef File) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  llvm::StringRef Rest = File;
  if (Rest.consume_front(Cwd) && Rest.consume_front("/"))
    return Rest.str();
  return File.str();
}

llvm::raw_ostream &Invocation::findingsStream() const {
  return isStandardOutput(SarifPath) || isStandardOutput(ExportFixes) ||
                 isStandardOutput(CodeQualityPath)
             ? llvm::errs()
             : llvm::outs();
}

llvm::Expected<Invocation> parseCommandLine(int Argc, const char **Argv) {
  // `@file` arguments, the compiler flags after `--` included, are read as the driver would.
  std::vector<std::string> Arguments(Argv, Argv + Argc);
  llvm::SmallString<256> WorkingDirectory;
  llvm::sys::fs::current_path(WorkingDirectory);
  if (std::optional<std::string> Why = expandResponseFiles(Arguments, WorkingDirectory))
    return usageError(*Why);
  std::vector<const char *> ExpandedArgv;
  for (const std::string &Argument : Arguments)
    ExpandedArgv.push_back(Argument.c_str());
  Argc = int(ExpandedArgv.size());
  Argv = ExpandedArgv.data();

  Invocation Run;
  // Flags after `--` form a fixed compilation database; the rest are our options.
  std::string FixedError;
  Run.FlagsDatabase = FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, FixedError);
  if (llvm::Error E = parseOptions(Argc, Argv))
    return std::move(E);
  if (llvm::Error E = checkOptions(Run))
    return std::move(E);

  Run.BuildPath = BuildPath;
  Run.Fix = Fix;
  Run.CompilerWarnings = CompilerWarnings;
  Run.ExportFixes = ExportFixes;
  Run.SarifPath = SarifPath;
  Run.CodeQualityPath = GitlabCodeQuality;
  Run.SarifCategory = SarifCategory;
  Run.Jobs = Jobs;
  Run.ProgressStyle = ProgressStyle == ProgressMode::Bar     ? Progress::Style::Bar
                      : ProgressStyle == ProgressMode::Lines ? Progress::Style::Lines
                      : ProgressStyle == ProgressMode::Off   ? Progress::Style::Off
                                                             : Progress::detect(llvm::errs());
  Run.ProgressInterval = ProgressInterval;
  const char *FromEnvironment = getenv("SERIALSCOPE_PREFILTER");
  std::string Prefilter = PrefilterOption.getNumOccurrences() ? PrefilterOption.getValue()
                          : FromEnvironment                   ? FromEnvironment
                                                              : "on";
  std::optional<PrefilterMode> Mode = parsePrefilterMode(Prefilter);
  if (!Mode)
    return usageError("--prefilter: expected on, off or check, got '" + Prefilter + "'");
  Run.Prefilter = *Mode;
  Run.ExplainPrefilter = getenv("SERIALSCOPE_PREFILTER_EXPLAIN");
  llvm::Expected<CheckSelection> Checks = CheckSelection::parse(ChecksOption);
  if (!Checks)
    return usageError("--" + llvm::toString(Checks.takeError()));
  Run.Checks = *Checks;
  Run.NoCache = NoCache;
  const char *CacheFromEnvironment = getenv("SERIALSCOPE_CACHE_DIR");
  Run.CacheDir = CacheDir.getNumOccurrences() ? CacheDir.getValue()
                 : CacheFromEnvironment       ? CacheFromEnvironment
                                              : "";
  if (CacheSize.getNumOccurrences()) {
    std::optional<uint64_t> Bytes = parseSize(CacheSize);
    if (!Bytes)
      return usageError("--cache-size: expected a size such as 500M or 2G, got '" + CacheSize +
                        "'");
    Run.CacheBytes = *Bytes;
  }
  return std::move(Run);
}

} // namespace serialscope
