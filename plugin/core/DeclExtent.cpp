//===- DeclExtent.cpp -----------------------------------------------------===//
#include "DeclExtent.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include <optional>

using namespace clang;

namespace serialscope {

const DeclStmt *findDeclStmt(const Decl *Function, const Decl *Unit) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const Decl *Unit;
    const DeclStmt *Found = nullptr;
    bool shouldVisitImplicitCode() const { return false; }
    bool VisitDeclStmt(DeclStmt *Statement) {
      if (llvm::is_contained(Statement->decls(), Unit))
        Found = Statement;
      return !Found;
    }
  } Search;
  Search.Unit = Unit;
  if (const Stmt *Body = Function->getBody())
    Search.TraverseStmt(const_cast<Stmt *>(Body));
  return Search.Found;
}

/// Just past the attributes written after `Unit`'s closing brace (`} __attribute__((packed))`,
/// or a macro expanding to attributes of `Unit`), else just past the brace. They belong to the
/// type: left behind, the moved type would change its layout (or not compile).
SourceLocation trailingAttributesEnd(const TagDecl *Unit, const SourceManager &SM,
                                     const LangOptions &LangOpts) {
  SourceLocation End = Unit->getBraceRange().getEnd().getLocWithOffset(1);
  Token Tok;
  auto Next = [&](SourceLocation Loc) {
    return !Lexer::getRawToken(Loc, Tok, SM, LangOpts, /*IgnoreWhiteSpace=*/true) &&
           !Tok.is(tok::eof);
  };
  // Just past the parenthesized group that starts at `Loc`, if one does.
  auto SkipParens = [&](SourceLocation Loc) -> std::optional<SourceLocation> {
    int Depth = 0;
    for (int Guard = 0; Guard < 4096 && Next(Loc); ++Guard) {
      if (Tok.is(tok::l_paren))
        ++Depth;
      else if (Tok.is(tok::r_paren))
        --Depth;
      else if (Depth == 0)
        return std::nullopt;
      Loc = Tok.getEndLoc();
      if (Depth == 0)
        return Loc;
    }
    return std::nullopt;
  };
  while (Next(End) && Tok.is(tok::raw_identifier)) {
    llvm::StringRef Name = Tok.getRawIdentifier();
    SourceLocation After = Tok.getEndLoc();
    if (Name == "__attribute__" || Name == "__attribute" || Name == "__declspec") {
      std::optional<SourceLocation> Close = SkipParens(After);
      if (!Close)
        break;
      End = *Close;
      continue;
    }
    // A macro spelling some of the type's attributes (`PACKED`, `ALIGNED(8)`).
    SourceLocation MacroLoc = Tok.getLocation();
    const Attr *FromMacro = nullptr;
    for (const Attr *A : Unit->attrs())
      if (A->getLocation().isMacroID() &&
          SM.getExpansionRange(A->getLocation()).getBegin() == MacroLoc)
        FromMacro = A;
    if (!FromMacro)
      break;
    End = Lexer::getLocForEndOfToken(SM.getExpansionRange(FromMacro->getLocation()).getEnd(), 0, SM,
                                     LangOpts);
  }
  return End;
}

bool spelledWithMacro(const Decl *D) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitTypeLoc(TypeLoc TL) {
      Found |= TL.getBeginLoc().isMacroID() || TL.getEndLoc().isMacroID();
      return !Found;
    }
    bool VisitStmt(Stmt *S) {
      Found |= S->getBeginLoc().isMacroID() || S->getEndLoc().isMacroID();
      return !Found;
    }
  } Search;
  Search.TraverseDecl(const_cast<Decl *>(D));
  return Search.Found;
}

} // namespace serialscope
