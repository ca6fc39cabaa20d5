//===- Analyzer.cpp -------------------------------------------------------===//
#include "Analyzer.h"
#include "EvidenceFinder.h"
#include "HoistPlanner.h"
#include "Suppression.h"

#include "clang/Basic/Version.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace serialscope {

std::vector<Finding> analyze(ASTContext &Ctx, const Options &Opts) {
  EvidenceIndex Index = findEvidence(Ctx, Opts);
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
  llvm::sort(Findings, [&](const Finding &A, const Finding &B) {
    return Before(A.location(), B.location());
  });

  HoistPlanner Planner(Ctx, Index, Opts.ReservedNames);
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
  return Notes;
}

bool runningClangMatchesBuild(std::string &Running, std::string &Built) {
  Running = getClangFullVersion();
  Built = CLANG_VERSION_STRING;
  // "Debian clang version 19.1.7 (...)": the major version is what the ABI depends on.
  llvm::StringRef Version = Running;
  size_t At = Version.find("version ");
  if (At == llvm::StringRef::npos)
    return false;
  llvm::StringRef Number = Version.substr(At + 8);
  return Number.starts_with(std::to_string(CLANG_VERSION_MAJOR) + ".");
}

} // namespace serialscope
