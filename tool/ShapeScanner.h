//===- ShapeScanner.h - the prefilter's scan of a token stream -----------===//
//
// Reads tokens in order and tells whether the user code among them can define a type that
// cannot be named (docs/performance.md, "The prefilter"): a stack of braces, each classified
// by the tokens before it, and every class key read against it. Whatever it cannot read with
// certainty counts as a function body or a definition: the safe side.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_SHAPESCANNER_H
#define SERIALSCOPE_TOOL_SHAPESCANNER_H

#include "Options.h"
#include "Prefilter.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Token.h"

#include <memory>

namespace serialscope {

class ShapeScanner {
public:
  /// Tokens come from `SM`. `ReadKeys`: a unit that is skipped has its registration keys
  /// read (PrefilterVerdict::Keys), and one whose keys cannot be read is not skipped.
  ShapeScanner(const clang::SourceManager &SM, const clang::LangOptions &LangOpts,
               const Options &Config, bool ReadKeys);
  ~ShapeScanner();
  /// Returns true once the tokens so far need the AST: the rest need not be read.
  bool feed(const clang::Token &Tok);
  /// The verdict, after the last token (an eof).
  PrefilterVerdict finish();

private:
  class Impl;
  std::unique_ptr<Impl> Self;
};

} // namespace serialscope

#endif
