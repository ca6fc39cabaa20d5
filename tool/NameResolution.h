//===- NameResolution.h - hoisted names unique across the whole project ---===//
#ifndef SERIALSCOPE_TOOL_NAMERESOLUTION_H
#define SERIALSCOPE_TOOL_NAMERESOLUTION_H

#include "RegistrationKeys.h"
#include "Report.h"
#include "TranslationUnitRunner.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace serialscope {

/// Checks that the names the fixes of a whole run declare at namespace scope are unique in the
/// project (issue #4 item 8). Each translation unit's planner only sees what that unit
/// includes; two units that each hoist a `Point` into one namespace, or one that hoists a
/// `Point` that another unit declares, would give one program two different `Point`s.
class NameResolution {
public:
  /// The names unit `Unit` (its index in job order) declares at namespace scope.
  /// `KeepOwn`: the unit's fixes hoist something, so what it sees itself is kept.
  void addDeclared(size_t Unit, const std::vector<std::string> &Names, bool KeepOwn);

  /// A unit to analyze again, and the names its fixes must not use.
  struct Rerun {
    std::set<std::string> Reserved;
    /// The reports (indices into the report list) whose fix uses a name it must not.
    std::vector<size_t> Conflicting;
    /// The conflicting names, for the message.
    std::set<std::string> Names;
    /// Names of enclosing namespaces that a type moved in a header would hide in units that
    /// include it (reserved too: the planner checks enclosing namespaces).
    std::set<std::string> Hidden;
  };

  /// `FixFrom[I]` is the unit whose analysis gave `Reports[I].Fix` (`NoUnit` when none). A
  /// hoisted name conflicts when a unit that does not see it declares it, or when an earlier
  /// unit (job order) hoists it too: the first unit keeps the name. The reserved names of a
  /// unit are the conflicting ones and every name other units declare or hoist in the same
  /// namespaces, so that the name it derives instead is unique too. `MainFiles[U]` is unit
  /// U's source file: a type moved elsewhere (a header) must not hide, in the units that
  /// include it, a name of an enclosing namespace either.
  std::map<size_t, Rerun> conflicts(const std::vector<Report> &Reports,
                                    const std::vector<size_t> &FixFrom,
                                    const std::vector<std::string> &MainFiles) const;

  static constexpr size_t NoUnit = ~size_t(0);

private:
  std::set<std::string> Declared;
  std::map<size_t, std::set<std::string>> Own;
};

/// After the first pass of a run that hands out fixes: while some fixes would declare a name
/// that another unit uses, analyzes again just the units that gave them, with those names
/// reserved (Options::ReservedNames), and takes their new fixes, at most `MaxRounds` times;
/// fixes still in conflict then are dropped with a note. `ReportFrom[I]` is the unit that gave
/// `Reports[I]` (its notes), `FixFrom[I]` the one that gave its fix. Returns how many units
/// were analyzed again. `KeysByUnit[U]` are unit U's registration keys: a unit analyzed again
/// also knows the keys other units register (Options::SharedKeys, TakenKeys).
unsigned resolveProjectNames(const clang::tooling::CompilationDatabase &Database,
                             const std::vector<TranslationUnitJob> &Units,
                             const RunSettings &Settings, const NameResolution &Names,
                             const std::vector<std::vector<KeyRecord>> &KeysByUnit,
                             std::vector<Report> &Reports, const std::vector<size_t> &ReportFrom,
                             std::vector<size_t> &FixFrom, unsigned MaxRounds = 3);

} // namespace serialscope

#endif
