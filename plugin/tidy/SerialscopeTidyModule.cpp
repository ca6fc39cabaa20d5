//===- SerialscopeTidyModule.cpp - registers the check with clang-tidy ---===//
#include "Analyzer.h"
#include "DuplicateRegistrationKeyCheck.h"
#include "NonResolvableTypeCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace serialscope {
namespace {

class SerialscopeTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    if (refuseOtherClang("serialscope-tidy", "clang-tidy"))
      return;
    Factories.registerCheck<NonResolvableTypeCheck>(CheckName);
    Factories.registerCheck<DuplicateRegistrationKeyCheck>(DuplicateKeyCheckName);
  }
};

} // namespace
} // namespace serialscope

static clang::tidy::ClangTidyModuleRegistry::Add<serialscope::SerialscopeTidyModule>
    SerialscopeModule("serialscope-module", "Adds the serialscope checks.");
