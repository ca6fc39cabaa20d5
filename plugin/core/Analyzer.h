//===- Analyzer.h - the one entry point every front end calls ------------===//
#ifndef SERIALSCOPE_CORE_ANALYZER_H
#define SERIALSCOPE_CORE_ANALYZER_H

#include "Finding.h"
#include "Options.h"
#include "clang/AST/ASTContext.h"

namespace serialscope {

struct UnitKeys;

/// Analyzes a parsed translation unit: every serializable type that cannot be resolved by
/// name, in translation-unit order, each with its evidence and its fix (or why there is none).
/// With `Keys`, also collects the registration keys of the unit from the same evidence walk
/// (RegistrationKeys.h).
std::vector<Finding> analyze(clang::ASTContext &Ctx, const Options &Opts,
                             UnitKeys *Keys = nullptr);

/// The notes a front end attaches to a finding, in order: evidence first, then the fix notes.
std::vector<FindingNote> notesOf(const Finding &F);

/// Refuses to run inside a Clang of another major version than the one serialscope was built
/// against, whose data structures it would misread: prints an error naming both (to stderr
/// with stdio, as the host's LLVM output types may not be ours) and returns true. \p Component
/// names what was loaded, \p Host the program to use instead (`clang-tidy`, `clang++`).
bool refuseOtherClang(const char *Component, const char *Host);

} // namespace serialscope

#endif
