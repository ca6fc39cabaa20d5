//===- RegistrationKeys.h - one key, two types: check duplicate-registration-key ===//
//
// A type registered by name is found again through its key: Boost's export GUID, cereal's
// binding name, Qt's meta-type name, a configured registration function's name. Two
// different types under one key in one registry make a program that links and runs while
// one side loads the other's data (docs/checks/duplicate-registration-key.md). Each
// translation unit alone looks fine, so the keys are plain data that the standalone tool and
// `serialscope merge` gather from every unit; the clang-tidy check and the plugin look
// within one unit.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_REGISTRATIONKEYS_H
#define SERIALSCOPE_CORE_REGISTRATIONKEYS_H

#include "Report.h"
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace serialscope {

struct EvidenceIndex;

/// One registration of a type under a key, as plain data.
struct KeyRecord {
  std::string Registry; ///< KeySite::Registry.
  std::string Key;      ///< KeySite::Key: what the registry compares.
  std::string Written;  ///< KeySite::Written: the key as written, when it differs.
  /// What tells the registered type apart from every other: its USR, and for a type that no
  /// other unit can name (anonymous namespace, local, a specialization with such an
  /// argument) also `Unit`. A header type seen from two units is then one entity; an
  /// anonymous-namespace type in a header is one per unit that includes it, as at run time.
  std::string Entity;
  std::string TypeName; ///< "(anonymous namespace)::Event", for messages.
  std::string Unit;     ///< Absolute path of the main file of the unit that registers it.
  ReportLocation Where;
};

/// The keys of one unit: `Records[I]` is `Sites[I]` as plain data. Registrations on lines
/// with `NOLINT(serialscope-duplicate-registration-key)` are left out.
struct UnitKeys {
  std::vector<KeySite> Sites;
  std::vector<KeyRecord> Records;
};
UnitKeys collectKeys(const EvidenceIndex &Index, clang::ASTContext &Ctx);

/// `Records` without repeats (a header's registration seen from every unit that includes
/// it), the first of equal records kept, in order.
std::vector<KeyRecord> uniqueKeys(std::vector<KeyRecord> Records);

/// A registration whose key another type also has in the same registry.
struct KeyCollision {
  size_t At = 0;              ///< Index of the registration reported.
  std::vector<size_t> Others; ///< Registrations of the other types under the key.
};

/// Every registration whose key another entity uses too, in the order of `Records` (which
/// uniqueKeys made unique).
std::vector<KeyCollision> findKeyCollisions(const std::vector<KeyRecord> &Records);

/// The finding of one collision as a report (rule DuplicateRegistrationKey): at the
/// registration, a note at each other one, and a note on why there is no fix.
Report keyCollisionReport(const std::vector<KeyRecord> &Records, const KeyCollision &C);

/// A key that a registration may define, read by the standalone tool's prefilter from the
/// tokens of a unit it does not parse (tool/RegistrationKeyScan.h), as plain data.
struct KeyCandidate {
  std::string Registry; ///< As KeyRecord::Registry.
  std::string Key;
  /// The registered type as the registration spells it ("a::Event").
  std::string Type;
  /// A using-directive or a namespace alias came before the registration: its spelling may
  /// name another type in another unit, so it is the same registration only in this unit.
  bool DependsOnUnit = false;
  ReportLocation Where; ///< As KeyRecord::Where.
};

/// For each of `Candidates`, whether another registration may share its key: a record, or
/// another candidate, in the same registry under the same key that is not the same
/// registration. With `Groups` (one per candidate), candidates of one group are not compared
/// (the run that wrote them did).
std::vector<bool> candidatesSharingKeys(const std::vector<KeyRecord> &Records,
                                        const std::vector<KeyCandidate> &Candidates,
                                        const std::vector<size_t> *Groups = nullptr);

nlohmann::json toJson(const KeyCandidate &C);
/// False on a malformed value.
bool fromJson(const nlohmann::json &Value, KeyCandidate &C);

/// Whether candidate `C` and `Other`, of other units, are the same registration (the same
/// place and type), which cannot collide with itself. Unsure is "not the same".
bool sameRegistration(const KeyCandidate &C, const KeyCandidate &Other);
bool sameRegistration(const KeyCandidate &C, const KeyRecord &Other);

nlohmann::json toJson(const KeyRecord &R);
/// False on a malformed value.
bool fromJson(const nlohmann::json &Value, KeyRecord &R);

} // namespace serialscope

#endif
