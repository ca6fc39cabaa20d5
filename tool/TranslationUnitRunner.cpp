//===- TranslationUnitRunner.cpp ------------------------------------------===//
#include "TranslationUnitRunner.h"
#include "Analyzer.h"
#include "CompileDatabase.h"
#include "FileWriter.h"
#include "ProjectNames.h"

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
  bool Parsed = false;
  /// Null unless the driver asked for the declared names.
  std::set<std::string> *DeclaredNames = nullptr;
  unsigned PrefilterSkipped = 0, PrefilterSkippedKeys = 0, PrefilterNeedless = 0;
  std::string PrefilterReason, PrefilterUnsound;
};

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
  CollectingActionFactory(const Options &Config, PrefilterMode Prefilter, WorkerOutput &Out)
      : Config(Config), Prefilter(Prefilter), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<CollectingAction>(Config, Out);
  }

  /// One compile command of the unit: scanned first, unless the prefilter is off, and parsed
  /// unless the scan rules out every finding (or the prefilter checks itself).
  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation, FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCH,
                     DiagnosticConsumer *Diagnostics) override {
    if (Prefilter == PrefilterMode::Off)
      return FrontendActionFactory::runInvocation(Invocation, Files, PCH, Diagnostics);
    PrefilterVerdict Verdict = scanTranslationUnit(*Invocation, Files, PCH, Config);
    // Test hook (docs/ci.md): a scan that skips everything, so that tests can prove that
    // check mode catches a wrong skip.
    if (getenv("SERIALSCOPE_TEST_PREFILTER_SKIPS_ALL"))
      Verdict.NeedsAST = false;
    if (!Verdict.NeedsAST) {
      ++Out.PrefilterSkipped;
      Out.PrefilterSkippedKeys += Verdict.RegistersByName;
      if (Prefilter == PrefilterMode::On)
        return true;
    }
    size_t Before = Out.Reports.size();
    bool Ok = FrontendActionFactory::runInvocation(Invocation, Files, PCH, Diagnostics);
    if (Out.Reports.size() > Before && !Verdict.NeedsAST && Out.PrefilterUnsound.empty())
      Out.PrefilterUnsound = Out.Reports[Before].Where.File + ":" +
                             std::to_string(Out.Reports[Before].Where.Line) + ": " +
                             Out.Reports[Before].Message;
    if (Out.Reports.size() == Before && Verdict.NeedsAST) {
      if (!Out.PrefilterNeedless++)
        Out.PrefilterReason = Verdict.Reason;
    }
    return Ok;
  }

private:
  const Options &Config;
  PrefilterMode Prefilter;
  WorkerOutput &Out;
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
  std::string CompilerOutput;
  llvm::raw_string_ostream OS(CompilerOutput);
  auto DiagOpts = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  DiagOpts->ShowColors = false;
  TextDiagnosticPrinter Printer(OS, DiagOpts.get());

  tooling::ClangTool Tool(Database, {File});
  Tool.appendArgumentsAdjuster(analysisArgumentsAdjuster(Settings.ResourceDir));
  for (const auto &[Path, Text] : Job.Overlay)
    Tool.mapVirtualFile(Path, Text);
  Tool.setDiagnosticConsumer(&Printer);
  // ClangTool's own "Error while processing" line would interleave across workers; the
  // driver prints one summary instead.
  Tool.setPrintErrorMessage(false);
  CollectingActionFactory Factory(Job.Config, Settings.Prefilter, Output);
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

  nlohmann::json Result;
  // A TU with errors still has findings when clang got as far as an AST (HandleTranslationUnit
  // ran on what it recovered); without one nothing was analyzed.
  Result["status"] = Status == 0 ? "ok" : Output.Parsed ? "errors" : "failed";
  Result["compilerOutput"] = CompilerOutput;
  nlohmann::json List = nlohmann::json::array();
  for (const Report &R : Output.Reports)
    List.push_back(toJson(R));
  Result["reports"] = std::move(List);
  Result["declaredNames"] = Declared;
  nlohmann::json Keys = nlohmann::json::array();
  for (const KeyRecord &K : Output.Keys)
    Keys.push_back(toJson(K));
  Result["keys"] = std::move(Keys);
  Result["prefilter"] = {{"skipped", Output.PrefilterSkipped},
                         {"skippedKeys", Output.PrefilterSkippedKeys},
                         {"needless", Output.PrefilterNeedless},
                         {"reason", Output.PrefilterReason},
                         {"unsound", Output.PrefilterUnsound}};
  // A result that cannot be written (a full disk) is no result: the driver says so.
  (void)writeOutputFile(ResultPath,
                        Result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
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
  if (!Value.is_object() || !Value["status"].is_string() || !Value["compilerOutput"].is_string() ||
      !Value["reports"].is_array()) {
    Result.State = TranslationUnitResult::Status::Crashed;
    Result.CompilerOutput =
        "serialscope: error: the analysis of '" + File + "' ended without a result\n";
    return Result;
  }
  std::string Status = Value["status"].get<std::string>();
  Result.State = Status == "ok"       ? TranslationUnitResult::Status::Ok
                 : Status == "errors" ? TranslationUnitResult::Status::CompileErrors
                                      : TranslationUnitResult::Status::Failed;
  Result.CompilerOutput = Value["compilerOutput"].get<std::string>();
  for (const nlohmann::json &Item : Value["reports"]) {
    Report R;
    if (fromJson(Item, R))
      Result.Reports.push_back(std::move(R));
  }
  if (const nlohmann::json &Prefilter = Value["prefilter"]; Prefilter.is_object()) {
    Result.PrefilterSkipped = Prefilter.value("skipped", 0u);
    Result.PrefilterSkippedKeys = Prefilter.value("skippedKeys", 0u);
    Result.PrefilterNeedless = Prefilter.value("needless", 0u);
    Result.PrefilterReason = Prefilter.value("reason", "");
    Result.PrefilterUnsound = Prefilter.value("unsound", "");
  }
  if (const nlohmann::json &Keys = Value["keys"]; Keys.is_array())
    for (const nlohmann::json &Item : Keys) {
      KeyRecord K;
      if (fromJson(Item, K))
        Result.Keys.push_back(std::move(K));
    }
  if (const nlohmann::json &Names = Value["declaredNames"]; Names.is_array())
    for (const nlohmann::json &Name : Names)
      if (Name.is_string())
        Result.DeclaredNames.push_back(Name.get<std::string>());
  return Result;
}

} // namespace

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

  std::map<pid_t, size_t> Running;
  size_t Next = 0, Done = 0;
  llvm::outs().flush();
  llvm::errs().flush();
  while (Done < Jobs.size()) {
    while (Next < Jobs.size() && Running.size() < std::max(1u, Settings.Jobs)) {
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
        OnResult(Next, readWorkerResult(Jobs[Next].File, ResultPath(Next), 0));
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
    OnResult(Index, std::move(Result));
  }
  llvm::sys::fs::remove_directories(ResultDir);
}

} // namespace serialscope
