//===- Suppression.cpp ----------------------------------------------------===//
//
// Mirrors clang-tidy's NoLintDirectiveHandler (clang-tools-extra/clang-tidy), which the
// compiler plugin and the standalone tool cannot call: same directives, same check lists.
//===----------------------------------------------------------------------===//
#include "Suppression.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace serialscope {
namespace {

enum class Kind { NoLint, NextLine, Begin, End };

struct Directive {
  Kind Type;
  size_t Offset;
  /// The text between the parentheses; none means "every check".
  std::optional<std::string> Checks;
};

// clang-tidy reads "NOLINT" anywhere in the text, then an optional suffix, then an optional
// parenthesized list that must close on the same line (otherwise it applies to every check).
std::vector<Directive> directivesIn(llvm::StringRef Text, size_t Base) {
  std::vector<Directive> Result;
  size_t Pos = 0;
  while ((Pos = Text.find("NOLINT", Pos)) != llvm::StringRef::npos) {
    Directive D{Kind::NoLint, Base + Pos, std::nullopt};
    Pos += 6;
    llvm::StringRef Rest = Text.substr(Pos);
    if (Rest.starts_with("NEXTLINE")) {
      D.Type = Kind::NextLine;
      Pos += 8;
    } else if (Rest.starts_with("BEGIN")) {
      D.Type = Kind::Begin;
      Pos += 5;
    } else if (Rest.starts_with("END")) {
      D.Type = Kind::End;
      Pos += 3;
    }
    if (Pos < Text.size() && Text[Pos] == '(') {
      size_t Close = Text.find_first_of("\n)", Pos + 1);
      if (Close != llvm::StringRef::npos && Text[Close] == ')') {
        D.Checks = Text.slice(Pos + 1, Close).str();
        Pos = Close + 1;
      }
    }
    Result.push_back(std::move(D));
  }
  return Result;
}

bool globMatches(llvm::StringRef Glob, llvm::StringRef Name) {
  if (Glob.empty())
    return Name.empty();
  if (Glob.front() == '*') {
    for (size_t I = 0; I <= Name.size(); ++I)
      if (globMatches(Glob.drop_front(), Name.drop_front(I)))
        return true;
    return false;
  }
  return !Name.empty() && Glob.front() == Name.front() &&
         globMatches(Glob.drop_front(), Name.drop_front());
}

bool applies(const Directive &D, llvm::StringRef Check) {
  return !D.Checks || noLintListMatches(*D.Checks, Check);
}

} // namespace

bool noLintListMatches(llvm::StringRef List, llvm::StringRef Check) {
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  List.split(Globs, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    // clang-tidy ignores negative globs in NOLINT lists.
    if (!Glob.empty() && !Glob.starts_with("-") && globMatches(Glob, Check))
      return true;
  }
  return false;
}

bool isSuppressedByNoLint(const clang::SourceManager &SM, clang::SourceLocation Loc,
                          llvm::StringRef Check) {
  if (Loc.isInvalid())
    return false;
  Loc = SM.getExpansionLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid || Offset > Buffer.size())
    return false;

  // StringRef::rfind(C, From) finds the last C before index From.
  auto LineStartOf = [&](size_t At) {
    size_t Newline = Buffer.rfind('\n', At);
    return Newline == llvm::StringRef::npos ? 0 : Newline + 1;
  };
  size_t LineStart = LineStartOf(Offset);
  size_t LineEnd = std::min(Buffer.find('\n', Offset), Buffer.size());
  for (const Directive &D : directivesIn(Buffer.slice(LineStart, LineEnd), LineStart))
    if (D.Type == Kind::NoLint && applies(D, Check))
      return true;

  if (LineStart > 0) {
    size_t PrevEnd = LineStart - 1;
    size_t PrevStart = LineStartOf(PrevEnd);
    for (const Directive &D : directivesIn(Buffer.slice(PrevStart, PrevEnd), PrevStart))
      if (D.Type == Kind::NextLine && applies(D, Check))
        return true;
  }

  // A region counts only once it is closed by an END with the same check list, as in
  // clang-tidy (an unmatched BEGIN is an error there and silences nothing).
  std::vector<Directive> Open;
  for (Directive &D : directivesIn(Buffer, 0)) {
    if (D.Type == Kind::Begin) {
      Open.push_back(std::move(D));
      continue;
    }
    if (D.Type != Kind::End)
      continue;
    for (auto It = Open.rbegin(); It != Open.rend(); ++It) {
      if (It->Checks != D.Checks)
        continue;
      if (It->Offset < Offset && Offset < D.Offset && applies(*It, Check))
        return true;
      Open.erase(std::next(It).base());
      break;
    }
  }
  return false;
}

} // namespace serialscope
