//===- NonResolvableTypeCheck.cpp -----------------------------------------===//
#include "NonResolvableTypeCheck.h"
#include "Analyzer.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace serialscope {

NonResolvableTypeCheck::NonResolvableTypeCheck(llvm::StringRef Name,
                                               tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {
  // A bad option is an error, not clang-tidy's default warning: a check that silently runs
  // with other settings than the user wrote (or not at all) would report the wrong findings.
  for (llvm::StringRef Key : serialscope::Options::keys()) {
    std::optional<llvm::StringRef> Value = Options.get(Key);
    if (!Value)
      continue;
    if (llvm::Error E = Config.set(Key, *Value)) {
      configurationDiag("%0: %1", DiagnosticIDs::Error) << Name << llvm::toString(std::move(E));
      ConfigValid = false;
    }
  }
  // clang-tidy ignores CheckOptions that no check reads, so a misspelt key would silently
  // keep its default; Options::set names the known keys.
  std::string Prefix = (Name + ".").str();
  for (const auto &[Key, Value] : Context->getOptions().CheckOptions) {
    llvm::StringRef Local(Key);
    if (!Local.consume_front(Prefix) || llvm::is_contained(serialscope::Options::keys(), Local))
      continue;
    serialscope::Options Probe;
    llvm::Error E = Probe.set(Local, Value.Value);
    configurationDiag("%0: %1", DiagnosticIDs::Error) << Name << llvm::toString(std::move(E));
    ConfigValid = false;
  }
}

void NonResolvableTypeCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  for (llvm::StringRef Key : serialscope::Options::keys())
    Options.store(Opts, Key, Config.get(Key));
}

void NonResolvableTypeCheck::registerMatchers(MatchFinder *Finder) {
  // The analysis needs the whole translation unit at once (evidence for a type may come after
  // it, and fixes must not collide), so the check matches the TU and hands it to the core.
  if (ConfigValid)
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void NonResolvableTypeCheck::check(const MatchFinder::MatchResult &Result) {
  for (const Finding &F : analyze(*Result.Context, Config)) {
    {
      DiagnosticBuilder Diag = diag(F.location(), "%0") << F.message();
      for (const FixItHint &Hint : F.Fix)
        Diag << Hint;
    }
    for (const FindingNote &Note : notesOf(F))
      diag(Note.Loc, "%0", DiagnosticIDs::Note) << Note.Message;
  }
}

} // namespace serialscope
