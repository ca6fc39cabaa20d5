//===- SerialscopeTidyModule.cpp - registers the check with clang-tidy ---===//
#include "Analyzer.h"
#include "DuplicateRegistrationKeyCheck.h"
#include "NonResolvableTypeCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/raw_ostream.h"

namespace serialscope {
namespace {

class SerialscopeTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    std::string Running, Built;
    if (!runningClangMatchesBuild(Running, Built)) {
      llvm::errs() << "error: serialscope-tidy was built for Clang " << Built
                   << " but is loaded into " << Running << "; use clang-tidy-"
                   << CLANG_VERSION_MAJOR_STRING << "\n";
      return;
    }
    Factories.registerCheck<NonResolvableTypeCheck>(CheckName);
    Factories.registerCheck<DuplicateRegistrationKeyCheck>(DuplicateKeyCheckName);
  }
};

} // namespace
} // namespace serialscope

static clang::tidy::ClangTidyModuleRegistry::Add<serialscope::SerialscopeTidyModule>
    SerialscopeModule("serialscope-module", "Adds the serialscope checks.");
