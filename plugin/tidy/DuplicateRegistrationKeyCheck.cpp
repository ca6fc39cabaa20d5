//===- DuplicateRegistrationKeyCheck.cpp ----------------------------------===//
#include "DuplicateRegistrationKeyCheck.h"
#include "EvidenceFinder.h"
#include "RegistrationKeys.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace serialscope {

DuplicateRegistrationKeyCheck::DuplicateRegistrationKeyCheck(llvm::StringRef Name,
                                                             tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {
  // What is serializable and registered is configured once, on the first check: its options
  // apply here unless this check sets its own.
  const tidy::ClangTidyOptions::OptionMap &All = Context->getOptions().CheckOptions;
  for (llvm::StringRef Key : serialscope::Options::keys()) {
    std::optional<llvm::StringRef> Value = Options.get(Key);
    if (!Value)
      if (auto It = All.find((serialscope::CheckName + "." + Key).str()); It != All.end())
        Value = llvm::StringRef(It->second.Value);
    if (!Value)
      continue;
    if (llvm::Error E = Config.set(Key, *Value)) {
      configurationDiag("%0: %1", DiagnosticIDs::Error) << Name << llvm::toString(std::move(E));
      ConfigValid = false;
    }
  }
}

void DuplicateRegistrationKeyCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  for (llvm::StringRef Key : {"Frameworks", "RegistrationFunctions"})
    Options.store(Opts, Key, Config.get(Key));
}

void DuplicateRegistrationKeyCheck::registerMatchers(MatchFinder *Finder) {
  if (ConfigValid)
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void DuplicateRegistrationKeyCheck::check(const MatchFinder::MatchResult &Result) {
  UnitKeys Keys = collectKeys(findEvidence(*Result.Context, Config), *Result.Context);
  for (const KeyCollision &C : findKeyCollisions(Keys.Records)) {
    Report R = keyCollisionReport(Keys.Records, C);
    diag(Keys.Sites[C.At].Loc, "%0") << R.Message;
    // keyCollisionReport notes each other registration in order, then why there is no fix.
    for (size_t I = 0; I < R.Notes.size(); ++I)
      diag(I < C.Others.size() ? Keys.Sites[C.Others[I]].Loc : Keys.Sites[C.At].Loc, "%0",
           DiagnosticIDs::Note)
          << R.Notes[I].Message;
  }
}

} // namespace serialscope
