//===- ClangToolCompat.h - Clang API differences the tool meets -----------===//
//
// plugin/core/ClangCompat.h's companion for what only the standalone tool uses, kept apart so
// that the analysis core does not include the driver's option table: Clang 22 moved that table
// from clang::driver (clang/Driver/Options.h) to clang (clang/Options/Options.h), a
// CompilerInstance now takes its invocation when constructed, and diagnostic options are no
// longer reference-counted.
//
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CLANGTOOLCOMPAT_H
#define SERIALSCOPE_CLANGTOOLCOMPAT_H

#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"

#include <memory>

#if CLANG_VERSION_MAJOR >= 22
#include "clang/Options/Options.h"
namespace serialscope::compat {
namespace driver_options = clang::options;
using clang::getDriverOptTable;
} // namespace serialscope::compat
#else
#include "clang/Driver/Options.h"
namespace serialscope::compat {
namespace driver_options = clang::driver::options;
using clang::driver::getDriverOptTable;
} // namespace serialscope::compat
#endif

namespace serialscope::compat {

/// Diagnostic options for a printer that lives no longer than they do. Clang 19's printers
/// keep a counted reference (so the options must be on the heap); Clang 22's a plain one.
class PrinterDiagnosticOptions {
public:
  clang::DiagnosticOptions *operator->() { return &*Options; }
#if CLANG_VERSION_MAJOR >= 22
  clang::DiagnosticOptions &forPrinter() { return *Options; }

private:
  std::unique_ptr<clang::DiagnosticOptions> Options =
      std::make_unique<clang::DiagnosticOptions>();
#else
  clang::DiagnosticOptions *forPrinter() { return Options.get(); }

private:
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> Options =
      llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>();
#endif
};

inline std::unique_ptr<clang::CompilerInstance>
makeCompilerInstance(std::shared_ptr<clang::CompilerInvocation> Invocation,
                     std::shared_ptr<clang::PCHContainerOperations> PCH) {
#if CLANG_VERSION_MAJOR >= 22
  return std::make_unique<clang::CompilerInstance>(std::move(Invocation), std::move(PCH));
#else
  auto CI = std::make_unique<clang::CompilerInstance>(std::move(PCH));
  CI->setInvocation(std::move(Invocation));
  return CI;
#endif
}

} // namespace serialscope::compat

#endif
