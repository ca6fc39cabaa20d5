//===- SourceText.cpp -----------------------------------------------------===//
#include "SourceText.h"
#include "FileConventions.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace serialscope {
namespace {
bool isBlank(llvm::StringRef Line) { return Line.trim().empty(); }

/// Whether a comment holds a NOLINT directive other than NOLINTNEXTLINE. Like clang-tidy, the
/// directive is found anywhere in the comment text.
bool hasStayingNolint(llvm::StringRef Comment) {
  for (size_t Pos = Comment.find("NOLINT"); Pos != llvm::StringRef::npos;
       Pos = Comment.find("NOLINT", Pos + 6))
    if (!Comment.substr(Pos + 6).starts_with("NEXTLINE"))
      return true;
  return false;
}
} // namespace

llvm::StringRef SourceText::buffer(SourceLocation Loc, unsigned &Offset) const {
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(Loc);
  Offset = Decomposed.second;
  return SM.getBufferData(Decomposed.first);
}

SourceLocation SourceText::lineStart(SourceLocation Loc) const {
  unsigned Offset;
  llvm::StringRef Buf = buffer(Loc, Offset);
  size_t Newline = Buf.substr(0, Offset).rfind('\n');
  // The first line starts after a byte order mark: nothing goes before it.
  unsigned Start = Newline == llvm::StringRef::npos
                       ? std::min<unsigned>(byteOrderMarkLength(Buf), Offset)
                       : Newline + 1;
  return Loc.getLocWithOffset(static_cast<int>(Start) - static_cast<int>(Offset));
}

SourceLocation SourceText::nextLineStart(SourceLocation Loc) const {
  unsigned Offset;
  llvm::StringRef Buf = buffer(Loc, Offset);
  size_t Newline = Buf.find('\n', Offset);
  unsigned End = Newline == llvm::StringRef::npos ? Buf.size() : Newline + 1;
  return Loc.getLocWithOffset(End - Offset);
}

bool SourceText::onlySpaceBefore(SourceLocation Loc) const {
  return isBlank(text(lineStart(Loc), Loc));
}

bool SourceText::onlySpaceOrCommentAfter(SourceLocation Loc) const {
  llvm::StringRef Rest = text(Loc, nextLineStart(Loc)).trim();
  return Rest.empty() || Rest.starts_with("//");
}

std::string SourceText::indentation(SourceLocation Loc) const {
  llvm::StringRef Line = text(lineStart(Loc), nextLineStart(Loc));
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; }).str();
}

SourceLocation SourceText::leadingCommentStart(SourceLocation Loc, bool StopAtNolint) const {
  if (!onlySpaceBefore(Loc))
    return Loc;
  SourceLocation Start = Loc;
  SourceLocation Line = lineStart(Loc);
  while (true) {
    unsigned Offset;
    llvm::StringRef Buf = buffer(Line, Offset);
    if (Offset == 0)
      break;
    SourceLocation Prev = lineStart(Line.getLocWithOffset(-1));
    llvm::StringRef PrevText = text(Prev, Line).trim();
    if (PrevText.starts_with("//")) {
      if (StopAtNolint && hasStayingNolint(PrevText))
        break;
      Start = Prev.getLocWithOffset(indentation(Prev).size());
      Line = Prev;
      continue;
    }
    if (PrevText.ends_with("*/")) {
      // A block comment ending on its own line: take it whole when it starts a line too.
      unsigned PrevOffset;
      buffer(Prev, PrevOffset);
      size_t Open = Buf.substr(0, PrevOffset + text(Prev, Line).size()).rfind("/*");
      if (Open == llvm::StringRef::npos)
        break;
      SourceLocation OpenLoc = Prev.getLocWithOffset(static_cast<int>(Open) -
                                                     static_cast<int>(PrevOffset));
      if (!onlySpaceBefore(OpenLoc) ||
          (StopAtNolint && hasStayingNolint(text(OpenLoc, Line))))
        break;
      Start = OpenLoc;
      Line = lineStart(OpenLoc);
      continue;
    }
    break;
  }
  return Start;
}

bool SourceText::blankLineBefore(SourceLocation Loc) const {
  SourceLocation Line = lineStart(Loc);
  unsigned Offset;
  buffer(Line, Offset);
  if (Offset == 0)
    return false;
  SourceLocation Prev = lineStart(Line.getLocWithOffset(-1));
  return isBlank(text(Prev, Line));
}

bool SourceText::blankLineAfter(SourceLocation Loc) const {
  SourceLocation Next = nextLineStart(Loc);
  unsigned Offset;
  llvm::StringRef Buf = buffer(Next, Offset);
  if (Offset >= Buf.size())
    return false;
  return isBlank(text(Next, nextLineStart(Next)));
}

std::optional<SourceLocation> SourceText::afterNextToken(SourceLocation Loc,
                                                         tok::TokenKind Kind) const {
  std::optional<Token> Next = Lexer::findNextToken(Loc, SM, LangOpts);
  if (!Next || !Next->is(Kind))
    return std::nullopt;
  return Next->getEndLoc();
}

std::optional<SourceLocation> SourceText::findToken(SourceLocation Loc,
                                                    tok::TokenKind Kind) const {
  Token Tok;
  for (int Guard = 0; Guard < 64; ++Guard) {
    if (Lexer::getRawToken(Loc, Tok, SM, LangOpts, /*IgnoreWhiteSpace=*/true))
      return std::nullopt;
    if (Tok.is(Kind))
      return Tok.getLocation();
    if (Tok.is(tok::eof))
      return std::nullopt;
    Loc = Tok.getEndLoc();
  }
  return std::nullopt;
}

bool SourceText::hasPackPragma(SourceLocation Begin, SourceLocation End) const {
  unsigned BeginOffset, EndOffset;
  llvm::StringRef Buf = buffer(Begin, BeginOffset);
  buffer(End, EndOffset);
  if (EndOffset <= BeginOffset)
    return false;
  // The raw lexer needs the buffer's terminating null: it lexes to the file's end, and the
  // loop stops at `End`.
  Lexer Raw(Begin.getLocWithOffset(-static_cast<int>(BeginOffset)), LangOpts, Buf.data(),
            Buf.data() + BeginOffset, Buf.data() + Buf.size());
  auto Spelled = [](const Token &Tok, llvm::StringRef Name) {
    return Tok.is(tok::raw_identifier) && Tok.getRawIdentifier() == Name;
  };
  // The last three tokens, to recognize `# pragma pack`, `_Pragma ( "pack...` and
  // `__pragma ( pack`.
  Token First, Second, Tok;
  First.startToken();
  Second.startToken();
  bool AtEnd = false;
  while (!AtEnd) {
    AtEnd = Raw.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof) || SM.getFileOffset(Tok.getLocation()) >= EndOffset)
      break;
    if (First.is(tok::hash) && Spelled(Second, "pragma") && Spelled(Tok, "pack"))
      return true;
    if (Second.is(tok::l_paren) &&
        ((Spelled(First, "_Pragma") && Tok.is(tok::string_literal) &&
          llvm::StringRef(Tok.getLiteralData(), Tok.getLength()).contains("pack")) ||
         (Spelled(First, "__pragma") && Spelled(Tok, "pack"))))
      return true;
    First = Second;
    Second = Tok;
  }
  return false;
}

llvm::StringRef SourceText::text(SourceLocation Begin, SourceLocation End) const {
  unsigned BeginOffset, EndOffset;
  llvm::StringRef Buf = buffer(Begin, BeginOffset);
  buffer(End, EndOffset);
  if (EndOffset < BeginOffset)
    return {};
  return Buf.substr(BeginOffset, EndOffset - BeginOffset);
}

std::string SourceText::reindent(llvm::StringRef Text, llvm::StringRef From,
                                 llvm::StringRef To) {
  llvm::SmallVector<llvm::StringRef, 32> Lines;
  Text.split(Lines, '\n');
  std::string Result;
  for (size_t I = 0; I < Lines.size(); ++I) {
    llvm::StringRef Line = Lines[I];
    if (I > 0)
      Result += '\n';
    if (isBlank(Line))
      continue;
    if (I > 0) {
      // Strip the old base indentation, as much of it as the line has.
      size_t Strip = 0;
      while (Strip < From.size() && Strip < Line.size() && Line[Strip] == From[Strip])
        ++Strip;
      Line = Line.drop_front(Strip);
    }
    Result += To;
    Result += Line.rtrim(" \t\r");
  }
  return Result;
}

} // namespace serialscope
