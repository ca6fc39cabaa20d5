//===- Conditionals.cpp ---------------------------------------------------===//
#include "Conditionals.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace serialscope {
namespace {

/// One directive: its name (`ifdef`), its operands as written, and where it starts.
struct Directive {
  std::string Name;
  std::string Operands;
  size_t Offset;
};

/// The directives that start in [Begin, End) of `Buffer`. `Begin` must not be inside a comment
/// or a literal; the raw lexer skips those in between.
std::vector<Directive> directivesIn(llvm::StringRef Buffer, const LangOptions &LangOpts,
                                    size_t Begin, size_t End) {
  std::vector<Directive> Result;
  Lexer L(SourceLocation(), LangOpts, Buffer.begin(), Buffer.begin() + Begin, Buffer.end());
  Token Tok;
  auto Start = [&]() { return size_t(L.getBufferLocation() - Buffer.begin()) - Tok.getLength(); };
  L.LexFromRawLexer(Tok);
  while (Tok.isNot(tok::eof) && Start() < End) {
    if (!Tok.is(tok::hash) || !Tok.isAtStartOfLine()) {
      L.LexFromRawLexer(Tok);
      continue;
    }
    Directive D{"", "", Start()};
    L.LexFromRawLexer(Tok);
    if (Tok.isNot(tok::eof) && !Tok.isAtStartOfLine()) {
      if (Tok.is(tok::raw_identifier))
        D.Name = Tok.getRawIdentifier().str();
      size_t OperandsBegin = 0, OperandsEnd = 0;
      for (L.LexFromRawLexer(Tok); Tok.isNot(tok::eof) && !Tok.isAtStartOfLine();
           L.LexFromRawLexer(Tok)) {
        if (!OperandsEnd)
          OperandsBegin = Start();
        OperandsEnd = Start() + Tok.getLength();
      }
      D.Operands = Buffer.slice(OperandsBegin, OperandsEnd).str();
    }
    // Otherwise the null directive: nothing follows the `#`.
    Result.push_back(std::move(D));
  }
  return Result;
}

bool opensConditional(llvm::StringRef Name) {
  return Name == "if" || Name == "ifdef" || Name == "ifndef";
}
bool continuesConditional(llvm::StringRef Name) {
  return Name == "elif" || Name == "elifdef" || Name == "elifndef" || Name == "else";
}
/// Directives after which the preprocessor sees other macros (or other text).
bool changesMacros(const Directive &D) {
  if (D.Name == "pragma")
    return llvm::StringRef(D.Operands).starts_with("push_macro") ||
           llvm::StringRef(D.Operands).starts_with("pop_macro");
  return D.Name == "define" || D.Name == "undef" || D.Name == "include" ||
         D.Name == "include_next" || D.Name == "import";
}

/// The condition under which a branch directive is taken, as an expression.
std::string conditionOf(const Directive &D) {
  if (D.Name == "ifdef" || D.Name == "elifdef")
    return "defined(" + D.Operands + ")";
  if (D.Name == "ifndef" || D.Name == "elifndef")
    return "!defined(" + D.Operands + ")";
  return D.Operands;
}

/// A branch that is open: the conditions of the branches before it, and its own (none for
/// `#else`), and, when it is the first branch, the directive as written.
struct OpenBranch {
  std::vector<std::string> Earlier;
  std::string Condition;
  std::string Written;

  std::string directive() const {
    if (Earlier.empty())
      return Written;
    // The `#else` of an `#ifdef` reads best as its opposite.
    if (Earlier.size() == 1 && Condition.empty()) {
      llvm::StringRef First = Written;
      if (First.consume_front("#ifdef "))
        return "#ifndef " + First.str();
      if (First.consume_front("#ifndef "))
        return "#ifdef " + First.str();
    }
    std::vector<std::string> Parts;
    for (const std::string &C : Earlier)
      Parts.push_back("!(" + C + ")");
    if (!Condition.empty())
      Parts.push_back("(" + Condition + ")");
    return "#if " + llvm::join(Parts, " && ");
  }
};

} // namespace

ConditionalContext conditionsToKeep(llvm::StringRef Buffer, const LangOptions &LangOpts,
                                    size_t NewPlace, size_t MovedBegin, size_t MovedEnd) {
  ConditionalContext Result;
  auto Fail = [&](ConditionalProblem Problem, size_t Offset) {
    Result.Directives.clear();
    Result.Problem = Problem;
    Result.ProblemOffset = Offset;
    return Result;
  };
  std::vector<OpenBranch> Open;
  for (const Directive &D : directivesIn(Buffer, LangOpts, NewPlace, MovedBegin)) {
    if (changesMacros(D))
      return Fail(ConditionalProblem::ChangesMacros, D.Offset);
    if (opensConditional(D.Name)) {
      Open.push_back({{}, conditionOf(D), "#" + D.Name + " " + D.Operands});
    } else if (continuesConditional(D.Name) || D.Name == "endif") {
      if (Open.empty())
        return Fail(ConditionalProblem::CrossesBranch, D.Offset);
      if (D.Name == "endif") {
        Open.pop_back();
        continue;
      }
      OpenBranch &Top = Open.back();
      Top.Earlier.push_back(Top.Condition);
      Top.Condition = D.Name == "else" ? "" : conditionOf(D);
    }
  }
  int Depth = 0;
  for (const Directive &D : directivesIn(Buffer, LangOpts, MovedBegin, MovedEnd)) {
    if (changesMacros(D))
      return Fail(ConditionalProblem::ChangesMacros, D.Offset);
    if (opensConditional(D.Name))
      ++Depth;
    else if ((continuesConditional(D.Name) && Depth == 0) ||
             (D.Name == "endif" && --Depth < 0))
      return Fail(ConditionalProblem::Unbalanced, D.Offset);
  }
  if (Depth != 0)
    return Fail(ConditionalProblem::Unbalanced, MovedBegin);
  for (const OpenBranch &Branch : Open)
    Result.Directives.push_back(Branch.directive());
  return Result;
}

std::optional<size_t> firstConditionalDirective(llvm::StringRef Buffer, const LangOptions &LangOpts,
                                                size_t Begin, size_t End) {
  for (const Directive &D : directivesIn(Buffer, LangOpts, Begin, End))
    if (opensConditional(D.Name) || continuesConditional(D.Name) || D.Name == "endif")
      return D.Offset;
  return std::nullopt;
}

std::string wrapInConditions(llvm::StringRef Text, const std::vector<std::string> &Directives) {
  std::string Result;
  for (const std::string &D : Directives)
    Result += D + "\n";
  Result += Text;
  for (size_t I = 0; I < Directives.size(); ++I)
    Result += "\n#endif";
  return Result;
}

} // namespace serialscope
