//===- SerialscopePlugin.cpp - compiler plugin front end ------------------===//
//
// clang++ -fplugin=serialscope-plugin.so [-fplugin-arg-serialscope-<Key>=<Value>] ...
//
// Runs the analysis after the normal compilation of every translation unit, so that any build,
// local or distributed, reports findings as compiler warnings with fix-its.
// -fplugin-arg-serialscope-sarif=<file or directory> also writes the TU's findings as SARIF
// (a directory gets one shard per TU, for `serialscope merge`); -fplugin-arg-serialscope-
// sarif-root=<dir> sets the directory its URIs are relative to (default: the current one);
// -fplugin-arg-serialscope-checks=<globs> selects the checks as clang-tidy's -checks does;
// -fplugin-arg-serialscope-werror=true makes the findings errors without -Werror's effect on the
// compiler's own warnings.
//===----------------------------------------------------------------------===//
#include "Analyzer.h"
#include "CheckSelection.h"
#include "FileWriter.h"
#include "Options.h"
#include "RegistrationKeys.h"
#include "Report.h"
#include "Sarif.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <cstdlib>

using namespace clang;

namespace serialscope {
namespace {

/// Where the SARIF output goes and what its URIs are relative to.
struct SarifOutput {
  std::string Path; ///< A file, or a directory for one shard per TU; empty: no SARIF.
  std::string Root;
};

/// A directory gets `<main file name>-<hash of its path and the output>.sarif`: unique per TU
/// (the same file may be compiled twice, into two objects), stable across rebuilds.
std::string shardPath(const SarifOutput &Out, llvm::StringRef MainFile,
                      llvm::StringRef ObjectFile) {
  if (!llvm::sys::fs::is_directory(Out.Path) && !llvm::StringRef(Out.Path).ends_with("/"))
    return Out.Path;
  std::string Key = absolutePath(MainFile) + '\0' + ObjectFile.str();
  llvm::SmallString<256> Path(Out.Path);
  llvm::sys::path::append(Path, llvm::sys::path::filename(MainFile) + "-" +
                                    llvm::utohexstr(llvm::xxh3_64bits(Key), true, 16) + ".sarif");
  return std::string(Path);
}

class SerialscopeConsumer : public ASTConsumer {
public:
  SerialscopeConsumer(CompilerInstance &CI, Options Config, SarifOutput Sarif,
                      CheckSelection Checks, bool FindingsAreErrors)
      : CI(CI), Config(std::move(Config)), Sarif(std::move(Sarif)), Checks(Checks),
        FindingsAreErrors(FindingsAreErrors) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    // Custom diagnostics have no warning group, so -w and -Werror are honoured here.
    if (Diags.getIgnoreAllWarnings() && Sarif.Path.empty())
      return;
    UnitKeys Keys;
    std::vector<Finding> Findings = analyze(Ctx, Config, &Keys);
    if (!Checks.NonResolvableType)
      Findings.clear();
    // Without the check, the shard carries no keys either: `merge` then reports none.
    if (!Checks.DuplicateRegistrationKey)
      Keys = UnitKeys();
    std::vector<KeyCollision> Collisions = findKeyCollisions(Keys.Records);
    if (!Sarif.Path.empty())
      writeSarif(Findings, Keys, Collisions, Ctx);
    if (Diags.getIgnoreAllWarnings())
      return;
    DiagnosticsEngine::Level Level = FindingsAreErrors || Diags.getWarningsAsErrors()
                                         ? DiagnosticsEngine::Error
                                         : DiagnosticsEngine::Warning;
    unsigned WarningID = Diags.getCustomDiagID(Level, "%0 [%1]");
    unsigned NoteID = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    for (const Finding &F : Findings) {
      {
        DiagnosticBuilder Diag = Diags.Report(F.location(), WarningID);
        Diag << F.message() << CheckName;
        for (const FixItHint &Hint : F.Fix)
          Diag << Hint;
      }
      for (const FindingNote &Note : notesOf(F))
        Diags.Report(Note.Loc, NoteID) << Note.Message;
    }
    for (const KeyCollision &C : Collisions) {
      Report R = keyCollisionReport(Keys.Records, C);
      Diags.Report(Keys.Sites[C.At].Loc, WarningID) << R.Message << DuplicateKeyCheckName;
      // The notes name each other registration in order, then why there is no fix.
      for (size_t I = 0; I < R.Notes.size(); ++I)
        Diags.Report(I < C.Others.size() ? Keys.Sites[C.Others[I]].Loc : Keys.Sites[C.At].Loc,
                     NoteID)
            << R.Notes[I].Message;
    }
  }

private:
  void writeSarif(const std::vector<Finding> &Findings, const UnitKeys &Keys,
                  const std::vector<KeyCollision> &Collisions, ASTContext &Ctx) {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    const SourceManager &SM = Ctx.getSourceManager();
    std::string MainFile;
    if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
      MainFile = absolutePath(Main->getName());
    bool HadErrors = Diags.hasErrorOccurred();
    std::vector<Report> Reports;
    for (const Finding &F : Findings) {
      Reports.push_back(makeReport(F, SM, CI.getLangOpts()));
      // As in the standalone tool: a fix planned on an AST with errors is not offered.
      if (HadErrors)
        Reports.back().Fix.clear();
    }
    for (const KeyCollision &C : Collisions)
      Reports.push_back(keyCollisionReport(Keys.Records, C));
    SarifSettings Settings;
    Settings.SourceRoot = Sarif.Root;
    // `serialscope merge` looks for collisions across the shards in these.
    Settings.Keys = Keys.Records;
    if (HadErrors)
      Settings.Failures.push_back(
          {MainFile, "'" + llvm::sys::path::filename(MainFile).str() +
                         "' has compile errors: its findings come from the AST clang "
                         "recovered, and their fixes are not applied"});
    std::string Path = shardPath(Sarif, MainFile, CI.getFrontendOpts().OutputFile);
    if (WriteResult Written = writeOutputFile(Path, makeSarif(Reports, Settings).dump(2));
        !Written.ok()) {
      unsigned ErrorID = Diags.getCustomDiagID(DiagnosticsEngine::Error, "serialscope: %0");
      Diags.Report(ErrorID) << Written.Message;
    }
  }

  CompilerInstance &CI;
  Options Config;
  SarifOutput Sarif;
  CheckSelection Checks;
  bool FindingsAreErrors;
};

class SerialscopeAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) override {
    return std::make_unique<SerialscopeConsumer>(CI, Config, Sarif, Checks, FindingsAreErrors);
  }

  bool ParseArgs(const CompilerInstance &CI, const std::vector<std::string> &Args) override {
    // Before anything of Clang's is called: in another Clang its functions may not even bind,
    // so no diagnostic can go through it, and a plugin that declines is silently skipped. A
    // build set up with the wrong compiler must fail, so the compile stops here.
    if (refuseOtherClang("serialscope-plugin", "clang++"))
      std::_Exit(1);
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    unsigned ErrorID = Diags.getCustomDiagID(DiagnosticsEngine::Error, "serialscope: %0");
    for (llvm::StringRef Arg : Args) {
      auto [Key, Value] = Arg.split('=');
      if (!Arg.contains('=')) {
        Diags.Report(ErrorID) << ("plugin argument '" + Arg.str() +
                                  "' is not of the form <Key>=<Value>");
        return false;
      }
      // Output settings, not check options: the other front ends have their own flags.
      if (Key == "sarif" || Key == "sarif-root") {
        if (Value.empty()) {
          Diags.Report(ErrorID) << ("plugin argument '" + Key.str() + "' needs a value");
          return false;
        }
        (Key == "sarif" ? Sarif.Path : Sarif.Root) = Value.str();
        continue;
      }
      // The findings alone as errors: -Werror would also fail the build on the compiler's
      // own warnings.
      if (Key == "werror") {
        if (Value != "true" && Value != "false") {
          Diags.Report(ErrorID) << ("plugin argument 'werror' takes true or false, not '" +
                                    Value.str() + "'");
          return false;
        }
        FindingsAreErrors = Value == "true";
        continue;
      }
      if (Key == "checks") {
        llvm::Expected<CheckSelection> Selected = CheckSelection::parse(Value);
        if (!Selected) {
          Diags.Report(ErrorID) << llvm::toString(Selected.takeError());
          return false;
        }
        Checks = *Selected;
        continue;
      }
      if (llvm::Error E = Config.set(Key, Value)) {
        Diags.Report(ErrorID) << llvm::toString(std::move(E));
        return false;
      }
    }
    Sarif.Root = absolutePath(Sarif.Root.empty() ? "." : Sarif.Root);
    if (!Sarif.Root.empty() && !llvm::sys::fs::is_directory(Sarif.Root)) {
      Diags.Report(ErrorID) << ("sarif-root '" + Sarif.Root + "' is not a directory");
      return false;
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

private:
  Options Config;
  SarifOutput Sarif;
  CheckSelection Checks;
  bool FindingsAreErrors = false;
};

} // namespace
} // namespace serialscope

static FrontendPluginRegistry::Add<serialscope::SerialscopeAction>
    SerialscopePlugin("serialscope", "report serializable types that cannot be resolved by name");
