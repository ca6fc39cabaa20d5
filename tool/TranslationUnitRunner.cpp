//===- TranslationUnitRunner.cpp ------------------------------------------===//
#include "TranslationUnitRunner.h"
#include "Analyzer.h"

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

#include <map>
#include <sys/wait.h>
#include <unistd.h>

using namespace clang;

namespace serialscope {
namespace {

class CollectingConsumer : public ASTConsumer {
public:
  CollectingConsumer(CompilerInstance &CI, const Options &Config, std::vector<Report> &Out)
      : CI(CI), Config(Config), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    for (const Finding &F : analyze(Ctx, Config))
      Out.push_back(makeReport(F, Ctx.getSourceManager(), CI.getLangOpts()));
  }

private:
  CompilerInstance &CI;
  const Options &Config;
  std::vector<Report> &Out;
};

class CollectingAction : public ASTFrontendAction {
public:
  CollectingAction(const Options &Config, std::vector<Report> &Out) : Config(Config), Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) override {
    return std::make_unique<CollectingConsumer>(CI, Config, Out);
  }

private:
  const Options &Config;
  std::vector<Report> &Out;
};

class CollectingActionFactory : public tooling::FrontendActionFactory {
public:
  CollectingActionFactory(const Options &Config, std::vector<Report> &Out)
      : Config(Config), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<CollectingAction>(Config, Out);
  }

private:
  const Options &Config;
  std::vector<Report> &Out;
};

/// Compile commands are often written for GCC or for a build that treats warnings as errors;
/// neither should stop the analysis.
tooling::ArgumentsAdjuster commandAdjuster(const std::string &ResourceDir) {
  return [ResourceDir](const tooling::CommandLineArguments &Args, llvm::StringRef) {
    static const llvm::StringRef GccOnly[] = {
        "-fanalyzer", "-fconserve-stack", "-fno-var-tracking-assignments",
        "-fno-allow-store-data-races", "-fstack-usage", "-fno-ipa-sra"};
    tooling::CommandLineArguments Result;
    bool HasResourceDir = false;
    for (const std::string &Arg : Args) {
      llvm::StringRef A(Arg);
      if (A == "-Werror" || (A.starts_with("-Werror=") && !A.starts_with("-Werror=format")) ||
          A == "-pedantic-errors" || llvm::is_contained(GccOnly, A) ||
          A.starts_with("-fcompare-debug") || A.starts_with("-fmacro-prefix-map"))
        continue;
      HasResourceDir |= A.starts_with("-resource-dir");
      Result.push_back(Arg);
    }
    if (Result.empty())
      return Result;
    // After the compiler name: clang must find its own builtin headers, wherever we run from.
    auto Insert = Result.begin() + 1;
    Insert = Result.insert(Insert, "-Wno-unknown-warning-option") + 1;
    if (!HasResourceDir && !ResourceDir.empty())
      Result.insert(Insert, "-resource-dir=" + ResourceDir);
    return Result;
  };
}

/// Runs in the worker process: analyze one file and write its result as JSON.
void analyzeInWorker(const tooling::CompilationDatabase &Database, const std::string &File,
                     const RunSettings &Settings, const std::string &ResultPath) {
  std::vector<Report> Reports;
  std::string CompilerOutput;
  llvm::raw_string_ostream OS(CompilerOutput);
  auto DiagOpts = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  DiagOpts->ShowColors = false;
  TextDiagnosticPrinter Printer(OS, DiagOpts.get());

  tooling::ClangTool Tool(Database, {File});
  Tool.appendArgumentsAdjuster(commandAdjuster(Settings.ResourceDir));
  Tool.setDiagnosticConsumer(&Printer);
  // The tool's own messages ("Skipping ...", "Error while processing ...") go to stderr; keep
  // them with this TU's output so parallel runs do not interleave.
  CollectingActionFactory Factory(Settings.Config, Reports);
  int Status = Tool.run(&Factory);
  OS.flush();

  nlohmann::json Result;
  Result["status"] = Status == 0 ? "ok" : (Reports.empty() && CompilerOutput.empty() ? "failed"
                                                                                      : "errors");
  Result["compilerOutput"] = CompilerOutput;
  nlohmann::json List = nlohmann::json::array();
  for (const Report &R : Reports)
    List.push_back(toJson(R));
  Result["reports"] = std::move(List);
  std::error_code EC;
  llvm::raw_fd_ostream Out(ResultPath, EC);
  if (!EC)
    Out << Result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TranslationUnitResult readWorkerResult(const std::string &File, const std::string &ResultPath,
                                       int WaitStatus) {
  TranslationUnitResult Result;
  Result.File = File;
  if (WIFSIGNALED(WaitStatus)) {
    Result.State = TranslationUnitResult::Status::Crashed;
    Result.CompilerOutput = "serialscope: analysis of " + File + " crashed (signal " +
                            std::to_string(WTERMSIG(WaitStatus)) + ")\n";
    return Result;
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(ResultPath);
  nlohmann::json Value;
  if (Buffer)
    Value = nlohmann::json::parse((*Buffer)->getBuffer().begin(), (*Buffer)->getBuffer().end(),
                                  nullptr, /*allow_exceptions=*/false);
  if (!Value.is_object() || !Value["status"].is_string() ||
      !Value["compilerOutput"].is_string() || !Value["reports"].is_array()) {
    Result.State = TranslationUnitResult::Status::Crashed;
    Result.CompilerOutput = "serialscope: analysis of " + File + " ended without a result\n";
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
  return Result;
}

} // namespace

std::vector<TranslationUnitResult>
runTranslationUnits(const tooling::CompilationDatabase &Database,
                    const std::vector<std::string> &Files, const RunSettings &Settings) {
  std::vector<TranslationUnitResult> Results(Files.size());
  llvm::SmallString<128> ResultDir;
  if (std::error_code EC = llvm::sys::fs::createUniqueDirectory("serialscope", ResultDir)) {
    for (size_t I = 0; I < Files.size(); ++I) {
      Results[I].File = Files[I];
      Results[I].CompilerOutput = "serialscope: cannot create a temporary directory: " +
                                  EC.message() + "\n";
    }
    return Results;
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
  while (Done < Files.size()) {
    while (Next < Files.size() && Running.size() < std::max(1u, Settings.Jobs)) {
      pid_t Pid = fork();
      if (Pid == 0) {
        analyzeInWorker(Database, Files[Next], Settings, ResultPath(Next));
        llvm::outs().flush();
        llvm::errs().flush();
        _exit(0);
      }
      if (Pid < 0) {
        // No process to spare: analyze in this process, without isolation.
        analyzeInWorker(Database, Files[Next], Settings, ResultPath(Next));
        Results[Next] = readWorkerResult(Files[Next], ResultPath(Next), 0);
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
    auto It = Running.find(Pid);
    if (It == Running.end())
      continue;
    size_t Index = It->second;
    Running.erase(It);
    Results[Index] = readWorkerResult(Files[Index], ResultPath(Index), WaitStatus);
    llvm::sys::fs::remove(ResultPath(Index));
    ++Done;
    if (Settings.OnProgress)
      Settings.OnProgress(Done, Files.size());
  }
  llvm::sys::fs::remove_directories(ResultDir);
  return Results;
}

} // namespace serialscope
