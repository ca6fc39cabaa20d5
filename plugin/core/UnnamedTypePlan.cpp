//===- UnnamedTypePlan.cpp ------------------------------------------------===//
#include "UnnamedTypePlan.h"
#include "DeclExtent.h"
#include "DeclScopes.h"
#include "Naming.h"
#include "ProjectNames.h"
#include "ScopeClassifier.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace serialscope {

std::vector<const DeclaratorDecl *> declaratorsOf(const TagDecl *Unit) {
  // `struct { ... } a, b;` declares `a` and `b` right after the type, in the same context, in
  // declarations whose text contains the type's.
  std::vector<const DeclaratorDecl *> Result;
  SourceRange Type = Unit->getSourceRange();
  for (const Decl *D : Unit->getLexicalDeclContext()->decls()) {
    const auto *Declarator = dyn_cast<DeclaratorDecl>(D);
    if (Declarator && !Declarator->getName().empty() &&
        Declarator->getSourceRange().fullyContains(Type))
      Result.push_back(Declarator);
  }
  return Result;
}

DeclaratorName nameFromDeclarator(const SourceManager &SM, const TagDecl *Unit) {
  DeclaratorName Result;
  auto Refuse = [&](FixBlocker::Kind K, SourceLocation Loc, const NamedDecl *Entity = nullptr) {
    Result.Blocker = FixBlocker{K, SM.getExpansionLoc(Loc), Unit, Entity};
    return Result;
  };
  if (const TypedefNameDecl *Typedef = Unit->getTypedefNameForAnonDecl())
    return Refuse(FixBlocker::Kind::LinkageTypedefName, Typedef->getLocation(), Typedef);
  std::vector<const DeclaratorDecl *> Declarators = declaratorsOf(Unit);
  if (Declarators.empty())
    return Refuse(FixBlocker::Kind::UnnamedNoDeclarator, Unit->getLocation());
  if (Declarators.size() > 1)
    return Refuse(FixBlocker::Kind::UnnamedSeveralDeclarators, Declarators[1]->getLocation(),
                  Declarators[1]);
  Result.Declarator = Declarators.front();
  if (Result.Declarator->getLocation().isMacroID() || Result.Declarator->getBeginLoc().isMacroID())
    return Refuse(FixBlocker::Kind::MacroExpansion, Result.Declarator->getLocation());
  Result.Base = typeNameFromDeclarator(Result.Declarator->getName());
  if (Result.Base.empty())
    return Refuse(FixBlocker::Kind::UnnamedNoDeclarator, Unit->getLocation());
  return Result;
}

std::optional<FixItHint> nameInsertion(const SourceManager &SM,
                                       const LangOptions &LangOpts, const TagDecl *Unit,
                                       llvm::StringRef Name) {
  SourceLocation Begin = Unit->getBeginLoc();
  if (Begin.isMacroID())
    return std::nullopt;
  FileID File = SM.getFileID(Begin);
  llvm::StringRef Buffer = SM.getBufferData(File);
  Lexer Lex(SM.getLocForStartOfFile(File), LangOpts, Buffer.begin(),
            Buffer.begin() + SM.getFileOffset(Begin), Buffer.end());
  Token Tok;
  Lex.LexFromRawLexer(Tok); // The class key.
  // Attributes between the key and the head's end (`struct alignas(8) {`) are skipped whole.
  int Depth = 0;
  while (!Lex.LexFromRawLexer(Tok) && Tok.isNot(tok::semi)) {
    if (Tok.isOneOf(tok::l_paren, tok::l_square))
      ++Depth;
    else if (Tok.isOneOf(tok::r_paren, tok::r_square))
      --Depth;
    else if (Depth == 0 && Tok.isOneOf(tok::l_brace, tok::colon)) {
      SourceLocation At = Tok.getLocation();
      unsigned Offset = SM.getFileOffset(At);
      bool SpaceBefore = Offset > 0 && llvm::isSpace(Buffer[Offset - 1]);
      return FixItHint::CreateInsertion(At, (SpaceBefore ? "" : " ") + Name.str() + " ");
    }
  }
  return std::nullopt;
}

bool hasMemberNamed(const TagDecl *Unit, llvm::StringRef Name) {
  for (const Decl *Member : Unit->decls())
    if (const auto *Named = dyn_cast<NamedDecl>(Member);
        Named && Named->getIdentifier() && Named->getName() == Name)
      return true;
  return false;
}

FindingNote namingNote(const SourceManager &SM, const TagDecl *Unit,
                       const DeclaratorDecl *Declarator, llvm::StringRef Name) {
  return {SM.getExpansionLoc(Unit->getLocation()),
          "the fix names the unnamed " + Unit->getKindName().str() + " '" + Name.str() +
              "' after " + (isa<FieldDecl>(Declarator) ? "member " : "variable ") +
              quoted(Declarator)};
}

void planUnnamedInPlace(PlannerState &S, const TagDecl *Unit, UnitPlan &Plan) {
  const SourceManager &SM = S.SM;
  const LangOptions &LangOpts = S.Ctx.getLangOpts();
  DeclaratorName Naming = nameFromDeclarator(SM, Unit);
  if (Naming.Blocker) {
    Plan.Blocker = std::move(Naming.Blocker);
    return;
  }
  const DeclaratorDecl *Declarator = Naming.Declarator;
  // A namespace, or the class of a data member: the new name is declared there.
  const DeclContext *Target = Unit->getDeclContext()->getRedeclContext();
  const Decl *Outermost = outermostDeclaration(Unit);
  auto Collision = [&](const std::string &Name) -> std::optional<FixBlocker> {
    if (hasMemberNamed(Unit, Name))
      return FixBlocker{FixBlocker::Kind::NameCollision, SM.getExpansionLoc(Unit->getLocation()),
                        Unit, Unit};
    return S.Names.typeCollision(Unit, Target, Outermost, Name);
  };
  std::optional<std::string> Name = firstFreeName(
      Naming.Base, [&](const std::string &Candidate) { return Collision(Candidate).has_value(); });
  if (!Name) {
    Plan.Blocker = Collision(Naming.Base);
    return;
  }
  SourceText Text(SM, LangOpts);
  std::optional<FixItHint> Insertion = nameInsertion(SM, LangOpts, Unit, *Name);
  SourceLocation TypeBegin = Unit->getBeginLoc();
  SourceLocation TypeEnd = trailingAttributesEnd(Unit, SM, LangOpts);
  SourceLocation DeclBegin = Declarator->getBeginLoc();
  if (!Insertion || TypeEnd.isMacroID() || DeclBegin.isMacroID() ||
      SM.isBeforeInTranslationUnit(TypeBegin, DeclBegin)) {
    Plan.Blocker = FixBlocker{FixBlocker::Kind::MacroExpansion,
                              SM.getExpansionLoc(Unit->getLocation()), Unit};
    return;
  }
  // The specifiers before the type (`static`, `const`) belong to the declaration left behind.
  std::string Prefix = Text.text(DeclBegin, TypeBegin).str();
  unsigned EndOffset = SM.getFileOffset(TypeEnd);
  llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(TypeEnd));
  bool SpaceAfter = EndOffset < Buffer.size() && llvm::isSpace(Buffer[EndOffset]);
  Plan.Edits.push_back(*Insertion);
  if (!Prefix.empty())
    Plan.Edits.push_back(
        FixItHint::CreateRemoval(CharSourceRange::getCharRange(DeclBegin, TypeBegin)));
  Plan.Edits.push_back(FixItHint::CreateInsertion(
      TypeEnd, ";\n" + Text.indentation(DeclBegin) + Prefix + *Name + (SpaceAfter ? "" : " ")));
  Plan.Notes.push_back(namingNote(SM, Unit, Declarator, *Name));
  S.Names.claim(Target, *Name);
  // A nested type declares nothing at namespace scope that another translation unit could meet.
  if (Target->isFileContext())
    Plan.HoistedName = qualifiedNameIn(Target, *Name);
}

/// The unnamed types from `Type` out to `Unit` (not `Unit` itself), innermost first.
static std::vector<const TagDecl *> unnamedBetween(const TagDecl *Type, const TagDecl *Unit) {
  std::vector<const TagDecl *> Result;
  for (const TagDecl *Tag = Type; Tag && Tag != Unit;
       Tag = dyn_cast<TagDecl>(Tag->getDeclContext()))
    if (Tag->getName().empty())
      Result.push_back(Tag);
  return Result;
}

std::vector<FixItHint> planInnerNamings(PlannerState &S, const TagDecl *Unit,
                                        std::vector<FindingNote> &Notes) {
  std::vector<const TagDecl *> Unnamed;
  for (const auto &[Type, Where] : S.Index.Candidates)
    if (Type != Unit && S.Index.ByType.count(Type) && hoistedUnit(Type) == Unit)
      for (const TagDecl *Tag : unnamedBetween(Type, Unit))
        if (!llvm::is_contained(Unnamed, Tag))
          Unnamed.push_back(Tag);
  // Outer types first, so that notes and claims follow the file.
  llvm::sort(Unnamed, [&](const TagDecl *A, const TagDecl *B) {
    return S.SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  });
  std::vector<FixItHint> Edits;
  for (const TagDecl *Tag : Unnamed) {
    auto It = S.InnerNamings.find(Tag);
    if (It == S.InnerNamings.end()) {
      UnitPlan Plan;
      if (std::optional<FixBlocker> Blocker = unitBlocker(S, Tag, /*NameFromDeclarator=*/true))
        Plan.Blocker = std::move(Blocker);
      else
        planUnnamedInPlace(S, Tag, Plan);
      if (Plan.Blocker)
        Plan.Edits.clear();
      It = S.InnerNamings.try_emplace(Tag, std::move(Plan)).first;
    }
    llvm::append_range(Edits, It->second.Edits);
    llvm::append_range(Notes, It->second.Notes);
  }
  return Edits;
}

std::optional<FixBlocker> innerNamingBlocker(const PlannerState &S, const TagDecl *Type,
                                             const TagDecl *Unit) {
  for (const TagDecl *Tag : unnamedBetween(Type, Unit))
    if (auto It = S.InnerNamings.find(Tag); It != S.InnerNamings.end() && It->second.Blocker)
      return It->second.Blocker;
  return std::nullopt;
}

} // namespace serialscope
