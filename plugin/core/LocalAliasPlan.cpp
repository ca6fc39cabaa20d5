//===- LocalAliasPlan.cpp - moving a local type alias before its function ===//
#include "FunctionScopePlan.h"
#include "DeclExtent.h"
#include "DeclScopes.h"
#include "LookupChecks.h"
#include "ScopeClassifier.h"
#include "SourceText.h"
#include "TextEdits.h"

using namespace clang;

namespace serialscope {

void planAlias(PlannerState &S, const TypedefNameDecl *Alias, UnitPlan &Plan) {
  ASTContext &Ctx = S.Ctx;
  const SourceManager &SM = S.SM;
  auto Refuse = [&](SourceLocation Loc, FixBlocker::Kind K, const NamedDecl *Entity = nullptr) {
    Plan.Blocker = FixBlocker{K, SM.getExpansionLoc(Loc), Alias, Entity};
  };
  if (Alias->getBeginLoc().isMacroID() || Alias->getLocation().isMacroID() ||
      Alias->getEndLoc().isMacroID()) {
    Refuse(Alias->getLocation(), FixBlocker::Kind::MacroExpansion);
    return;
  }
  // The macro may not be defined, or mean the same, where the alias lands.
  if (spelledWithMacro(Alias)) {
    Refuse(Alias->getLocation(), FixBlocker::Kind::MacroSpelled);
    return;
  }
  const Decl *Outermost = outermostDeclaration(Alias);
  const Decl *Anchor = insertionAnchor(Alias);
  const DeclContext *Target = Anchor->getLexicalDeclContext()->getRedeclContext();
  SourceText Text(SM, Ctx.getLangOpts());
  SourceLocation OutermostBegin = Outermost->getBeginLoc();
  SourceLocation InsertLoc = Text.leadingCommentStart(Anchor->getBeginLoc());
  std::vector<const NamedDecl *> NonPublic;
  DependencySinks Sinks;
  Sinks.LocalTypes = &Plan.Deps;
  Sinks.LocalAliases = &Plan.AliasDeps;
  Sinks.NonPublic = &NonPublic;
  if (std::optional<FixBlocker> Blocker = checkDependencies(
          Alias, Target, InsertLoc, DependencyMode::FromFunction, S.Index, SM, Sinks)) {
    Plan.Blocker = std::move(Blocker);
    return;
  }
  if (std::optional<FixBlocker> Blocker =
          anonymousExitBlocker(S, Alias, Outermost, Anchor, Target)) {
    Plan.Blocker = std::move(Blocker);
    return;
  }
  if (!NonPublic.empty()) {
    Refuse(NonPublic.front()->getLocation(), FixBlocker::Kind::NonPublicMember, NonPublic.front());
    return;
  }
  if (std::optional<FixBlocker> Collision = S.Names.aliasCollision(Alias, Target, Outermost)) {
    Plan.Blocker = std::move(Collision);
    return;
  }
  const Decl *Function = enclosingFunction(Alias);
  const DeclStmt *Statement = Function ? findDeclStmt(Function, Alias) : nullptr;
  if (!Statement || !Statement->isSingleDecl()) {
    Refuse(Alias->getLocation(), FixBlocker::Kind::NotADeclarationStatement);
    return;
  }
  SourceLocation Begin = Alias->getBeginLoc();
  SourceLocation MovedBegin = Text.leadingCommentStart(Begin, /*StopAtNolint=*/true);
  Plan.Moved.Begin = MovedBegin;
  Plan.Moved.End = Statement->getEndLoc().getLocWithOffset(1);
  Plan.Moved.FromIndent = Text.indentation(Begin);
  if (!keepConditions(S, Plan.Moved, InsertLoc, Alias, Plan))
    return;
  Plan.Edits.push_back(statementRemoval(Text, MovedBegin, Statement->getEndLoc(), OutermostBegin));
  Plan.InsertLoc = InsertLoc;
}

} // namespace serialscope
