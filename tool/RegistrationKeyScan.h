//===- RegistrationKeyScan.h - registration keys read from tokens ---------===//
//
// Part of the prefilter (docs/performance.md). A unit the prefilter skips has no finding of
// its own, but its registrations still have keys, and two namespace-scope types in different
// units can share one (docs/checks/duplicate-registration-key.md). The scan reads each key
// from the tokens the registration expands to, as the AST would (Framework.h, TokenKey):
// these candidates let the run parse only the skipped units whose key is also registered at
// another place. Whatever the scan cannot read for certain is Unsure, and the unit goes to
// the AST.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_REGISTRATIONKEYSCAN_H
#define SERIALSCOPE_TOOL_REGISTRATIONKEYSCAN_H

#include "RegistrationKeys.h"
#include "Report.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/TokenKinds.h"
#include "llvm/ADT/ArrayRef.h"

#include <optional>
#include <string>

namespace serialscope {

/// One token as the scan keeps it.
struct ScanToken {
  clang::tok::TokenKind Kind;
  const clang::IdentifierInfo *Identifier;
  clang::SourceLocation Loc;
  /// The spelling of a literal (numbers, strings); empty for any other token.
  llvm::StringRef Literal = {};
};

/// What the tokens of a key say.
struct ReadKey {
  enum Outcome {
    NoKey,  ///< The AST reads no key here either (not a string literal).
    Key,    ///< The key, in Text.
    Unsure, ///< The scan cannot tell: the unit needs the AST.
  } What = NoKey;
  std::string Text;
};

/// A function body `{ return "K"; }` (Body starts at its `{`): the AST reads a key only from a
/// body that is one return of a string literal (returnedStringLiteral).
ReadKey readReturnedLiteral(llvm::ArrayRef<ScanToken> Body);
/// The first argument of a call (Call starts at its `(`), when it is a string literal.
ReadKey readFirstArgument(llvm::ArrayRef<ScanToken> Call);
/// The first type argument as clang prints a type spelled `a::b::C` (Configured.cpp, the key
/// of `reg<T>()`); Unsure for any other spelling.
ReadKey readSpelledType(llvm::ArrayRef<ScanToken> Arguments);
/// The tokens as text, a space only between two words ("const a::Event*").
std::string spell(llvm::ArrayRef<ScanToken> Tokens);

} // namespace serialscope

#endif
