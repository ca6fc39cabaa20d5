//===- NameResolution.cpp -------------------------------------------------===//
#include "NameResolution.h"
#include "FixBlocker.h"
#include "FixVerification.h"
#include "ProjectNames.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace serialscope {

void NameResolution::addDeclared(size_t Unit, const std::vector<std::string> &Names,
                                 bool KeepOwn) {
  Declared.insert(Names.begin(), Names.end());
  if (KeepOwn)
    Own[Unit].insert(Names.begin(), Names.end());
}

std::map<size_t, NameResolution::Rerun>
NameResolution::conflicts(const std::vector<Report> &Reports, const std::vector<size_t> &FixFrom,
                          const std::vector<std::string> &MainFiles) const {
  // Every hoisted name with the unit whose fix declares it, in job order.
  struct Hoist {
    size_t Unit, Report;
    const std::string *Name;
    size_t Order;
  };
  std::vector<Hoist> Hoists;
  for (size_t I = 0; I < Reports.size(); ++I)
    if (FixFrom[I] != NoUnit && !Reports[I].Fix.empty())
      for (const std::string &Name : Reports[I].HoistedNames)
        Hoists.push_back({FixFrom[I], I, &Name, Hoists.size()});
  llvm::sort(Hoists, [](const Hoist &A, const Hoist &B) {
    return std::tie(A.Unit, A.Order) < std::tie(B.Unit, B.Order);
  });

  std::map<size_t, Rerun> Result;
  std::map<std::string, size_t> FirstHoister;
  static const std::set<std::string> None;
  for (const Hoist &H : Hoists) {
    auto OwnNames = Own.find(H.Unit);
    const std::set<std::string> &Seen = OwnNames == Own.end() ? None : OwnNames->second;
    // Declared where this unit's own check could not see it.
    auto Unseen = [&](const std::string &Name) {
      return Declared.count(Name) && !Seen.count(Name);
    };
    bool DeclaredElsewhere = Unseen(*H.Name);
    // A type moved in a header is seen by every unit that includes it: there it would also
    // hide a name of an enclosing namespace (`::Point` for code in `shop`).
    std::vector<std::string> Hidden;
    if (H.Unit < MainFiles.size() && Reports[H.Report].Where.File != MainFiles[H.Unit]) {
      llvm::StringRef Name = *H.Name;
      llvm::StringRef Namespace = namespaceOf(Name);
      llvm::StringRef Unqualified = Namespace.empty() ? Name : Name.drop_front(Namespace.size() + 2);
      while (!Namespace.empty()) {
        Namespace = namespaceOf(Namespace);
        std::string Candidate =
            Namespace.empty() ? Unqualified.str() : (Namespace + "::" + Unqualified).str();
        if (Unseen(Candidate))
          Hidden.push_back(Candidate);
      }
    }
    auto [First, New] = FirstHoister.try_emplace(*H.Name, H.Unit);
    if (!DeclaredElsewhere && Hidden.empty() && (New || First->second == H.Unit))
      continue;
    Rerun &R = Result[H.Unit];
    R.Names.insert(*H.Name);
    R.Hidden.insert(Hidden.begin(), Hidden.end());
    if (R.Conflicting.empty() || R.Conflicting.back() != H.Report)
      R.Conflicting.push_back(H.Report);
  }

  if (Result.empty())
    return Result;
  // The declared names by namespace, once: a project declares many more names than it has
  // conflicts.
  std::map<llvm::StringRef, std::vector<const std::string *>> ByNamespace;
  for (const std::string &Name : Declared)
    ByNamespace[namespaceOf(Name)].push_back(&Name);
  for (auto &[Unit, R] : Result) {
    std::set<std::string> Namespaces;
    for (const std::string &Name : R.Names)
      Namespaces.insert(namespaceOf(Name).str());
    auto InvolvedNamespace = [&](const std::string &Name) {
      return Namespaces.count(namespaceOf(Name).str()) != 0;
    };
    R.Reserved = R.Names;
    R.Reserved.insert(R.Hidden.begin(), R.Hidden.end());
    for (const std::string &Namespace : Namespaces)
      if (auto It = ByNamespace.find(Namespace); It != ByNamespace.end())
        for (const std::string *Name : It->second)
          R.Reserved.insert(*Name);
    // Other units' hoists, except names this unit keeps (it hoists them first).
    std::set<std::string> Keeps;
    for (const Hoist &H : Hoists)
      if (H.Unit == Unit && !R.Names.count(*H.Name))
        Keeps.insert(*H.Name);
    for (const Hoist &H : Hoists)
      if (H.Unit != Unit && InvolvedNamespace(*H.Name) && !Keeps.count(*H.Name))
        R.Reserved.insert(*H.Name);
  }
  return Result;
}
namespace {
/// Who registers each key of the project first (job order, then the unit's order), and
/// whether other units register it too: computed once for every unit analyzed again.
struct KeyOwner {
  size_t Unit;
  const std::string *Entity;
  bool SeveralUnits;
};
using RegistryKey = std::pair<std::string, std::string>;

std::map<RegistryKey, KeyOwner> keyOwners(const std::vector<std::vector<KeyRecord>> &KeysByUnit) {
  std::map<RegistryKey, KeyOwner> Owners;
  for (size_t U = 0; U < KeysByUnit.size(); ++U)
    for (const KeyRecord &R : KeysByUnit[U]) {
      auto [It, New] = Owners.try_emplace({R.Registry, R.Key}, KeyOwner{U, &R.Entity, false});
      It->second.SeveralUnits |= It->second.Unit != U;
    }
  return Owners;
}

/// Sets `Config.SharedKeys` and `TakenKeys` of unit `Unit`: a key is kept by the type that
/// registers it first, so the unit's other types under it give it up.
void setProjectKeys(const std::map<RegistryKey, KeyOwner> &Owners,
                    const std::vector<std::vector<KeyRecord>> &KeysByUnit, size_t Unit,
                    Options &Config) {
  for (const auto &[Key, Owner] : Owners)
    if (Owner.Unit != Unit || Owner.SeveralUnits)
      Config.TakenKeys.insert(Key);
  if (Unit < KeysByUnit.size())
    for (const KeyRecord &R : KeysByUnit[Unit]) {
      const KeyOwner &Owner = Owners.at({R.Registry, R.Key});
      if (Owner.Unit != Unit && *Owner.Entity != R.Entity)
        Config.SharedKeys.insert({R.Registry, R.Key});
    }
}
} // namespace

unsigned resolveProjectNames(const clang::tooling::CompilationDatabase &Database,
                             const std::vector<TranslationUnitJob> &Units,
                             const RunSettings &Settings, const NameResolution &Names,
                             const std::vector<std::vector<KeyRecord>> &KeysByUnit,
                             std::vector<Report> &Reports, const std::vector<size_t> &ReportFrom,
                             std::vector<size_t> &FixFrom, unsigned MaxRounds) {
  unsigned Analyzed = 0;
  // Spelled as reports spell files, to tell a unit's own file from its headers.
  std::vector<std::string> MainFiles;
  for (const TranslationUnitJob &Job : Units)
    MainFiles.push_back(absolutePath(Job.File));
  const std::map<RegistryKey, KeyOwner> Owners = keyOwners(KeysByUnit);
  for (unsigned Round = 1;; ++Round) {
    std::map<size_t, NameResolution::Rerun> Conflicts =
        Names.conflicts(Reports, FixFrom, MainFiles);
    if (Conflicts.empty())
      break;
    std::set<std::string> Clashing;
    for (const auto &[Unit, R] : Conflicts)
      Clashing.insert(R.Names.begin(), R.Names.end());
    std::string Listed;
    for (const std::string &Name : Clashing)
      Listed += (Listed.empty() ? "'" : ", '") + Name + "'";
    if (Round > MaxRounds) {
      // Better no fix than two different types of one name in one program.
      for (const auto &[Unit, R] : Conflicts)
        for (size_t I : R.Conflicting)
          for (const std::string &Name : Reports[I].HoistedNames)
            if (R.Names.count(Name)) {
              FixBlocker Why{FixBlocker::Kind::ProjectNamesExhausted, {}};
              Why.Detail = Name;
              Why.Count = MaxRounds;
              dropFix(Reports[I], FixFrom[I], Why);
              break;
            }
      llvm::errs() << "serialscope: warning: no fix for " << Listed
                   << ": no name unique in the project was found\n";
      break;
    }
    std::vector<TranslationUnitJob> Jobs;
    std::vector<size_t> Which;
    for (const auto &[Unit, R] : Conflicts) {
      Jobs.push_back(Units[Unit]);
      Jobs.back().Config.ReservedNames = R.Reserved;
      setProjectKeys(Owners, KeysByUnit, Unit, Jobs.back().Config);
      Which.push_back(Unit);
    }
    llvm::errs() << "serialscope: analyzing " << Jobs.size()
                 << (Jobs.size() == 1 ? " file" : " files")
                 << " again: their fixes would declare " << Listed
                 << ", which other translation units of the project use too\n";
    runTranslationUnits(Database, Jobs, Settings, [&](size_t I, TranslationUnitResult Result) {
      size_t Unit = Which[I];
      bool Ok = Result.State == TranslationUnitResult::Status::Ok;
      std::map<std::string, const Report *> ByKey;
      for (const Report &R : Result.Reports)
        ByKey.emplace(R.key(), &R);
      for (size_t K = 0; K < Reports.size(); ++K) {
        if (FixFrom[K] != Unit && ReportFrom[K] != Unit)
          continue;
        auto It = ByKey.find(Reports[K].key());
        if (!Ok || It == ByKey.end()) {
          if (FixFrom[K] == Unit)
            dropFix(Reports[K], FixFrom[K], FixBlocker{FixBlocker::Kind::ReanalysisFailed, {}});
          continue;
        }
        // What the fix does (or what blocks it) is said in the notes of the unit that
        // reported the finding.
        if (ReportFrom[K] == Unit) {
          Reports[K].Notes = It->second->Notes;
          Reports[K].FixBlocker = It->second->FixBlocker;
        }
        if (FixFrom[K] == Unit) {
          Reports[K].Fix = It->second->Fix;
          Reports[K].HoistedNames = It->second->HoistedNames;
          if (Reports[K].Fix.empty())
            FixFrom[K] = NameResolution::NoUnit;
        }
      }
    });
    Analyzed += Jobs.size();
  }
  return Analyzed;
}

} // namespace serialscope
