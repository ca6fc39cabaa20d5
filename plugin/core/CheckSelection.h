//===- CheckSelection.h - which checks run, as clang-tidy's -checks says ===//
//
// clang-tidy selects its checks with `-checks=<globs>`; the plugin (`checks=<globs>`) and
// the standalone tool (`--checks=<globs>`) read the same syntax, so that one list works in
// all three front ends.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_CHECKSELECTION_H
#define SERIALSCOPE_CORE_CHECKSELECTION_H

#include "Report.h"
#include "llvm/Support/Error.h"

namespace serialscope {

/// Every serialscope check is on unless the list turns it off.
struct CheckSelection {
  bool NonResolvableType = true;
  bool DuplicateRegistrationKey = true;

  bool enabled(Rule R) const {
    return R == Rule::NonResolvableType ? NonResolvableType : DuplicateRegistrationKey;
  }

  /// A comma-separated list of globs, each optionally preceded by `-` (turns the checks it
  /// matches off); later globs win, as in clang-tidy (`-*,serialscope-non-resolvable-type`).
  /// An error names a malformed glob.
  static llvm::Expected<CheckSelection> parse(llvm::StringRef Globs);
};

} // namespace serialscope

#endif
