//===- TextEdits.cpp ------------------------------------------------------===//
#include "TextEdits.h"

#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {

bool staysInPlace(llvm::StringRef Text, llvm::StringRef Indent) {
  return SourceText::reindent(Text, Indent, Indent) == (Indent + Text).str();
}

FixItHint statementRemoval(const SourceText &Text, SourceLocation MovedBegin, SourceLocation Semi,
                           SourceLocation OutermostBegin) {
  SourceLocation RemoveBegin = MovedBegin;
  SourceLocation RemoveEnd = Semi.getLocWithOffset(1);
  if (Text.onlySpaceBefore(RemoveBegin) &&
      Text.lineStart(RemoveBegin) != Text.lineStart(OutermostBegin)) {
    // Take the lines from the end of the previous non-blank line: the whitespace before the
    // next token stays as it is, which clang-tidy's cleanup of replacements relies on.
    RemoveBegin = Text.lineStart(RemoveBegin);
    while (Text.blankLineBefore(RemoveBegin))
      RemoveBegin = Text.lineStart(RemoveBegin.getLocWithOffset(-1));
    RemoveBegin = RemoveBegin.getLocWithOffset(-1);
  }
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(RemoveBegin, RemoveEnd));
}

/// The text that puts `Moved` (indented by `FromIndent` in the function) before the outermost
/// declaration, whose leading comments start at `InsertLoc`, and where it goes.
void insertionBefore(const SourceText &Text, llvm::StringRef Moved, llvm::StringRef FromIndent,
                     SourceLocation InsertLoc, std::string &InsertText, SourceLocation &At) {
  if (Text.onlySpaceBefore(InsertLoc)) {
    InsertText = SourceText::reindent(Moved, FromIndent, Text.indentation(InsertLoc)) + "\n\n";
    At = Text.lineStart(InsertLoc);
  } else {
    InsertText = SourceText::reindent(Moved, FromIndent, "") + "\n";
    At = InsertLoc;
  }
}

void sortInFileOrder(std::vector<FixItHint> &Edits, const SourceManager &SM) {
  std::vector<std::pair<FixItHint, size_t>> Ordered;
  for (size_t I = 0; I < Edits.size(); ++I)
    Ordered.emplace_back(Edits[I], I);
  llvm::sort(Ordered, [&](const auto &A, const auto &B) {
    SourceLocation LA = A.first.RemoveRange.getBegin(), LB = B.first.RemoveRange.getBegin();
    return LA == LB ? A.second < B.second : SM.isBeforeInTranslationUnit(LA, LB);
  });
  for (size_t I = 0; I < Edits.size(); ++I)
    Edits[I] = Ordered[I].first;
}

} // namespace serialscope
