//===- AnalysisFuzzer.cpp - the analysis and its fixes on a source buffer -===//
//
// The input is one C++ translation unit, parsed in memory against stand-in framework headers
// (StandInHeaders.h) with the options of the standalone tool plus one of each configured kind
// of evidence. Every finding is rendered as the front ends render it. Any input: no crash, no
// sanitizer report. An input that compiles cleanly (the only kind whose fixes any front end
// offers or applies):
//  - a fix's edits lie inside the file they edit and do not overlap;
//  - the input with every fix applied (what --fix does) still compiles, checked by parsing
//    it again.
//===----------------------------------------------------------------------===//
#include "Analyzer.h"
#include "FuzzCheck.h"
#include "Report.h"
#include "StandInHeaders.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <cstddef>
#include <cstdint>

using namespace clang;

namespace {

constexpr const char *MainFile = "/fuzz/src/input.cpp";

const serialscope::Options &fuzzOptions() {
  static const serialscope::Options Opts = [] {
    serialscope::Options Result;
    llvm::cantFail(Result.set("SerializableBases", "app::Serializable"));
    llvm::cantFail(Result.set("RegistrationFunctions", "registerType"));
    llvm::cantFail(Result.set("SerializationFunctions", "serializeAny"));
    return Result;
  }();
  return Opts;
}

class CountingDiagnostics : public DiagnosticConsumer {
public:
  unsigned Errors = 0;
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &) override {
    if (Level >= DiagnosticsEngine::Error)
      ++Errors;
  }
};

struct ParseResult {
  bool Parsed = false;
  unsigned Errors = 0;
  std::vector<serialscope::Report> Reports;
};

class FuzzConsumer : public ASTConsumer {
public:
  FuzzConsumer(CompilerInstance &CI, ParseResult &Out) : CI(CI), Out(Out) {}
  // As the standalone tool: bodies of non-template functions in system headers are skipped.
  bool shouldSkipFunctionBody(Decl *D) override {
    return !D->isTemplated() && CI.getSourceManager().isInSystemHeader(D->getLocation());
  }
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out.Parsed = true;
    for (const serialscope::Finding &F : serialscope::analyze(Ctx, fuzzOptions()))
      Out.Reports.push_back(serialscope::makeReport(F, Ctx.getSourceManager(), CI.getLangOpts()));
  }

private:
  CompilerInstance &CI;
  ParseResult &Out;
};

class FuzzAction : public ASTFrontendAction {
public:
  explicit FuzzAction(ParseResult &Out) : Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, llvm::StringRef) override {
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return std::make_unique<FuzzConsumer>(CI, Out);
  }

private:
  ParseResult &Out;
};

ParseResult parse(llvm::StringRef Code) {
  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const serialscope_fuzz::StandInHeader &Header : serialscope_fuzz::StandInHeaders)
    Memory->addFile(std::string("/fuzz/include/") + Header.Path, 0,
                    llvm::MemoryBuffer::getMemBuffer(Header.Text));
  for (const serialscope_fuzz::StandInAlias &Alias : serialscope_fuzz::StandInAliases)
    Memory->addFile(std::string("/fuzz/include/") + Alias.Path, 0,
                    llvm::MemoryBuffer::getMemBufferCopy(std::string("#include <") +
                                                         Alias.Target + ">\n"));
  Memory->addFile(MainFile, 0, llvm::MemoryBuffer::getMemBufferCopy(Code));
  auto Files = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), Memory);
  ParseResult Result;
  CountingDiagnostics Diagnostics;
  std::vector<std::string> Args = {"serialscope-fuzz", "-fsyntax-only", "-std=c++17",
                                   "-nostdinc",        "-isystem",      "/fuzz/include",
                                   "-ferror-limit=20", MainFile};
  tooling::ToolInvocation Invocation(Args, std::make_unique<FuzzAction>(Result), Files.get());
  Invocation.setDiagnosticConsumer(&Diagnostics);
  Invocation.run();
  Result.Errors = Diagnostics.Errors;
  return Result;
}

/// The fix properties of one finding; its edits in the main file are added to `MainFileEdits`.
void checkFix(const serialscope::Report &R, llvm::StringRef Code,
              std::vector<serialscope::ReportEdit> &MainFileEdits, bool &EditsOtherFiles) {
  std::vector<serialscope::ReportEdit> Own;
  for (const serialscope::ReportEdit &Edit : R.Fix) {
    if (Edit.File != MainFile) {
      EditsOtherFiles = true;
      continue;
    }
    if (Edit.Offset > Code.size() || Edit.Length > Code.size() - Edit.Offset)
      std::fprintf(stderr, "finding '%s': edit at %u, length %u, in a file of %zu bytes\n",
                   R.Message.c_str(), Edit.Offset, Edit.Length, Code.size());
    FUZZ_CHECK(Edit.Offset <= Code.size() && Edit.Length <= Code.size() - Edit.Offset,
               "an edit lies inside its file");
    Own.push_back(Edit);
  }
  unsigned Conflicts = 0;
  serialscope::applyEdits(Code, Own, Conflicts);
  if (Conflicts) {
    std::fprintf(stderr, "finding '%s', edits:\n", R.Message.c_str());
    for (const serialscope::ReportEdit &Edit : Own)
      std::fprintf(stderr, "  at %u, length %u: '%s'\n", Edit.Offset, Edit.Length,
                   Edit.Text.c_str());
  }
  FUZZ_CHECK(Conflicts == 0, "one fix's edits do not overlap");
  llvm::append_range(MainFileEdits, Own);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  fuzzOptions();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Code(reinterpret_cast<const char *>(Data), Size);
  ParseResult Original = parse(Code);
  // Every front end drops the fixes planned on an AST with errors (clang recovered it).
  if (!Original.Parsed || Original.Errors)
    return 0;

  std::vector<serialscope::ReportEdit> MainFileEdits;
  bool EditsOtherFiles = false;
  for (const serialscope::Report &R : Original.Reports)
    checkFix(R, Code, MainFileEdits, EditsOtherFiles);
  if (MainFileEdits.empty() || EditsOtherFiles)
    return 0;
  unsigned Conflicts = 0;
  std::string Fixed = serialscope::applyEdits(Code, MainFileEdits, Conflicts);
  if (Conflicts)
    return 0; // --fix reports these as conflicts and applies the rest; nothing to recompile.
  ParseResult Again = parse(Fixed);
  if (Again.Errors) {
    std::fprintf(stderr, "--- fixed text that does not compile ---\n%s\n---\n", Fixed.c_str());
    FUZZ_CHECK(false, "a cleanly compiling input still compiles after its fixes");
  }
  return 0;
}
