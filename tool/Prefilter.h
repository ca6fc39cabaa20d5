//===- Prefilter.h - skip the AST of translation units that cannot have a finding ===//
//
// A finding needs a class, struct, union or enum defined in user code inside a function body
// (lambdas included), inside an anonymous namespace, or without a name
// (docs/checks/non-resolvable-type.md). Before the standalone tool builds a translation unit's AST,
// it runs only the preprocessor, under the same compiler invocation (so that macro-made shapes are
// seen), and scans the token stream for those shapes. A unit where none can stand is done without
// its AST.
//
// The scan is sound by construction: every brace it cannot classify with certainty counts as
// a function body, and every class key it cannot read counts as a definition; it may send a
// unit to the AST needlessly, never skip one with a finding (`--prefilter=check` proves it on
// any input by running both).
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_PREFILTER_H
#define SERIALSCOPE_TOOL_PREFILTER_H

#include "Options.h"
#include "RegistrationKeyScan.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Serialization/PCHContainerOperations.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

enum class PrefilterMode {
  Off,   ///< Every unit gets its AST.
  On,    ///< Units whose preprocessed tokens admit no finding are not parsed.
  Check, ///< Both: every unit is analyzed, and a finding in a unit the scan would skip is an
         ///< error (the suite runs every tool invocation this way).
};

/// "off", "on", "check"; nothing for anything else.
std::optional<PrefilterMode> parsePrefilterMode(llvm::StringRef Text);

/// What the scan of one compile command decided.
struct PrefilterVerdict {
  bool NeedsAST = true;
  /// Why the unit needs its AST: the first shape seen ("local class at file:line", ...).
  std::string Reason;
  /// The keys a skipped unit's registrations may define, when they were asked for.
  std::vector<KeyCandidate> Keys;
};

/// Preprocesses the unit of `Invocation` (not modified) with `Files` and decides whether its
/// user code can hold a finding under `Config`. Preprocessor errors, modules and precompiled
/// headers (declarations the scan would not see as tokens) send the unit to the AST.
/// `ReadKeys`: read the registration keys of a unit that is skipped (ShapeScanner).
PrefilterVerdict scanTranslationUnit(const clang::CompilerInvocation &Invocation,
                                     clang::FileManager *Files,
                                     std::shared_ptr<clang::PCHContainerOperations> PCH,
                                     const Options &Config, bool ReadKeys);

} // namespace serialscope

#endif
