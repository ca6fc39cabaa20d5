//===- NameClaims.h - what a moved name would meet at namespace scope ----===//
#ifndef SERIALSCOPE_CORE_NAMECLAIMS_H
#define SERIALSCOPE_CORE_NAMECLAIMS_H

#include "EvidenceFinder.h"
#include "FixBlocker.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <set>
#include <string>

namespace serialscope {

/// The names this run's fixes take at namespace scope, and the checks a new name must pass
/// there: no other declaration of it in the file, in a namespace around it, or in another
/// translation unit of the project.
class NameClaims {
public:
  /// `Reserved`: qualified names other translation units of the project use (Options::
  /// ReservedNames); a type is never moved to one of them.
  NameClaims(clang::ASTContext &Ctx, const EvidenceIndex &Index,
             const std::set<std::string> &Reserved)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Index(Index), Reserved(Reserved) {}

  /// Records that a fix declares `Name` in `Target`; false if one already does.
  bool claim(const clang::DeclContext *Target, llvm::StringRef Name);
  bool isClaimed(const clang::DeclContext *Target, llvm::StringRef Name) const;
  /// The reserved name (another translation unit's) that `Name` moved to `Target` would meet:
  /// in `Target`, or in a namespace around it, whose name it would shadow.
  std::optional<std::string> reservedCollision(const clang::DeclContext *Target,
                                               llvm::StringRef Name) const;
  /// Whether another translation unit of the project uses the qualified name.
  bool isReserved(llvm::StringRef Qualified) const { return Reserved.count(Qualified.str()); }
  /// Another declaration of `Name` that `Moved`, moved to `Target` from inside `Outermost`
  /// (nullptr: from an anonymous namespace), would clash with or change the lookup of.
  const clang::NamedDecl *sameNameDeclaration(const clang::NamedDecl *Moved,
                                              const clang::DeclContext *Target,
                                              const clang::Decl *Outermost,
                                              clang::DeclarationName Name) const;
  /// What would clash with `Unit` moved to `Target` under `NewName` (empty: its own name).
  std::optional<FixBlocker> typeCollision(const clang::TagDecl *Unit,
                                          const clang::DeclContext *Target,
                                          const clang::Decl *Outermost,
                                          llvm::StringRef NewName) const;
  /// What would clash with `Alias` moved to `Target` (before `Outermost`) under its own name.
  std::optional<FixBlocker> aliasCollision(const clang::TypedefNameDecl *Alias,
                                           const clang::DeclContext *Target,
                                           const clang::Decl *Outermost) const;

private:
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const EvidenceIndex &Index;
  const std::set<std::string> &Reserved;
  std::set<std::pair<const clang::DeclContext *, std::string>> Claimed;
};

/// The first declaration other than `Unit` (and its own redeclarations) that carries `Name`
/// inside one of `Roots`, or null; with no `Unit`, any declaration (the roots' own too).
const clang::NamedDecl *findSameName(const clang::NamedDecl *Unit, clang::DeclarationName Name,
                                     llvm::ArrayRef<const clang::Decl *> Roots);

} // namespace serialscope

#endif
