//===- SarifRules.cpp - the SARIF rule of each check ----------------------===//
#include "Framework.h"
#include "Options.h"
#include "Sarif.h"

#include "llvm/ADT/StringExtras.h"

namespace serialscope {
namespace {

using json = nlohmann::json;

// The checks' documentation pages (GitHub renders the markdown).
constexpr llvm::StringLiteral CheckDocs =
    "https://github.com/serialscope/serialscope/blob/main/docs/checks/non-resolvable-type.md";
constexpr llvm::StringLiteral DuplicateKeyDocs = "https://github.com/serialscope/serialscope/"
                                                 "blob/main/docs/checks/duplicate-registration-key.md";

json message(llvm::StringRef Text) { return {{"text", Text.str()}}; }

/// "Boost.Serialization, cereal, ..., or user-configured".
std::string frameworkTitles() {
  std::vector<std::string> Titles;
  for (const Framework *F : frameworks())
    Titles.push_back(F->Title.str());
  if (Titles.size() > 1)
    Titles.back().insert(0, "or ");
  return llvm::join(Titles, ", ");
}

json nonResolvableRule() {
  return {
      {"id", CheckName.str()},
      {"name", "NonResolvableType"},
      {"shortDescription", message("Serializable type cannot be resolved by name")},
      {"fullDescription",
       message("A serializable type (" + frameworkTitles() +
               ") is declared in function scope, in an anonymous namespace, or "
               "unnamed: a reader in another translation unit, binary or run cannot resolve it "
               "by name, and a type registered by name fails to resolve at run time.")},
      {"help",
       {{"text", "Declare serializable types at namespace scope under a name unique to them. "
                 "The fix moves the type to the enclosing namespace (just before the function "
                 "that declared it, or out of the anonymous namespace); when no safe move "
                 "exists, a note names what blocks it."},
        {"markdown", "Declare serializable types at **namespace scope** under a name unique to "
                     "them, as pickle wants classes at the top level of a module. The fix moves "
                     "the type to the enclosing namespace (just before the function that "
                     "declared it, or out of the anonymous namespace); when no safe move "
                     "exists, a note names what blocks it. See [the check's page](" +
                         CheckDocs.str() + ")."}}},
      {"helpUri", CheckDocs.str()},
      {"defaultConfiguration", {{"level", "warning"}}},
      {"properties",
       {{"tags", {"correctness", "serialization"}},
        {"precision", "high"},
        {"problem.severity", "warning"}}}};
}

json duplicateKeyRule() {
  return {
      {"id", DuplicateKeyCheckName.str()},
      {"name", "DuplicateRegistrationKey"},
      {"shortDescription", message("Two types registered under one key")},
      {"fullDescription",
       message("Two different types are registered by name under the same key (a "
               "Boost.Serialization export GUID, a cereal registration name, a Qt meta-type "
               "name, or the key of a configured registration function), in one translation "
               "unit or in two: the program links and runs, and loading by that key uses the "
               "other type's serializer or crashes.")},
      {"help",
       {{"text", "Give each registered type a key of its own. There is no automatic fix: data "
                 "already written under the shared key may belong to either type."},
        {"markdown", "Give each registered type a **key of its own**. There is no automatic "
                     "fix: data already written under the shared key may belong to either type. "
                     "See [the check's page](" +
                         DuplicateKeyDocs.str() + ")."}}},
      {"helpUri", DuplicateKeyDocs.str()},
      {"defaultConfiguration", {{"level", "warning"}}},
      {"properties",
       {{"tags", {"correctness", "serialization"}},
        {"precision", "high"},
        {"problem.severity", "warning"}}}};
}

} // namespace

json sarifRules() { return json::array({nonResolvableRule(), duplicateKeyRule()}); }

} // namespace serialscope
