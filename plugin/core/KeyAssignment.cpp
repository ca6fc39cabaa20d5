//===- KeyAssignment.cpp --------------------------------------------------===//
#include "KeyAssignment.h"
#include "Suppression.h"

using namespace clang;

namespace serialscope {

KeyAssignment::KeyAssignment(const std::vector<KeySite> &All, const Options &Opts,
                             const SourceManager &SM)
    : Opts(Opts) {
  for (const KeySite &Site : All)
    if (Site.Type && !isSuppressedByNoLint(SM, Site.Loc, DuplicateKeyCheckName))
      Sites.push_back(&Site);
  llvm::stable_sort(Sites, [&](const KeySite *A, const KeySite *B) {
    return SM.isBeforeInTranslationUnit(A->Loc, B->Loc);
  });
}

std::vector<const KeySite *> KeyAssignment::sitesOf(const TagDecl *Type) const {
  std::vector<const KeySite *> Of;
  for (const KeySite *Site : Sites)
    if (Site->Type->getCanonicalDecl() == Type->getCanonicalDecl())
      Of.push_back(Site);
  return Of;
}

bool KeyAssignment::mustGiveUp(const KeySite &Site) const {
  if (Opts.SharedKeys.count({Site.Registry, Site.Key}))
    return true;
  for (const KeySite *Earlier : Sites) {
    if (Earlier == &Site || Earlier->Loc == Site.Loc)
      return false;
    if (Earlier->Registry == Site.Registry && Earlier->Key == Site.Key)
      return Earlier->Type->getCanonicalDecl() != Site.Type->getCanonicalDecl();
  }
  return false;
}

bool KeyAssignment::isTaken(llvm::StringRef Registry, llvm::StringRef Key) const {
  return Opts.TakenKeys.count({Registry.str(), Key.str()}) ||
         llvm::any_of(Sites, [&](const KeySite *Site) {
           return Site->Registry == Registry && Site->Key == Key;
         });
}

} // namespace serialscope
