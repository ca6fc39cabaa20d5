//===- RegisteredTypeNames.h - what a registration by name can reach -----===//
//
// Part of the prefilter (docs/performance.md). A registration by name of `Box<T>` is a finding
// when `T` cannot be named, and `T` can be a type that system code defines without a name
// (glibc's `__mbstate_t` has an unnamed union): reached through an alias, `decltype`, a
// template parameter or a default template argument. Tokens do not show where such a path
// ends, but they do show when a registration spells nothing that can start one: when each
// name in its type argument is a class or enum that every declaration in the unit declares
// with a class key where it can be named, and no declaration makes an alias or a template
// parameter of that name. Such a registration cannot reach an unnamed system type; any other
// registration sends the unit to the AST, as every registration did before.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_REGISTEREDTYPENAMES_H
#define SERIALSCOPE_TOOL_REGISTEREDTYPENAMES_H

#include "Options.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/TokenKinds.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <string>
#include <vector>

namespace serialscope {

/// One token as the scan keeps it.
struct ScanToken {
  clang::tok::TokenKind Kind;
  const clang::IdentifierInfo *Identifier;
  clang::SourceLocation Loc;
};

class RegisteredTypeNames {
public:
  /// The names that register by name: the specializations the enabled frameworks' macros
  /// write, their registration functions and the configured `RegistrationFunctions`.
  explicit RegisteredTypeNames(const Options &Config);

  /// Every token, in order; `IsUser` tells whether it is in user code (asked only of a
  /// registration name). Captures the template argument list after one in user code.
  void feed(const ScanToken &Tok, llvm::function_ref<bool()> IsUser);
  /// A head (the tokens since the last `;`, `{` or `}`) that ends at `Terminator`; its
  /// aliases, typedef names and template parameters are recorded. `TypedefTail`: the head
  /// follows the body of a class whose head was a typedef (`} Name, *Pointer;`).
  void readHead(llvm::ArrayRef<ScanToken> Head, clang::tok::TokenKind Terminator,
                bool TypedefTail);
  /// A class key of the head last read declares `Name`; `Nameable` when its scope can be
  /// named (namespace or class scope, outside parentheses).
  void declaresClass(const clang::IdentifierInfo *Name, bool Nameable);

  /// Whether user code registers anything by name.
  bool any() const { return !Registrations.empty(); }
  /// Where a user registration spells something other than classes and enums that can be
  /// named; invalid when every one spells only those.
  clang::SourceLocation firstUnresolved() const;

private:
  struct Registration {
    clang::SourceLocation Loc;
    /// The tokens inside its `<...>`; Readable is false when no `<` followed the name.
    std::vector<ScanToken> Arguments;
    bool Readable = false;
  };
  bool spellsOnlyClasses(const Registration &R) const;
  bool isRegistrationName(const clang::IdentifierInfo *Name);

  /// By spelling, and memoized by identifier: the scan must not add identifiers to the
  /// preprocessor's table, whose allocator an instrumented build would poison for clang.
  llvm::StringSet<> RegistrationNames;
  llvm::DenseMap<const clang::IdentifierInfo *, bool> IsRegistrationName;
  std::vector<Registration> Registrations;
  /// The registration whose arguments are being captured, and the `<` depth inside them
  /// (0: the `<` is still to come).
  bool Capturing = false;
  int CaptureDepth = 0, CaptureParens = 0;
  /// Names a class key declares where they can be named, and names that anything else
  /// declares as a type (an alias, a typedef, a template parameter, a class where it cannot
  /// be named, a class template with a default argument).
  llvm::SmallPtrSet<const clang::IdentifierInfo *, 32> ClassNames, OtherTypeNames;
  /// The head last read has a template parameter list with a default argument.
  bool HeadHasDefaultTemplateArgument = false;
};

} // namespace serialscope

#endif
