//===- RegistrationKeyScan.cpp --------------------------------------------===//
#include "RegistrationKeyScan.h"

#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace serialscope {
namespace {

/// The text of a plain string literal token (`"Event"`); nothing for an escape, a raw string,
/// a prefix or a suffix, whose text the scan does not decode.
std::optional<llvm::StringRef> plainLiteralText(const ScanToken &Tok) {
  llvm::StringRef Spelling = Tok.Literal;
  if (Tok.Kind != tok::string_literal || Spelling.size() < 2 || !Spelling.starts_with("\"") ||
      !Spelling.ends_with("\"") || Spelling.contains('\\'))
    return std::nullopt;
  return Spelling.drop_front().drop_back();
}

bool isStringToken(tok::TokenKind K) { return tok::isStringLiteral(K); }

/// An expression from `I` to the end of `Tokens`: a string literal in parentheses (the AST
/// looks through them and implicit casts, nothing else), or something that is no literal.
ReadKey readLiteralExpression(llvm::ArrayRef<ScanToken> Tokens) {
  ReadKey Read;
  size_t Open = 0, I = 0, N = Tokens.size();
  while (I < N && Tokens[I].Kind == tok::l_paren)
    ++Open, ++I;
  std::string Text;
  size_t First = I;
  for (; I < N && isStringToken(Tokens[I].Kind); ++I) {
    std::optional<llvm::StringRef> Part = plainLiteralText(Tokens[I]);
    if (!Part) {
      Read.What = ReadKey::Unsure;
      return Read;
    }
    Text += *Part;
  }
  size_t Close = 0;
  while (I < N && Tokens[I].Kind == tok::r_paren)
    ++Close, ++I;
  if (I == First || I != N || Close != Open)
    return Read; // Not (only) a string literal: no key, as in the AST.
  Read.What = ReadKey::Key;
  Read.Text = std::move(Text);
  return Read;
}

bool isWord(const ScanToken &Tok) {
  return Tok.Kind == tok::identifier || !Tok.Literal.empty() ||
         tok::getKeywordSpelling(Tok.Kind) != nullptr;
}

} // namespace

ReadKey readReturnedLiteral(llvm::ArrayRef<ScanToken> Body) {
  // `{ return E ; }` exactly: any other body is not one return statement.
  size_t N = Body.size();
  if (N < 4 || Body[0].Kind != tok::l_brace || Body[1].Kind != tok::kw_return ||
      Body[N - 1].Kind != tok::r_brace || Body[N - 2].Kind != tok::semi)
    return {};
  llvm::ArrayRef<ScanToken> Expression = Body.slice(2, N - 4);
  for (const ScanToken &Tok : Expression)
    if (Tok.Kind == tok::semi || Tok.Kind == tok::l_brace || Tok.Kind == tok::r_brace)
      return {};
  return readLiteralExpression(Expression);
}

ReadKey readFirstArgument(llvm::ArrayRef<ScanToken> Call) {
  if (Call.empty() || Call[0].Kind != tok::l_paren)
    return {};
  // The first argument ends at the first `,` or the call's `)` outside parentheses; a string
  // literal has neither inside.
  int Depth = 0;
  for (size_t I = 1; I < Call.size(); ++I) {
    tok::TokenKind K = Call[I].Kind;
    if (K == tok::l_paren)
      ++Depth;
    else if (K == tok::r_paren && Depth > 0)
      --Depth;
    else if (Depth == 0 && (K == tok::comma || K == tok::r_paren))
      return readLiteralExpression(Call.slice(1, I - 1));
    else if (!isStringToken(K))
      return {}; // Something else first: no literal.
  }
  // The capture ended before the argument did: the scan cannot tell.
  return {ReadKey::Unsure, ""};
}

ReadKey readSpelledType(llvm::ArrayRef<ScanToken> Arguments) {
  std::string Text;
  size_t I = 0, N = Arguments.size();
  while (true) {
    if (I >= N || Arguments[I].Kind != tok::identifier)
      return {ReadKey::Unsure, ""};
    Text += Arguments[I].Identifier->getName();
    ++I;
    if (I < N && Arguments[I].Kind == tok::coloncolon) {
      Text += "::";
      ++I;
      continue;
    }
    break;
  }
  if (I != N && Arguments[I].Kind != tok::comma)
    return {ReadKey::Unsure, ""};
  return {ReadKey::Key, Text};
}

std::string spell(llvm::ArrayRef<ScanToken> Tokens) {
  std::string Text;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const ScanToken &Tok = Tokens[I];
    if (I > 0 && isWord(Tokens[I - 1]) && isWord(Tok))
      Text += ' ';
    if (Tok.Kind == tok::identifier)
      Text += Tok.Identifier->getName();
    else if (!Tok.Literal.empty())
      Text += Tok.Literal;
    else if (const char *Keyword = tok::getKeywordSpelling(Tok.Kind))
      Text += Keyword;
    else if (const char *Punctuator = tok::getPunctuatorSpelling(Tok.Kind))
      Text += Punctuator;
  }
  return Text;
}

} // namespace serialscope
