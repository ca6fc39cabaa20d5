//===- NonResolvableTypeCheck.h - clang-tidy front end --------------------===//
#ifndef SERIALSCOPE_TIDY_NONRESOLVABLETYPECHECK_H
#define SERIALSCOPE_TIDY_NONRESOLVABLETYPECHECK_H

#include "Options.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace serialscope {

/// Finds serializable types declared in function scope, in anonymous namespaces or without a
/// name, which a reader in another translation unit cannot resolve by name, and moves them to
/// namespace scope.
///
/// For the user-facing documentation see docs/checks/non-resolvable-type.md.
class NonResolvableTypeCheck : public clang::tidy::ClangTidyCheck {
public:
  NonResolvableTypeCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
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
