//===- SourceText.h - line-oriented views of source text for fix-its -----===//
#ifndef SERIALSCOPE_CORE_SOURCETEXT_H
#define SERIALSCOPE_CORE_SOURCETEXT_H

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include <optional>
#include <string>

namespace serialscope {

/// Line-level edits keep the rewritten file tidy: a moved declaration takes its whole lines
/// (indentation, trailing newline) with it instead of leaving blank or half lines behind.
class SourceText {
public:
  SourceText(const clang::SourceManager &SM, const clang::LangOptions &LangOpts)
      : SM(SM), LangOpts(LangOpts) {}

  /// Start of the line containing `Loc`.
  clang::SourceLocation lineStart(clang::SourceLocation Loc) const;
  /// Just past the newline ending the line containing `Loc` (or the end of the file).
  clang::SourceLocation nextLineStart(clang::SourceLocation Loc) const;
  /// Whether only whitespace stands between the line start and `Loc`.
  bool onlySpaceBefore(clang::SourceLocation Loc) const;
  /// Whether only whitespace (or a `//` comment) follows `Loc` up to the line end.
  bool onlySpaceOrCommentAfter(clang::SourceLocation Loc) const;
  /// The whitespace that starts the line containing `Loc`.
  std::string indentation(clang::SourceLocation Loc) const;
  /// Start of the comment lines directly above `Loc` (no blank line between), else `Loc`.
  /// With `StopAtNolint`, a line with a NOLINT, NOLINTBEGIN or NOLINTEND directive ends the
  /// comment (it stays in place: it pairs with other directives or suppresses its own line);
  /// a NOLINTNEXTLINE belongs to the line below and is part of the comment.
  clang::SourceLocation leadingCommentStart(clang::SourceLocation Loc,
                                            bool StopAtNolint = false) const;
  /// Whether the line before the one containing `Loc` is blank.
  bool blankLineBefore(clang::SourceLocation Loc) const;
  /// Whether the line after the one containing `Loc` is blank.
  bool blankLineAfter(clang::SourceLocation Loc) const;
  /// The location just past the token `Kind` that follows `Loc`'s token, if it comes next.
  std::optional<clang::SourceLocation> afterNextToken(clang::SourceLocation Loc,
                                                      clang::tok::TokenKind Kind) const;
  /// Location of the first token `Kind` at or after `Loc`.
  std::optional<clang::SourceLocation> findToken(clang::SourceLocation Loc,
                                                 clang::tok::TokenKind Kind) const;
  /// Whether a `#pragma pack` (or `_Pragma`/`__pragma` with `pack`) is written between two
  /// locations of one file, outside comments.
  bool hasPackPragma(clang::SourceLocation Begin, clang::SourceLocation End) const;
  /// Text between two file locations of one file.
  llvm::StringRef text(clang::SourceLocation Begin, clang::SourceLocation End) const;

  /// Re-bases `Text` (whose first line started at indentation `From`) to indentation `To`;
  /// blank lines stay empty.
  static std::string reindent(llvm::StringRef Text, llvm::StringRef From, llvm::StringRef To);

private:
  llvm::StringRef buffer(clang::SourceLocation Loc, unsigned &Offset) const;

  const clang::SourceManager &SM;
  const clang::LangOptions &LangOpts;
};

} // namespace serialscope

#endif
