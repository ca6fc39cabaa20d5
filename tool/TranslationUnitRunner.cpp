//===- TranslationUnitRunner.cpp ------------------------------------------===//
#include "TranslationUnitRunner.h"
#include "Analyzer.h"
#include "ClangToolCompat.h"
#include "CompileDatabase.h"
#include "FileWriter.h"
#include "ProjectNames.h"
#include "ResultCache.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace clang;

namespace serialscope {
namespace {

/// What a worker fills in while clang runs.
struct WorkerOutput {
  std::vector<Report> Reports;
  std::vector<KeyRecord> Keys;
  /// The keys of the last compile command parsed; check mode compares them with the scan's.
  std::vector<KeyRecord> LastKeys;
  std::vector<KeyCandidate> KeyCandidates;
  bool Parsed = false;
  /// Null unless the driver asked for the declared names.
  std::set<std::string> *DeclaredNames = nullptr;
  unsigned PrefilterSkipped = 0, PrefilterNeedless = 0;
  std::string PrefilterReason, PrefilterUnsound;
  /// Null unless the result is cached: every file the unit's commands read (absolute).
  std::set<std::string> *Inputs = nullptr;
  /// The file manager's entries up to this id are already in Inputs.
  size_t InputsSeen = 0;
};

/// Adds the files `Files` got since the last call to `Out.Inputs`. One file manager serves all
/// the unit's commands (and the prefilter's scan), each in its own directory: a relative name
/// is made absolute in the directory of the command that read it, that is, now.
void recordInputs(FileManager &Files, WorkerOutput &Out) {
  if (!Out.Inputs)
    return;
  llvm::SmallVector<OptionalFileEntryRef, 0> ByUID;
  Files.GetUniqueIDMapping(ByUID);
  for (size_t UID = Out.InputsSeen; UID < ByUID.size(); ++UID) {
    if (!ByUID[UID])
      continue;
    llvm::SmallString<256> Path(ByUID[UID]->getName());
    Files.makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
    Out.Inputs->insert(std::string(Path));
  }
  Out.InputsSeen = std::max(Out.InputsSeen, ByUID.size());
}

class CollectingConsumer : public ASTConsumer {
public:
  CollectingConsumer(CompilerInstance &CI, const Options &Config, WorkerOutput &Out)
      : CI(CI), Config(Config), Out(Out) {}
  /// The bodies of non-template functions in system headers can name no user type: skipping
  /// them saves parse time without changing any finding. (Template bodies are kept: their
  /// instantiations with user types are evidence, e.g. what BOOST_CLASS_EXPORT instantiates.
  /// Clang itself keeps the bodies it needs: constexpr functions, deduced return types.)
  bool shouldSkipFunctionBody(Decl *D) override {
    return !D->isTemplated() && CI.getSourceManager().isInSystemHeader(D->getLocation());
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out.Parsed = true;
    UnitKeys Keys;
    for (const Finding &F : analyze(Ctx, Config, &Keys))
      Out.Reports.push_back(makeReport(F, Ctx.getSourceManager(), CI.getLangOpts()));
    Out.LastKeys = Keys.Records;
    llvm::append_range(Out.Keys, Keys.Records);
    Out.Keys = uniqueKeys(std::move(Out.Keys));
    if (Out.DeclaredNames)
      *Out.DeclaredNames = declaredNames(Ctx);
  }

private:
  CompilerInstance &CI;
  const Options &Config;
  WorkerOutput &Out;
};

class CollectingAction : public ASTFrontendAction {
public:
  CollectingAction(const Options &Config, WorkerOutput &Out) : Config(Config), Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) override {
    // The consumer decides which bodies (shouldSkipFunctionBody): only system headers'.
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return std::make_unique<CollectingConsumer>(CI, Config, Out);
  }

private:
  const Options &Config;
  WorkerOutput &Out;
};

class CollectingActionFactory : public tooling::FrontendActionFactory {
public:
  CollectingActionFactory(const Options &Config, PrefilterMode Prefilter, bool ReadKeys,
                          WorkerOutput &Out)
      : Config(Config), Prefilter(Prefilter), ReadKeys(ReadKeys), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<CollectingAction>(Config, Out);
  }

  /// One compile command of the unit: scanned first, unless the prefilter is off, and parsed
  /// unless the scan rules out every finding (or the prefilter checks itself).
  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation, FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCH,
                     DiagnosticConsumer *Diagnostics) override {
    if (Prefilter == PrefilterMode::Off) {
      bool Ok = FrontendActionFactory::runInvocation(Invocation, Files, PCH, Diagnostics);
      recordInputs(*Files, Out);
      return Ok;
    }
    PrefilterVerdict Verdict = scanTranslationUnit(*Invocation, Files, PCH, Config, ReadKeys);
    recordInputs(*Files, Out);
    // Test hook (docs/ci.md): a scan that skips everything, so that tests can prove that
    // check mode catches a wrong skip.
    if (getenv("SERIALSCOPE_TEST_PREFILTER_SKIPS_ALL"))
      Verdict.NeedsAST = false;
    if (!Verdict.NeedsAST) {
      ++Out.PrefilterSkipped;
      if (Prefilter == PrefilterMode::On) {
        llvm::append_range(Out.KeyCandidates, Verdict.Keys);
        return true;
      }
    }
    size_t Before = Out.Reports.size();
    Out.LastKeys.clear();
    bool Ok = FrontendActionFactory::runInvocation(Invocation, Files, PCH, Diagnostics);
    recordInputs(*Files, Out);
    if (Out.Reports.size() > Before && !Verdict.NeedsAST && Out.PrefilterUnsound.empty())
      Out.PrefilterUnsound = Out.Reports[Before].Where.File + ":" +
                             std::to_string(Out.Reports[Before].Where.Line) + ": " +
                             Out.Reports[Before].Message;
    if (!Verdict.NeedsAST && ReadKeys && Out.PrefilterUnsound.empty())
      Out.PrefilterUnsound = keyNotRead(Out.LastKeys, Verdict.Keys);
    if (Out.Reports.size() == Before && Verdict.NeedsAST) {
      if (!Out.PrefilterNeedless++)
        Out.PrefilterReason = Verdict.Reason;
    }
    return Ok;
  }

private:
  /// A key the analysis found that the scan did not read (empty: none): the candidates of
  /// a skipped unit must hold every key its AST has.
  static std::string keyNotRead(const std::vector<KeyRecord> &Keys,
                                const std::vector<KeyCandidate> &Candidates) {
    for (const KeyRecord &K : Keys)
      if (llvm::none_of(Candidates, [&](const KeyCandidate &C) {
            return C.Registry == K.Registry && C.Key == K.Key && C.Where.File == K.Where.File &&
                   C.Where.Offset == K.Where.Offset;
          }))
        return K.Where.File + ":" + std::to_string(K.Where.Line) + ": registration key '" + K.Key +
               "' (" + K.Registry + ") of type '" + K.TypeName + "', which the scan did not read";
    return {};
  }

  const Options &Config;
  PrefilterMode Prefilter;
  bool ReadKeys;
  WorkerOutput &Out;
};

/// Clang's diagnostics of a unit as the tool shows them: as clang-tidy shows them without
/// clang-diagnostic-* checks, errors and fatal errors with their notes; warnings and remarks
/// only when asked (--compiler-warnings). It counts only what it shows, so that clang's
/// "N warnings generated." line counts the same (and is not printed when none are shown).
class ShownDiagnostics : public DiagnosticConsumer {
public:
  ShownDiagnostics(llvm::raw_ostream &OS, compat::PrinterDiagnosticOptions &Options,
                   bool ShowWarnings)
      : Printer(OS, Options.forPrinter()), ShowWarnings(ShowWarnings) {}

  void BeginSourceFile(const LangOptions &LangOpts, const Preprocessor *PP) override {
    Printer.BeginSourceFile(LangOpts, PP);
  }
  void EndSourceFile() override { Printer.EndSourceFile(); }
  void finish() override { Printer.finish(); }

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    // A note belongs to the diagnostic before it, and is shown with it.
    if (Level != DiagnosticsEngine::Note)
      Showing = ShowWarnings || Level >= DiagnosticsEngine::Error;
    if (!Showing)
      return;
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    Printer.HandleDiagnostic(Level, Info);
  }

private:
  TextDiagnosticPrinter Printer;
  bool ShowWarnings;
  bool Showing = true;
};

/// Runs in the worker process: analyze one file and write its result as JSON.
void analyzeInWorker(const tooling::CompilationDatabase &Database, const TranslationUnitJob &Job,
                     const RunSettings &Settings, const std::string &ResultPath,
                     const std::string &StderrPath = "") {
  const std::string &File = Job.File;
  WorkerOutput Output;
  std::set<std::string> Declared;
  if (Settings.CollectNames)
    Output.DeclaredNames = &Declared;
  std::set<std::string> Inputs;
  bool Cached = Settings.Cache && Job.Overlay.empty();
  if (Cached)
    Output.Inputs = &Inputs;
  int64_t Started = nowNs();
  std::string CompilerOutput;
  llvm::raw_string_ostream OS(CompilerOutput);
  compat::PrinterDiagnosticOptions DiagOpts;
  DiagOpts->ShowColors = false;
  // As clang prints them: "[-Wunused-variable]".
  DiagOpts->ShowOptionNames = true;
  ShownDiagnostics Printer(OS, DiagOpts, Settings.CompilerWarnings);

  tooling::ClangTool Tool(Database, {File});
  Tool.appendArgumentsAdjuster(analysisArgumentsAdjuster(Settings.ResourceDir));
  for (const auto &[Path, Text] : Job.Overlay)
    Tool.mapVirtualFile(Path, Text);
  Tool.setDiagnosticConsumer(&Printer);
  // ClangTool's own "Error while processing" line would interleave across workers; the
  // driver prints one summary instead.
  Tool.setPrintErrorMessage(false);
  CollectingActionFactory Factory(Job.Config, Settings.Prefilter, Settings.ReadKeys, Output);
  int Status = Tool.run(&Factory);
  OS.flush();
  // Clang writes some lines straight to stderr ("2 errors generated."); in a worker, stderr
  // is a file so that they stay with this TU's output.
  llvm::errs().flush();
  if (!StderrPath.empty())
    if (llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Captured =
            llvm::MemoryBuffer::getFile(StderrPath))
      CompilerOutput += (*Captured)->getBuffer();
  if (!Settings.CrashOnFile.empty() && llvm::StringRef(File).ends_with(Settings.CrashOnFile))
    abort();

  TranslationUnitResult Result;
  // A TU with errors still has findings when clang got as far as an AST (HandleTranslationUnit
  // ran on what it recovered); without one nothing was analyzed.
  Result.State = Status == 0     ? TranslationUnitResult::Status::Ok
                 : Output.Parsed ? TranslationUnitResult::Status::CompileErrors
                                 : TranslationUnitResult::Status::Failed;
  Result.CompilerOutput = std::move(CompilerOutput);
  Result.Reports = std::move(Output.Reports);
  Result.DeclaredNames.assign(Declared.begin(), Declared.end());
  Result.Keys = std::move(Output.Keys);
  Result.PrefilterSkipped = Output.PrefilterSkipped;
  Result.KeyCandidates = std::move(Output.KeyCandidates);
  Result.PrefilterNeedless = Output.PrefilterNeedless;
  Result.PrefilterReason = Output.PrefilterReason;
  Result.PrefilterUnsound = Output.PrefilterUnsound;
  if (Cached && Result.State != TranslationUnitResult::Status::Failed)
    Result.Inputs = stampFiles(Inputs, Started).value_or(std::vector<FileStamp>());
  // A result that cannot be written (a full disk) is no result: the driver says so.
  (void)writeOutputFile(ResultPath, resultToJson(Result).dump(
                                        -1, ' ', false, nlohmann::json::error_handler_t::replace));
}

TranslationUnitResult readWorkerResult(const std::string &File, const std::string &ResultPath,
                                       int WaitStatus) {
  TranslationUnitResult Result;
  Result.File = File;
  if (WIFSIGNALED(WaitStatus)) {
    Result.State = TranslationUnitResult::Status::Crashed;
    Result.CompilerOutput = "serialscope: error: the analysis of '" + File + "' crashed (signal " +
                            std::to_string(WTERMSIG(WaitStatus)) + ": " +
                            strsignal(WTERMSIG(WaitStatus)) + ")\n";
    return Result;
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(ResultPath);
  nlohmann::json Value;
  if (Buffer)
    Value = nlohmann::json::parse((*Buffer)->getBuffer().begin(), (*Buffer)->getBuffer().end(),
                                  nullptr, /*allow_exceptions=*/false);
  if (!resultFromJson(Value, Result)) {
    Result = TranslationUnitResult();
    Result.File = File;
    Result.State = TranslationUnitResult::Status::Crashed;
    Result.CompilerOutput =
        "serialscope: error: the analysis of '" + File + "' ended without a result\n";
  }
  return Result;
}

const char *statusName(TranslationUnitResult::Status State) {
  using Status = TranslationUnitResult::Status;
  return State == Status::Ok ? "ok" : State == Status::CompileErrors ? "errors" : "failed";
}

/// A member of an object, when it has the type `Is` accepts.
const nlohmann::json *member(const nlohmann::json &Object, const char *Key,
                             bool (nlohmann::json::*Is)() const noexcept) {
  auto It = Object.find(Key);
  return It != Object.end() && ((*It).*Is)() ? &*It : nullptr;
}

bool stampsFromJson(const nlohmann::json &Value, std::vector<FileStamp> &Stamps) {
  for (const nlohmann::json &Item : Value) {
    if (!Item.is_array() || Item.size() != 4 || !Item[0].is_string() ||
        !Item[1].is_number_unsigned() || !Item[2].is_number_integer() || !Item[3].is_string())
      return false;
    Stamps.push_back({Item[0].get<std::string>(),
                      {Item[1].get<uint64_t>(), Item[2].get<int64_t>()},
                      Item[3].get<std::string>()});
  }
  return true;
}

} // namespace

nlohmann::json resultToJson(const TranslationUnitResult &Result) {
  nlohmann::json Value;
  Value["status"] = statusName(Result.State);
  Value["compilerOutput"] = Result.CompilerOutput;
  nlohmann::json List = nlohmann::json::array();
  for (const Report &R : Result.Reports)
    List.push_back(toJson(R));
  Value["reports"] = std::move(List);
  Value["declaredNames"] = Result.DeclaredNames;
  nlohmann::json Keys = nlohmann::json::array();
  for (const KeyRecord &K : Result.Keys)
    Keys.push_back(toJson(K));
  Value["keys"] = std::move(Keys);
  nlohmann::json Candidates = nlohmann::json::array();
  for (const KeyCandidate &C : Result.KeyCandidates)
    Candidates.push_back(toJson(C));
  Value["prefilter"] = {{"skipped", Result.PrefilterSkipped},
                        {"keyCandidates", std::move(Candidates)},
                        {"needless", Result.PrefilterNeedless},
                        {"reason", Result.PrefilterReason},
                        {"unsound", Result.PrefilterUnsound}};
  nlohmann::json Inputs = nlohmann::json::array();
  for (const FileStamp &Stamp : Result.Inputs)
    Inputs.push_back({Stamp.Path, Stamp.Stat.Size, Stamp.Stat.Modified, Stamp.Hash});
  Value["inputs"] = std::move(Inputs);
  return Value;
}

bool resultFromJson(const nlohmann::json &Value, TranslationUnitResult &Result) {
  using J = nlohmann::json;
  if (!Value.is_object())
    return false;
  const J *Status = member(Value, "status", &J::is_string);
  const J *Output = member(Value, "compilerOutput", &J::is_string);
  const J *Reports = member(Value, "reports", &J::is_array);
  const J *Names = member(Value, "declaredNames", &J::is_array);
  const J *Prefilter = member(Value, "prefilter", &J::is_object);
  const J *Inputs = member(Value, "inputs", &J::is_array);
  // Required: a cached result from before keys were kept is no result, not one without keys.
  const J *Keys = member(Value, "keys", &J::is_array);
  if (!Status || !Output || !Reports || !Names || !Prefilter || !Inputs || !Keys)
    return false;
  const J *Skipped = member(*Prefilter, "skipped", &J::is_number_unsigned);
  const J *Candidates = member(*Prefilter, "keyCandidates", &J::is_array);
  const J *Needless = member(*Prefilter, "needless", &J::is_number_unsigned);
  const J *Reason = member(*Prefilter, "reason", &J::is_string);
  const J *Unsound = member(*Prefilter, "unsound", &J::is_string);
  if (!Skipped || !Candidates || !Needless || !Reason || !Unsound)
    return false;
  using State = TranslationUnitResult::Status;
  std::string StatusText = Status->get<std::string>();
  Result.State = StatusText == "ok"       ? State::Ok
                 : StatusText == "errors" ? State::CompileErrors
                                          : State::Failed;
  Result.CompilerOutput = Output->get<std::string>();
  for (const J &Item : *Reports) {
    Report R;
    if (!fromJson(Item, R))
      return false;
    Result.Reports.push_back(std::move(R));
  }
  for (const J &Name : *Names) {
    if (!Name.is_string())
      return false;
    Result.DeclaredNames.push_back(Name.get<std::string>());
  }
  for (const J &Item : *Keys) {
    KeyRecord K;
    if (!fromJson(Item, K))
      return false;
    Result.Keys.push_back(std::move(K));
  }
  Result.PrefilterSkipped = Skipped->get<unsigned>();
  for (const J &Item : *Candidates) {
    KeyCandidate C;
    if (!fromJson(Item, C))
      return false;
    Result.KeyCandidates.push_back(std::move(C));
  }
  Result.PrefilterNeedless = Needless->get<unsigned>();
  Result.PrefilterReason = Reason->get<std::string>();
  Result.PrefilterUnsound = Unsound->get<std::string>();
  return stampsFromJson(*Inputs, Result.Inputs);
}

void runTranslationUnits(const tooling::CompilationDatabase &Database,
                         const std::vector<TranslationUnitJob> &Jobs, const RunSettings &Settings,
                         const std::function<void(size_t, TranslationUnitResult)> &OnResult) {
  llvm::SmallString<128> ResultDir;
  if (std::error_code EC = llvm::sys::fs::createUniqueDirectory("serialscope", ResultDir)) {
    for (size_t I = 0; I < Jobs.size(); ++I) {
      TranslationUnitResult Result;
      Result.File = Jobs[I].File;
      Result.CompilerOutput =
          "serialscope: error: cannot create a temporary directory: " + EC.message() + "\n";
      OnResult(I, std::move(Result));
    }
    return;
  }
  auto ResultPath = [&](size_t Index) {
    llvm::SmallString<128> Path(ResultDir);
    llvm::sys::path::append(Path, std::to_string(Index) + ".json");
    return std::string(Path);
  };

  // Cache keys of the jobs that may use the cache (empty: not cached).
  std::vector<std::string> Keys(Jobs.size());
  auto Finish = [&](size_t Index, TranslationUnitResult Result) {
    if (!Keys[Index].empty())
      Settings.Cache->store(Keys[Index], Result);
    // Only the cache needs them, and a large project's stamps add up.
    Result.Inputs = {};
    OnResult(Index, std::move(Result));
  };

  std::map<pid_t, size_t> Running;
  size_t Next = 0, Done = 0;
  llvm::outs().flush();
  llvm::errs().flush();
  while (Done < Jobs.size()) {
    while (Next < Jobs.size() && Running.size() < std::max(1u, Settings.Jobs)) {
      if (Settings.Cache && Jobs[Next].Overlay.empty()) {
        Keys[Next] = Settings.Cache->keyOf(Database, Jobs[Next], Settings);
        if (std::optional<TranslationUnitResult> Hit = Settings.Cache->lookup(Keys[Next])) {
          Hit->File = Jobs[Next].File;
          Keys[Next].clear();
          OnResult(Next++, std::move(*Hit));
          ++Done;
          continue;
        }
      }
      pid_t Pid = fork();
      if (Pid == 0) {
        std::string StderrPath = ResultPath(Next) + ".stderr";
        int FD = ::open(StderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (FD >= 0 && ::dup2(FD, STDERR_FILENO) >= 0)
          analyzeInWorker(Database, Jobs[Next], Settings, ResultPath(Next), StderrPath);
        else
          analyzeInWorker(Database, Jobs[Next], Settings, ResultPath(Next));
        llvm::outs().flush();
        llvm::errs().flush();
        // No destructors, no atexit handlers: they belong to the parent.
        _exit(0);
      }
      if (Pid < 0) {
        // No process to spare: analyze in this process, without isolation.
        analyzeInWorker(Database, Jobs[Next], Settings, ResultPath(Next));
        Finish(Next, readWorkerResult(Jobs[Next].File, ResultPath(Next), 0));
        llvm::sys::fs::remove(ResultPath(Next));
        ++Done;
      } else {
        Running[Pid] = Next;
      }
      ++Next;
    }
    if (Running.empty())
      continue;
    int WaitStatus = 0;
    pid_t Pid = waitpid(-1, &WaitStatus, 0);
    if (Pid < 0 && errno == EINTR)
      continue;
    auto It = Running.find(Pid);
    if (It == Running.end()) {
      if (Pid < 0)
        break; // No children left to wait for: nothing more will finish.
      continue;
    }
    size_t Index = It->second;
    Running.erase(It);
    TranslationUnitResult Result =
        readWorkerResult(Jobs[Index].File, ResultPath(Index), WaitStatus);
    llvm::sys::fs::remove(ResultPath(Index));
    llvm::sys::fs::remove(ResultPath(Index) + ".stderr");
    ++Done;
    Finish(Index, std::move(Result));
  }
  llvm::sys::fs::remove_directories(ResultDir);
}

} // namespace serialscope
