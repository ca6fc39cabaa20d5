//===- TextEdits.cpp ------------------------------------------------------===//
#include "TextEdits.h"
#include "Conditionals.h"
#include "PlanState.h"

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
                     SourceLocation InsertLoc, std::string &InsertText, SourceLocation &At,
                     const std::vector<std::string> &Conditions) {
  if (Text.onlySpaceBefore(InsertLoc)) {
    InsertText = wrapInConditions(
                     SourceText::reindent(Moved, FromIndent, Text.indentation(InsertLoc)),
                     Conditions) +
                 "\n\n";
    At = Text.lineStart(InsertLoc);
  } else {
    // Directives must start a line.
    InsertText = (Conditions.empty() ? "" : "\n") +
                 wrapInConditions(SourceText::reindent(Moved, FromIndent, ""), Conditions) + "\n";
    At = InsertLoc;
  }
}

Containment containment(const FixItHint &Edit, SourceLocation Begin, SourceLocation End,
                        const SourceManager &SM) {
  if (Edit.RemoveRange.isTokenRange() || !Edit.RemoveRange.getBegin().isFileID() ||
      SM.getFileID(Edit.RemoveRange.getBegin()) != SM.getFileID(Begin))
    return Containment::Outside;
  unsigned From = SM.getFileOffset(Begin), To = SM.getFileOffset(End);
  unsigned EditBegin = SM.getFileOffset(Edit.RemoveRange.getBegin());
  unsigned EditEnd = SM.getFileOffset(Edit.RemoveRange.getEnd());
  if (EditBegin == EditEnd) // An insertion: at either end, it is outside the moved text.
    return From < EditBegin && EditBegin < To ? Containment::Inside : Containment::Outside;
  // Outside it, or removing all of it (its own removal, with the lines it leaves empty).
  if (EditEnd <= From || EditBegin >= To || (EditBegin <= From && To <= EditEnd))
    return Containment::Outside;
  return From <= EditBegin && EditEnd <= To ? Containment::Inside : Containment::Straddles;
}

std::optional<std::string> renderMoved(const SourceText &Text, const SourceManager &SM,
                                       const MovedText &Moved) {
  unsigned Base = SM.getFileOffset(Moved.Begin);
  std::string Result = Text.text(Moved.Begin, Moved.End).str();
  std::vector<FixItHint> Inside = Moved.Inside;
  sortInFileOrder(Inside, SM);
  // Back to front, so that earlier offsets stay valid; edits at one place keep their order.
  unsigned Limit = Result.size();
  for (size_t I = Inside.size(); I-- > 0;) {
    const FixItHint &Edit = Inside[I];
    if (containment(Edit, Moved.Begin, Moved.End, SM) == Containment::Straddles ||
        Edit.RemoveRange.isTokenRange())
      return std::nullopt;
    unsigned From = SM.getFileOffset(Edit.RemoveRange.getBegin()) - Base;
    unsigned To = SM.getFileOffset(Edit.RemoveRange.getEnd()) - Base;
    if (To > Limit || From > To)
      return std::nullopt;
    Result.replace(From, To - From, Edit.CodeToInsert);
    Limit = From;
  }
  Result += Moved.Suffix;
  return Result;
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
