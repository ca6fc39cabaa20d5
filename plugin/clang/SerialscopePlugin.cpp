//===- SerialscopePlugin.cpp - compiler plugin front end ------------------===//
//
// clang++ -fplugin=serialscope-plugin.so [-fplugin-arg-serialscope-<Key>=<Value>] ...
//
// Runs the analysis after the normal compilation of every translation unit, so that any build,
// local or distributed, reports findings as compiler warnings with fix-its.
//===----------------------------------------------------------------------===//
#include "Analyzer.h"
#include "Options.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"

using namespace clang;

namespace serialscope {
namespace {

class SerialscopeConsumer : public ASTConsumer {
public:
  SerialscopeConsumer(CompilerInstance &CI, Options Config)
      : CI(CI), Config(std::move(Config)) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    // Custom diagnostics have no warning group, so -w and -Werror are honoured here.
    if (Diags.getIgnoreAllWarnings())
      return;
    DiagnosticsEngine::Level Level =
        Diags.getWarningsAsErrors() ? DiagnosticsEngine::Error : DiagnosticsEngine::Warning;
    unsigned WarningID = Diags.getCustomDiagID(Level, "%0 [%1]");
    unsigned NoteID = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    for (const Finding &F : analyze(Ctx, Config)) {
      {
        DiagnosticBuilder Diag = Diags.Report(F.location(), WarningID);
        Diag << F.message() << CheckName;
        for (const FixItHint &Hint : F.Fix)
          Diag << Hint;
      }
      for (const FindingNote &Note : notesOf(F))
        Diags.Report(Note.Loc, NoteID) << Note.Message;
    }
  }

private:
  CompilerInstance &CI;
  Options Config;
};

class SerialscopeAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) override {
    return std::make_unique<SerialscopeConsumer>(CI, Config);
  }

  bool ParseArgs(const CompilerInstance &CI, const std::vector<std::string> &Args) override {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    unsigned ErrorID = Diags.getCustomDiagID(DiagnosticsEngine::Error, "serialscope: %0");
    std::string Running, Built;
    if (!runningClangMatchesBuild(Running, Built)) {
      Diags.Report(ErrorID) << ("the plugin was built for Clang " + Built +
                                " but is loaded into " + Running);
      return false;
    }
    for (llvm::StringRef Arg : Args) {
      auto [Key, Value] = Arg.split('=');
      if (!Arg.contains('=')) {
        Diags.Report(ErrorID) << ("plugin argument '" + Arg.str() +
                                  "' is not of the form <Key>=<Value>");
        return false;
      }
      if (llvm::Error E = Config.set(Key, Value)) {
        Diags.Report(ErrorID) << llvm::toString(std::move(E));
        return false;
      }
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

private:
  Options Config;
};

} // namespace
} // namespace serialscope

static FrontendPluginRegistry::Add<serialscope::SerialscopeAction>
    SerialscopePlugin("serialscope", "report serializable types that cannot be resolved by name");
