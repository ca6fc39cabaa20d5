//===- RegistrationKeys.cpp -----------------------------------------------===//
#include "RegistrationKeys.h"
#include "ClangCompat.h"
#include "EvidenceFinder.h"
#include "Options.h"
#include "Suppression.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>
#include <tuple>

using namespace clang;

namespace serialscope {
namespace {

std::string typeNameOf(const TagDecl *Type) {
  PrintingPolicy Policy(Type->getASTContext().getLangOpts());
  Policy.SuppressTagKeyword = true;
  return compat::tagType(Type->getASTContext(), Type).getAsString(Policy);
}

/// KeyRecord::Entity. A type without linkage outside its unit is a different type in every
/// unit, even when one header declares it.
std::string entityOf(const TagDecl *Type, llvm::StringRef Unit) {
  llvm::SmallString<128> Usr;
  // generateUSRForDecl returns true when it cannot name the declaration.
  std::string Entity = index::generateUSRForDecl(Type, Usr) ? typeNameOf(Type) : std::string(Usr);
  if (!Type->isExternallyVisible())
    Entity += "|unit:" + Unit.str();
  return Entity;
}

/// A key, and how the registration writes it when the registry compares another spelling:
/// "'ns::Event' (written 'const ns::Event &')".
std::string quotedKey(const KeyRecord &R) {
  return "'" + R.Key + "'" + (R.Written.empty() ? "" : " (written '" + R.Written + "')");
}

/// How a message names a registry and key: "Boost.Serialization export key 'Event'".
std::string keyPhrase(const KeyRecord &R) {
  llvm::StringRef Registry = R.Registry;
  std::string What = Registry == "boost"    ? "Boost.Serialization export key"
                     : Registry == "cereal" ? "cereal registration name"
                     : Registry == "qt"     ? "Qt meta-type name"
                     : Registry.consume_front("config:")
                         ? "'" + Registry.str() + "' key"
                         : "registration key";
  return What + " " + quotedKey(R);
}

std::string fileName(llvm::StringRef Path) { return llvm::sys::path::filename(Path).str(); }

} // namespace

UnitKeys collectKeys(const EvidenceIndex &Index, ASTContext &Ctx) {
  UnitKeys Keys;
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Unit;
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    Unit = absolutePath(Main->getName());
  for (const KeySite &Site : Index.Keys) {
    if (isSuppressedByNoLint(SM, Site.Loc, DuplicateKeyCheckName))
      continue;
    KeyRecord R;
    R.Registry = Site.Registry;
    R.Key = Site.Key;
    R.Written = Site.Written;
    R.Entity = entityOf(Site.Type, Unit);
    R.TypeName = typeNameOf(Site.Type);
    R.Unit = Unit;
    R.Where = makeLocation(Site.Loc, SM, Ctx.getLangOpts());
    // One registration seen twice (a header included twice) is one.
    if (llvm::any_of(Keys.Records, [&](const KeyRecord &Old) {
          return Old.Registry == R.Registry && Old.Key == R.Key && Old.Entity == R.Entity &&
                 Old.Where.Offset == R.Where.Offset && Old.Where.File == R.Where.File;
        }))
      continue;
    Keys.Sites.push_back(Site);
    Keys.Records.push_back(std::move(R));
  }
  return Keys;
}

std::vector<KeyRecord> uniqueKeys(std::vector<KeyRecord> Records) {
  std::set<std::tuple<std::string, std::string, std::string, std::string, uint64_t>> Seen;
  std::vector<KeyRecord> Unique;
  for (KeyRecord &R : Records)
    if (Seen.insert({R.Registry, R.Key, R.Entity, R.Where.File, R.Where.Offset}).second)
      Unique.push_back(std::move(R));
  return Unique;
}

std::vector<KeyCollision> findKeyCollisions(const std::vector<KeyRecord> &Records) {
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> ByKey;
  for (size_t I = 0; I < Records.size(); ++I)
    ByKey[{Records[I].Registry, Records[I].Key}].push_back(I);
  std::vector<KeyCollision> Collisions;
  for (size_t I = 0; I < Records.size(); ++I) {
    KeyCollision C;
    C.At = I;
    for (size_t J : ByKey[{Records[I].Registry, Records[I].Key}])
      if (Records[J].Entity != Records[I].Entity)
        C.Others.push_back(J);
    if (!C.Others.empty())
      Collisions.push_back(std::move(C));
  }
  return Collisions;
}

Report keyCollisionReport(const std::vector<KeyRecord> &Records, const KeyCollision &C) {
  const KeyRecord &At = Records[C.At];
  Report R;
  R.Rule = Rule::DuplicateRegistrationKey;
  R.Where = At.Where;
  R.TypeName = At.TypeName;
  R.Identity = "key|" + At.Registry + "|" + At.Key + "|" + At.Entity;
  R.RegisteredByName = true;
  R.Registry = At.Registry;
  R.RegistrationKey = At.Key;
  R.Message = "type '" + At.TypeName + "' is registered under " + keyPhrase(At) +
              ", which another type also has: loading by that key will use the wrong type at "
              "run time";
  for (size_t Other : C.Others) {
    const KeyRecord &O = Records[Other];
    std::string Where = O.Unit == At.Unit && At.Entity.find("|unit:") == std::string::npos
                            ? ""
                            : " (translation unit '" + fileName(O.Unit) + "')";
    R.Notes.push_back(
        {O.Where,
         "type '" + O.TypeName + "'" + Where + " is registered under " + quotedKey(O) + " here",
         ReportNote::Kind::Evidence});
  }
  R.Notes.push_back({At.Where,
                     "no fix: archives and registries hold the key, so which type data written "
                     "under it belongs to is not known; give each type a key of its own (the fix "
                     "that renames a type to move it to namespace scope gives it one)",
                     ReportNote::Kind::Blocker});
  R.FixBlocker = "shared-key";
  return R;
}

std::vector<bool> candidatesSharingKeys(const std::vector<KeyRecord> &Records,
                                        const std::vector<KeyCandidate> &Candidates,
                                        const std::vector<size_t> *Groups) {
  using Key = std::pair<std::string, std::string>;
  std::map<Key, std::vector<size_t>> RecordsByKey, CandidatesByKey;
  for (size_t I = 0; I < Records.size(); ++I)
    RecordsByKey[{Records[I].Registry, Records[I].Key}].push_back(I);
  for (size_t I = 0; I < Candidates.size(); ++I)
    CandidatesByKey[{Candidates[I].Registry, Candidates[I].Key}].push_back(I);
  std::vector<bool> Shares(Candidates.size());
  for (size_t I = 0; I < Candidates.size(); ++I) {
    const KeyCandidate &C = Candidates[I];
    Key K{C.Registry, C.Key};
    Shares[I] =
        llvm::any_of(RecordsByKey[K], [&](size_t R) { return !sameRegistration(C, Records[R]); }) ||
        llvm::any_of(CandidatesByKey[K], [&](size_t O) {
          return O != I && (!Groups || (*Groups)[O] != (*Groups)[I]) &&
                 !sameRegistration(C, Candidates[O]);
        });
  }
  return Shares;
}

/// `Out` = the string member `Name` of `Value`; false when it is missing or not a string.
static bool readString(const nlohmann::json &Value, const char *Name, std::string &Out) {
  auto It = Value.find(Name);
  if (It == Value.end() || !It->is_string())
    return false;
  Out = It->get<std::string>();
  return true;
}

nlohmann::json toJson(const KeyCandidate &C) {
  return {{"registry", C.Registry},
          {"key", C.Key},
          {"type", C.Type},
          {"dependsOnUnit", C.DependsOnUnit},
          {"location", toJson(C.Where)}};
}

bool fromJson(const nlohmann::json &Value, KeyCandidate &C) {
  auto Read = [&](const char *Name, std::string &Out) { return readString(Value, Name, Out); };
  if (!Value.is_object() || !Read("registry", C.Registry) || !Read("key", C.Key) ||
      !Read("type", C.Type))
    return false;
  auto Depends = Value.find("dependsOnUnit");
  auto Location = Value.find("location");
  if (Depends == Value.end() || !Depends->is_boolean() || Location == Value.end())
    return false;
  C.DependsOnUnit = Depends->get<bool>();
  return fromJson(*Location, C.Where);
}

bool sameRegistration(const KeyCandidate &C, const KeyCandidate &Other) {
  return !C.DependsOnUnit && !Other.DependsOnUnit && C.Registry == Other.Registry &&
         C.Key == Other.Key && C.Type == Other.Type && C.Where.File == Other.Where.File &&
         C.Where.Offset == Other.Where.Offset;
}

bool sameRegistration(const KeyCandidate &C, const KeyRecord &Other) {
  // The record names its type as clang prints it; a spelling that prints otherwise
  // ("Box<int >", a shorter qualifier) only costs a parse.
  return !C.DependsOnUnit && C.Registry == Other.Registry && C.Key == Other.Key &&
         C.Type == Other.TypeName && Other.Entity.find("|unit:") == std::string::npos &&
         C.Where.File == Other.Where.File && C.Where.Offset == Other.Where.Offset;
}

nlohmann::json toJson(const KeyRecord &R) {
  nlohmann::json Value = {{"registry", R.Registry}, {"key", R.Key},
                          {"entity", R.Entity},     {"type", R.TypeName},
                          {"unit", R.Unit},         {"location", toJson(R.Where)}};
  if (!R.Written.empty())
    Value["written"] = R.Written;
  return Value;
}

bool fromJson(const nlohmann::json &Value, KeyRecord &R) {
  auto Read = [&](const char *Name, std::string &Out) { return readString(Value, Name, Out); };
  if (!Value.is_object() || !Read("registry", R.Registry) || !Read("key", R.Key) ||
      !Read("entity", R.Entity) || !Read("type", R.TypeName) || !Read("unit", R.Unit))
    return false;
  // Present only when the key was written otherwise.
  if (Value.contains("written") && !Read("written", R.Written))
    return false;
  auto Location = Value.find("location");
  return Location != Value.end() && fromJson(*Location, R.Where);
}

} // namespace serialscope
