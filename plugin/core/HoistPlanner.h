//===- HoistPlanner.h - the fix that moves a type to namespace scope -----===//
#ifndef SERIALSCOPE_CORE_HOISTPLANNER_H
#define SERIALSCOPE_CORE_HOISTPLANNER_H

#include "EvidenceFinder.h"
#include "Finding.h"
#include "TypeRenamer.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <set>

namespace serialscope {

/// Plans the fix of each finding (DESIGN §4): a function-scope type moves to just before the
/// outermost namespace-scope declaration that contains its function; an anonymous-namespace
/// type moves out by splitting the namespace around it. A fix is offered only when the result
/// compiles and means the same; otherwise the finding gets a note naming the blocker.
class HoistPlanner {
public:
  /// `Reserved`: qualified names other translation units of the project use (Options::
  /// ReservedNames); a type is never moved to one of them.
  HoistPlanner(clang::ASTContext &Ctx, const EvidenceIndex &Index,
               const std::set<std::string> &Reserved);

  /// Fills `F.Fix`, or `F.FixNotes` with the reason there is no fix. Findings must be planned
  /// in translation-unit order so that name claims are deterministic.
  void plan(Finding &F);

private:
  struct UnitPlan {
    std::vector<clang::FixItHint> Edits;
    std::vector<FindingNote> Blockers;
    /// The finding whose fix carries the edits.
    const clang::TagDecl *FixedBy = nullptr;
    /// Set when another unit's fix moves this one too (one split of an anonymous namespace).
    const clang::TagDecl *MovedBy = nullptr;
    /// Function scope: what goes in before the outermost declaration, and where.
    clang::SourceLocation InsertLoc;
    std::string InsertText;
    /// Notes on what the fix does (a new name, local types moved first).
    std::vector<FindingNote> Notes;
    /// Function scope: the local types this one uses, which must move first.
    std::vector<const clang::TagDecl *> Deps;
    bool Renamed = false;
    /// The qualified name the fix gives it at namespace scope (`shop::Point`).
    std::string HoistedName;
    /// Function scope: it becomes a template over enclosing template parameters.
    bool Templated = false;
    /// Function scope: friend declarations to add, per class (the line to insert).
    std::vector<std::pair<const clang::CXXRecordDecl *, std::string>> Friends;
    /// Function scope: the local type aliases it uses, which must move first.
    std::vector<const clang::TypedefNameDecl *> AliasDeps;
    /// Function scope: forward declarations a qualified friend declaration needs (where, what).
    std::vector<std::pair<clang::SourceLocation, std::string>> ForwardDecls;
  };

  UnitPlan planUnit(const clang::TagDecl *Unit, const Scope &Where);
  void planFunctionScope(const clang::TagDecl *Unit, const Scope &Where, UnitPlan &Plan);
  /// Function scope: moves a local type alias that moving types use, under its own name.
  void planAlias(const clang::TypedefNameDecl *Alias, UnitPlan &Plan);
  /// What would clash with `Alias` moved to `Target` (before `Outermost`).
  std::optional<FindingNote> aliasCollision(const clang::TypedefNameDecl *Alias,
                                            const clang::DeclContext *Target,
                                            const clang::Decl *Outermost);
  std::optional<FindingNote> unitBlocker(const clang::TagDecl *Unit);
  /// Plans every finding's unit directly inside one anonymous namespace block together.
  void planAnonymousBlock(const clang::NamespaceDecl *Namespace);
  /// Why `Unit` cannot leave `Namespace`, or nothing; fills the declarations that move with it.
  std::optional<FindingNote> checkAnonymousUnit(const clang::TagDecl *Unit,
                                                const clang::NamespaceDecl *Namespace,
                                                llvm::SmallPtrSetImpl<const clang::Decl *> &Moving);
  /// A new name for an anonymous-namespace type whose own name would collide outside.
  struct AnonymousRename {
    std::string NewName;
    std::vector<RenameSpot> Spots;
    std::vector<FindingNote> Notes;
  };
  /// Leaves `Rename` empty when `Unit` keeps its name; a blocker when it can keep none.
  std::optional<FindingNote> planAnonymousRename(const clang::TagDecl *Unit,
                                                 const clang::DeclContext *Target,
                                                 AnonymousRename &Rename);
  /// Plans every finding's unit that moves before `Outermost` together.
  void planFunctionGroup(const clang::Decl *Outermost);
  /// What would clash with `Unit` moved to `Target` under `NewName` (empty: its own name).
  /// Another declaration of `Name` that `Moved`, moved to `Target` from inside `Outermost`
  /// (nullptr: from an anonymous namespace), would clash with or change the lookup of.
  const clang::NamedDecl *sameNameDeclaration(const clang::NamedDecl *Moved,
                                              const clang::DeclContext *Target,
                                              const clang::Decl *Outermost,
                                              clang::DeclarationName Name) const;
  std::optional<FindingNote> findNameCollision(const clang::TagDecl *Unit,
                                               const clang::DeclContext *Target,
                                               const clang::Decl *Outermost,
                                               llvm::StringRef NewName);
  bool claimName(const clang::DeclContext *Target, llvm::StringRef Name);
  /// The reserved name (another translation unit's) that `Name` moved to `Target` would meet:
  /// in `Target`, or in a namespace around it, whose name it would shadow.
  std::optional<std::string> reservedCollision(const clang::DeclContext *Target,
                                               llvm::StringRef Name) const;

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const EvidenceIndex &Index;
  const std::set<std::string> &Reserved;
  llvm::DenseMap<const clang::TagDecl *, UnitPlan> Units;
  std::set<std::pair<const clang::DeclContext *, std::string>> ClaimedNames;
};

} // namespace serialscope

#endif
