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
  for (llvm::StringRef Key : serialscope::Options::keys()) {
    std::optional<llvm::StringRef> Value = Options.get(Key);
    if (!Value)
      continue;
    if (llvm::Error E = Config.set(Key, *Value)) {
      configurationDiag("%0: %1") << serialscope::CheckName << llvm::toString(std::move(E));
      ConfigValid = false;
    }
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
