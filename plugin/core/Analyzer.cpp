//===- Analyzer.cpp -------------------------------------------------------===//
#include "Analyzer.h"
#include "EvidenceFinder.h"
#include "HoistPlanner.h"
#include "RegistrationKeys.h"
#include "Suppression.h"

#include "clang/Basic/Version.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <cstdio>
#include <map>

using namespace clang;

namespace serialscope {
namespace {

/// Orders findings as the translation unit reads. Findings at one place of one file (one
/// macro expansion, a header included several times) come together, at the place's first
/// appearance, in the order of their messages: the order clang-tidy sorts its diagnostics in,
/// so that every front end prints them alike.
void sortByPlace(std::vector<Finding> &Findings, const SourceManager &SM) {
  std::map<std::pair<const FileEntry *, unsigned>, SourceLocation> FirstAtPlace;
  auto PlaceOf = [&](const Finding &F) {
    std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(F.location());
    return std::make_pair(SM.getFileEntryForID(Decomposed.first), Decomposed.second);
  };
  for (const Finding &F : Findings) {
    auto [It, New] = FirstAtPlace.try_emplace(PlaceOf(F), F.location());
    if (!New && SM.isBeforeInTranslationUnit(F.location(), It->second))
      It->second = F.location();
  }
  std::vector<std::pair<SourceLocation, std::string>> Keys;
  for (const Finding &F : Findings)
    Keys.emplace_back(FirstAtPlace[PlaceOf(F)], F.message());
  std::vector<size_t> Order(Findings.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  // Stable by index: libstdc++'s std::stable_sort uses a deprecated buffer API clang warns on.
  llvm::sort(Order, [&](size_t A, size_t B) {
    if (Keys[A].first != Keys[B].first)
      return SM.isBeforeInTranslationUnit(Keys[A].first, Keys[B].first);
    if (Keys[A].second != Keys[B].second)
      return Keys[A].second < Keys[B].second;
    return A < B;
  });
  std::vector<Finding> Sorted;
  for (size_t I : Order)
    Sorted.push_back(std::move(Findings[I]));
  Findings = std::move(Sorted);
}

} // namespace

std::vector<Finding> analyze(ASTContext &Ctx, const Options &Opts, UnitKeys *Keys) {
  EvidenceIndex Index = findEvidence(Ctx, Opts);
  if (Keys)
    *Keys = collectKeys(Index, Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };

  std::vector<Finding> Findings;
  llvm::SmallPtrSet<const TagDecl *, 4> Suppressed;
  for (const auto &[Type, Where] : Index.Candidates) {
    if ((Where.Kind == ScopeKind::AnonymousNamespace && !Opts.ReportAnonymousNamespaces) ||
        (Where.Kind == ScopeKind::Unnamed && !Opts.ReportUnnamed))
      continue;
    auto It = Index.ByType.find(Type);
    if (It == Index.ByType.end())
      continue;
    Finding F;
    F.Type = Type;
    F.Where = Where;
    F.Evidences = It->second;
    llvm::sort(F.Evidences, [&](const Evidence &A, const Evidence &B) {
      if (A.Loc != B.Loc)
        return Before(A.Loc, B.Loc);
      return A.Id < B.Id;
    });
    // NOLINT is applied in the core so that every front end silences the same findings.
    if (isSuppressedByNoLint(SM, F.location(), CheckName)) {
      Suppressed.insert(Type);
      continue;
    }
    Findings.push_back(std::move(F));
  }
  // The planner moves every candidate of a function or an anonymous namespace in one fix; a
  // suppressed type must stay where it is.
  llvm::erase_if(Index.Candidates,
                 [&](const auto &Candidate) { return Suppressed.count(Candidate.first); });
  sortByPlace(Findings, SM);

  HoistPlanner Planner(Ctx, Index, Opts);
  for (Finding &F : Findings)
    Planner.plan(F);
  return Findings;
}

std::vector<FindingNote> notesOf(const Finding &F) {
  std::vector<FindingNote> Notes;
  for (const Evidence &E : F.Evidences)
    Notes.push_back({E.Loc, "evidence [" + E.Id.str() + "]: " + E.Description});
  llvm::append_range(Notes, F.FixNotes);
  if (F.Blocker)
    Notes.push_back({F.Blocker->Loc, describe(*F.Blocker)});
  // At the place in the file that the standalone tool prints, so that clang-tidy and the
  // compiler add no "expanded from macro" notes of their own (a note inside a macro).
  const SourceManager &SM = F.Type->getASTContext().getSourceManager();
  for (FindingNote &Note : Notes)
    if (Note.Loc.isMacroID())
      Note.Loc = SM.getFileLoc(Note.Loc);
  return Notes;
}

bool refuseOtherClang(const char *Component, const char *Host) {
  std::string Running = getClangFullVersion();
  // "Debian clang version 19.1.7 (...)": the major version is what the ABI depends on.
  llvm::StringRef Version = Running;
  size_t At = Version.find("version ");
  if (At != llvm::StringRef::npos &&
      Version.substr(At + 8).starts_with(std::to_string(CLANG_VERSION_MAJOR) + "."))
    return false;
  std::fprintf(stderr, "error: %s was built for Clang %s but is loaded into %s; use %s-%d\n",
               Component, CLANG_VERSION_STRING, Running.c_str(), Host, CLANG_VERSION_MAJOR);
  return true;
}

} // namespace serialscope
