//===- Prefilter.cpp ------------------------------------------------------===//
#include "Prefilter.h"
#include "ClangToolCompat.h"
#include "ShapeScanner.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"

using namespace clang;

namespace serialscope {

std::optional<PrefilterMode> parsePrefilterMode(llvm::StringRef Text) {
  if (Text == "off")
    return PrefilterMode::Off;
  if (Text == "on")
    return PrefilterMode::On;
  if (Text == "check")
    return PrefilterMode::Check;
  return std::nullopt;
}

namespace {

class ScanAction : public PreprocessorFrontendAction {
public:
  ScanAction(const Options &Config, bool ReadKeys, PrefilterVerdict &Verdict)
      : Config(Config), ReadKeys(ReadKeys), Verdict(Verdict) {}

protected:
  void ExecuteAction() override {
    Preprocessor &PP = getCompilerInstance().getPreprocessor();
    PP.EnterMainSourceFile();
    ShapeScanner Scanner(PP.getSourceManager(), PP.getLangOpts(), Config, ReadKeys);
    Token Tok;
    do {
      PP.Lex(Tok);
      if (Scanner.feed(Tok))
        break;
    } while (Tok.isNot(tok::eof));
    Verdict = Scanner.finish();
  }

private:
  const Options &Config;
  bool ReadKeys;
  PrefilterVerdict &Verdict;
};

} // namespace

PrefilterVerdict scanTranslationUnit(const CompilerInvocation &Invocation, FileManager *Files,
                                     std::shared_ptr<PCHContainerOperations> PCH,
                                     const Options &Config, bool ReadKeys) {
  PrefilterVerdict Verdict;
  const LangOptions &Lang = Invocation.getLangOpts();
  // Declarations that come from a module or a precompiled header have no tokens to scan.
  if (Lang.Modules || Lang.CPlusPlusModules ||
      !Invocation.getPreprocessorOpts().ImplicitPCHInclude.empty()) {
    Verdict.Reason = "modules or a precompiled header";
    return Verdict;
  }
  std::unique_ptr<CompilerInstance> Instance = compat::makeCompilerInstance(
      std::make_shared<CompilerInvocation>(Invocation), std::move(PCH));
  CompilerInstance &CI = *Instance;
  CI.setFileManager(Files);
  IgnoringDiagConsumer Quiet;
  CI.createDiagnostics(&Quiet, /*ShouldOwnClient=*/false);
  Verdict.Reason = "the preprocessor did not finish";
  ScanAction Action(Config, ReadKeys, Verdict);
  bool Ran = CI.ExecuteAction(Action);
  // The full analysis reports the errors; the scan of a unit with errors proves nothing.
  if (!Ran || CI.getDiagnostics().hasErrorOccurred()) {
    Verdict.NeedsAST = true;
    if (Verdict.Reason.empty())
      Verdict.Reason = "preprocessor errors";
  }
  return Verdict;
}

} // namespace serialscope
