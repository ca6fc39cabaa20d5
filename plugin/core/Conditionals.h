//===- Conditionals.h - preprocessor conditions a moved declaration keeps ===//
//
// A type written in an `#ifdef` branch exists only in the configurations that take the branch.
// Moved out of its function without its condition, it would exist in every configuration (and
// two exclusive definitions of one name would meet). These helpers read the conditional
// directives between the place a declaration moves to and the place it comes from, from the
// file's text, so that it moves wrapped in the same conditions, or not at all.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_CONDITIONALS_H
#define SERIALSCOPE_CORE_CONDITIONALS_H

#include "clang/Basic/LangOptions.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

/// Why text cannot move across the directives between two places.
enum class ConditionalProblem {
  /// An `#elif`, `#else` or `#endif` of a conditional opened before the new place: the two
  /// places are in different branches of one conditional.
  CrossesBranch,
  /// A `#define`, `#undef`, `#include` or other directive that changes what the preprocessor
  /// sees after it: the moved text, or a condition, would be read with other macros.
  ChangesMacros,
  /// The moved text itself opens a conditional it does not close, or closes one it did not open.
  Unbalanced,
};

struct ConditionalContext {
  /// The conditions of the branches open at the old place that are not open at the new place,
  /// outermost first, each one a directive that holds alone: `#ifdef COVERAGE`, or for a
  /// later branch `#if !(defined(COVERAGE)) && (LEVEL > 2)`.
  std::vector<std::string> Directives;
  std::optional<ConditionalProblem> Problem;
  /// Offset of the directive that makes the problem.
  size_t ProblemOffset = 0;
};

/// The conditions to wrap around text moved from [MovedBegin, MovedEnd) of `Buffer` to
/// `NewPlace` (before it). Directives inside the moved text move with it and must balance.
ConditionalContext conditionsToKeep(llvm::StringRef Buffer, const clang::LangOptions &LangOpts,
                                    size_t NewPlace, size_t MovedBegin, size_t MovedEnd);

/// Offset of the first conditional directive (`#if` … `#endif`) in [Begin, End) of `Buffer`.
std::optional<size_t> firstConditionalDirective(llvm::StringRef Buffer,
                                                const clang::LangOptions &LangOpts, size_t Begin,
                                                size_t End);

/// `Text` inside the directives: each on its own line, closed by as many `#endif`.
std::string wrapInConditions(llvm::StringRef Text, const std::vector<std::string> &Directives);

} // namespace serialscope

#endif
