//===- QtTypeName.cpp -----------------------------------------------------===//
//
// Follows Qt 5.15's QMetaObject::normalizedType step by step (qRemoveWhitespace,
// qNormalizeType, normalizeTypeInternal without fixScope), including where it reads past the
// end of the range it normalizes: the character after a template argument's closing `>`
// decides whether a space separates two `>`. Qt 6 normalizes more (`unsigned short` to
// `ushort`, `long long` to `qlonglong`, ...); Qt 5 is what serialscope is tested against.
//===----------------------------------------------------------------------===//
#include "QtTypeName.h"

#include "llvm/ADT/StringExtras.h"

#include <optional>

namespace serialscope {
namespace {

bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_'; }
// Qt's is_space: a newline is not one.
bool isSpace(char C) { return C == ' ' || C == '\t'; }

/// Text Qt reads as a NUL-terminated buffer: reading past its end gives '\0'.
struct Buffer {
  std::string Text;
  char at(size_t I) const { return I < Text.size() ? Text[I] : '\0'; }
  bool has(size_t I, llvm::StringRef Word) const {
    for (size_t K = 0; K < Word.size(); ++K)
      if (at(I + K) != Word[K])
        return false;
    return true;
  }
};

/// qRemoveWhitespace: a space is kept only between two identifier characters, and between
/// `<` and `:` (`<::ns::T>` is not the digraph `<:`).
std::string removeWhitespace(llvm::StringRef S) {
  std::string Out;
  size_t I = 0;
  char Last = 0;
  while (I < S.size() && isSpace(S[I]))
    ++I;
  while (I < S.size()) {
    while (I < S.size() && !isSpace(S[I]))
      Out += Last = S[I++];
    while (I < S.size() && isSpace(S[I]))
      ++I;
    if (I < S.size() && ((isIdentChar(S[I]) && isIdentChar(Last)) || (S[I] == ':' && Last == '<')))
      Out += Last = ' ';
  }
  return Out;
}

// Nesting deeper than this is kept as written rather than recursed into: a string literal in
// the analyzed code must not exhaust the stack.
constexpr unsigned MaxTemplateDepth = 256;

std::string normalizeRange(const Buffer &In, size_t T, size_t E, bool AdjustConst, unsigned Depth);

/// `char const *` -> `const char *`, unless a `&`, `*` or `<` comes first (`char *const *`
/// and `Bar<const Bla>` stay). Returns the rewritten range as a buffer of its own, or none.
std::optional<Buffer> constToFront(const Buffer &In, size_t T, size_t E) {
  size_t Len = E - T;
  for (size_t I = 1; I < Len; ++I) {
    if (In.at(T + I) == 'c' && In.has(T + I + 1, "onst") &&
        (I + 5 >= Len || !isIdentChar(In.at(T + I + 5))) && !isIdentChar(In.at(T + I - 1))) {
      Buffer Out{In.Text.substr(T, Len)};
      if (isSpace(In.at(T + I - 1)))
        Out.Text.erase(I - 1, 6);
      else
        Out.Text.erase(I, 5);
      Out.Text.insert(0, "const ");
      return Out;
    }
    char C = In.at(T + I);
    if (C == '&' || C == '*' || C == '<')
      break;
  }
  return std::nullopt;
}

/// The prefix of the range: `const ` kept, `unsigned [int|long]` spelled as Qt's typedefs,
/// an elaborated type's keyword dropped. Moves `T` past what it consumed.
void normalizePrefix(const Buffer &In, size_t &T, std::string &Result) {
  if (In.has(T, "const ")) {
    T += 6;
    Result += "const ";
  }
  if (!In.has(T, "unsigned")) {
    for (llvm::StringRef Keyword : {"struct ", "class ", "enum "})
      if (In.has(T, Keyword)) {
        T += Keyword.size();
        break;
      }
    return;
  }
  if (isIdentChar(In.at(T + 8)))
    return;
  if (In.has(T + 8, " int")) {
    T += 12;
    Result += "uint";
  } else if (In.has(T + 8, " long")) {
    if (!In.has(T + 13, " int") && !In.has(T + 13, " long")) {
      T += 13;
      Result += "ulong";
    }
  } else if (!In.has(T + 8, " short") && !In.has(T + 8, " char")) {
    T += 8;
    Result += "uint";
  }
}

/// After `<` at `T - 1`: each template argument normalized (keeping its `const`), up to the
/// matching `>`. Brackets of other kinds hide their `<`, `>` and `,`. Returns the last
/// character read.
char normalizeArguments(const Buffer &In, size_t &T, size_t E, std::string &Result,
                        unsigned Depth) {
  size_t Argument = T;
  int TemplateDepth = 1, ScopeDepth = 0;
  char C = '<';
  while (T < E) {
    C = In.at(T++);
    if (C == '{' || C == '(' || C == '[')
      ++ScopeDepth;
    if (C == '}' || C == ')' || C == ']')
      --ScopeDepth;
    if (ScopeDepth != 0)
      continue;
    TemplateDepth += C == '<' ? 1 : C == '>' ? -1 : 0;
    if (TemplateDepth == 0 || (TemplateDepth == 1 && C == ',')) {
      Result += normalizeRange(In, Argument, T - 1, /*AdjustConst=*/false, Depth + 1);
      Result += C;
      if (TemplateDepth == 0) {
        if (In.at(T) == '>') // Read past this range: `A<B<C> >`, never `>>`.
          Result += ' ';
        break;
      }
      Argument = T;
    }
  }
  return C;
}

/// normalizeTypeInternal over [T, E) of `Source`.
std::string normalizeRange(const Buffer &Source, size_t T, size_t E, bool AdjustConst,
                           unsigned Depth) {
  if (Depth > MaxTemplateDepth)
    return Source.Text.substr(T, E - T);
  std::optional<Buffer> Moved = constToFront(Source, T, E);
  const Buffer &In = Moved ? *Moved : Source;
  if (Moved) {
    T = 0;
    E = Moved->Text.size();
  }
  if (AdjustConst && E > T + 6 && In.has(T, "const ")) {
    char Last = In.at(E - 1);
    if (Last == '&') { // A const reference is the value type.
      T += 6;
      --E;
    } else if (isIdentChar(Last) || Last == '>') { // So is a const value.
      T += 6;
    }
  }
  std::string Result;
  normalizePrefix(In, T, Result);
  bool Star = false;
  while (T < E) {
    char C = In.at(T++);
    Star = Star || C == '*';
    Result += C;
    if (C == '<')
      C = normalizeArguments(In, T, E, Result, Depth);
    // `const` after the type.
    if (isIdentChar(C) || E - T < 5 || !In.has(T, "const") ||
        (E - T > 5 && isIdentChar(In.at(T + 5))))
      continue;
    T += 5;
    while (T < E && isSpace(In.at(T)))
      ++T;
    // With AdjustConst, a const value or reference is the value type.
    if (AdjustConst && T < E && In.at(T) == '&')
      ++T;
    else if (!Star && !AdjustConst)
      Result.insert(0, "const ");
    else if (Star)
      Result += "const"; // `T *const` keeps its place.
  }
  return Result;
}

} // namespace

std::string qtNormalizedTypeName(llvm::StringRef Written) {
  // Qt reads a C string.
  Written = Written.take_until([](char C) { return C == '\0'; });
  Buffer In{removeWhitespace(Written)};
  // qNormalizeType: the type ends at the first `,` or `)` outside template brackets.
  size_t End = 0;
  for (int Depth = 0; End < In.Text.size(); ++End) {
    char C = In.Text[End];
    if (!Depth && (C == ',' || C == ')'))
      break;
    Depth += C == '<' ? 1 : C == '>' ? -1 : 0;
  }
  // An explicit `(void)` parameter list normalizes to nothing.
  if (llvm::StringRef(In.Text).starts_with("void)"))
    return "";
  return normalizeRange(In, 0, End, /*AdjustConst=*/true, 0);
}

} // namespace serialscope
