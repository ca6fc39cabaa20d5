//===- Finding.h - what the analysis reports, before any front end -------===//
#ifndef SERIALSCOPE_CORE_FINDING_H
#define SERIALSCOPE_CORE_FINDING_H

#include "FixBlocker.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include <optional>
#include <string>
#include <vector>

namespace serialscope {

/// Why a type cannot be resolved by name (docs/checks/non-resolvable-type.md).
enum class ScopeKind { Function, AnonymousNamespace, Unnamed };

/// Stable identifier of a scope kind, used in SARIF properties.
llvm::StringRef scopeId(ScopeKind Kind);

struct Scope {
  ScopeKind Kind;
  /// The function (or lambda) for Function, the anonymous namespace for AnonymousNamespace,
  /// the unnamed class for Unnamed.
  const clang::Decl *Owner = nullptr;
  /// Human text: "function 'parse'", "an anonymous namespace", ...
  std::string Description;
  /// Set when the finding is a namespace-scope class template specialization registered by
  /// name (`BOOST_CLASS_EXPORT_GUID(Box<Local>, "box")`): the template argument that cannot
  /// be resolved. Kind, Owner and Description then describe where that argument lives, and
  /// the finding is reported at the registration: the specialization has no definition of
  /// its own in the source, and the registration is what fails at run time.
  const clang::TagDecl *Argument = nullptr;
};

/// One reason a type is serializable (its evidence id: docs/checks/non-resolvable-type.md).
struct Evidence {
  /// Stable id: "archive-member", "boost-export", ...
  llvm::StringRef Id;
  clang::SourceLocation Loc;
  std::string Description;
  /// Registration by name: the type will fail to resolve at run time, not merely be unnamable.
  bool RegistersByName = false;
  /// The declaration that carries the evidence (a function, a specialization), if any.
  const clang::Decl *Source = nullptr;
};

/// A key under which a translation unit registers a type by name, in one registry:
/// `BOOST_CLASS_EXPORT_GUID(Event, "Event")` registers `Event` under "Event" in "boost".
struct KeySite {
  /// The registered type, as the registration names it (`Box<int>`, not its template).
  const clang::TagDecl *Type = nullptr;
  /// "boost", "cereal", "qt", or "config:<function>" (each configured function is its own).
  std::string Registry;
  /// The key the registry compares (Qt's normalized meta-type name).
  std::string Key;
  /// The key as the registration writes it, when that differs from `Key` ("const Event &").
  std::string Written;
  /// Where the registration is written (its macro's expansion).
  clang::SourceLocation Loc;
  /// The string literal that spells the key in the registration's own text
  /// (`"Event"` above), where a fix can give the type another key; invalid when the key is
  /// computed (a stringized argument) or spelled elsewhere (a macro that expands to it).
  clang::SourceLocation Literal;
};

/// A note attached to a finding: what the fix does.
struct FindingNote {
  clang::SourceLocation Loc;
  std::string Message;
};

/// A serializable type that cannot be resolved by name, with its fix or why there is none.
struct Finding {
  const clang::TagDecl *Type = nullptr;
  Scope Where;
  std::vector<Evidence> Evidences;
  /// Empty when there is no fix; then `Blocker` says why, unless another finding's fix moves
  /// this type too (a note says which).
  std::vector<clang::FixItHint> Fix;
  /// What the fix does beyond moving the type (a new name, a friend declaration, ...).
  std::vector<FindingNote> FixNotes;
  /// Why there is no fix.
  std::optional<FixBlocker> Blocker;
  /// The qualified names (`shop::Point`) that `Fix` declares at namespace scope: every type it
  /// moves (one fix may move several: the types before one declaration, the types of one
  /// anonymous-namespace split, local types moved first). Empty when there is no fix.
  std::vector<std::string> HoistedNames;

  bool registeredByName() const;
  /// The type's name, or for a registered template specialization its first registration.
  clang::SourceLocation location() const;
  /// "Point", "Box<(anonymous namespace)::Local>", "(unnamed struct)".
  std::string typeName() const;
  /// The warning's text, without the check name.
  std::string message() const;
  /// What tells this type apart from every other, the same in every translation unit: its USR
  /// (as clangd and indexes name declarations), and for an unnamed type also its declarator
  /// (two unnamed types from one macro expansion share a USR). Several types can be reported
  /// at one location (one macro expansion, a header included twice), so the location alone
  /// is no identity.
  std::string identity() const;
};

} // namespace serialscope

#endif
