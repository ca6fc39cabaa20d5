//===- DuplicateRegistrationKeyCheck.h - clang-tidy front end -------------===//
#ifndef SERIALSCOPE_TIDY_DUPLICATEREGISTRATIONKEYCHECK_H
#define SERIALSCOPE_TIDY_DUPLICATEREGISTRATIONKEYCHECK_H

#include "Options.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace serialscope {

/// Finds two different types registered under one key (Boost export GUID, cereal name, Qt
/// meta-type name, a configured registration function) in one translation unit. Across units
/// the standalone tool and `serialscope merge` find them.
///
/// For the user-facing documentation see docs/checks/duplicate-registration-key.md.
class DuplicateRegistrationKeyCheck : public clang::tidy::ClangTidyCheck {
public:
  DuplicateRegistrationKeyCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  serialscope::Options Config;
  bool ConfigValid = true;
};

} // namespace serialscope

#endif
