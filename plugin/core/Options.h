//===- Options.h - serialscope options shared by every front end ----------===//
#ifndef SERIALSCOPE_CORE_OPTIONS_H
#define SERIALSCOPE_CORE_OPTIONS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <map>
#include <utility>
#include <set>
#include <string>
#include <vector>

namespace serialscope {

/// The name every front end reports findings under.
inline constexpr llvm::StringLiteral CheckName = "serialscope-non-resolvable-type";
/// The check that reports one registration key used by two types.
inline constexpr llvm::StringLiteral DuplicateKeyCheckName =
    "serialscope-duplicate-registration-key";

/// Options of check `serialscope-non-resolvable-type`. The keys are the same in every front
/// end: clang-tidy CheckOptions, -fplugin-arg-serialscope-<Key>=<Value>, --option Key=Value.
struct Options {
  /// Qualified names of classes whose (direct or indirect) subclasses are serializable.
  std::vector<std::string> SerializableBases;
  /// `[[clang::annotate("<Annotation>")]]` marks a type serializable.
  std::string Annotation = "serializable";
  /// Functions whose first template argument is registered by name (`registerType<T>("T")`).
  std::vector<std::string> RegistrationFunctions;
  /// Functions that serialize the types of their arguments (reflection-based libraries).
  std::vector<std::string> SerializationFunctions;
  /// Option `Frameworks`, stored as the names of the frameworks it leaves out: the default,
  /// none, keeps every framework of the registry (Framework.h) on.
  std::set<std::string> FrameworksOff;
  bool ReportAnonymousNamespaces = true;
  bool ReportUnnamed = true;

  /// Not an option key: set by the standalone tool over a compile database. Qualified names
  /// (`Plugin`, `shop::Point`, spelled as qualifiedNameIn spells them) that other translation
  /// units of the project already declare or hoist: a fix must not move a type to one of them.
  std::set<std::string> ReservedNames;
  /// Not option keys either, set with ReservedNames: registration keys as (registry, key).
  /// `SharedKeys`: keys a type of another unit registers first; a type of this unit that its
  /// fix renames gives them up for a key of its own (KeyAssignment.h). `TakenKeys`: every key
  /// other units register, which such a type never takes.
  std::set<std::pair<std::string, std::string>> SharedKeys, TakenKeys;

  /// Every key, in the order `--help` and docs list them.
  static const std::vector<llvm::StringRef> &keys();

  /// Sets one option from its textual value; the error names the option.
  llvm::Error set(llvm::StringRef Key, llvm::StringRef Value);

  /// Sets every option in `Values`, stopping at the first error.
  llvm::Error setAll(const std::map<std::string, std::string> &Values);

  /// Textual value of an option, as `set` accepts it (for clang-tidy's storeOptions).
  std::string get(llvm::StringRef Key) const;
};

} // namespace serialscope

#endif
