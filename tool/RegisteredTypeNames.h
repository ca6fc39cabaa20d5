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

#include "Framework.h"
#include "Options.h"
#include "RegistrationKeyScan.h"
#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TokenKinds.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace serialscope {

class RegisteredTypeNames {
public:
  /// The names that register by name: the specializations the enabled frameworks' macros
  /// write, their registration functions and the configured `RegistrationFunctions`.
  /// `ReadKeys`: also read the key of each registration (RegistrationKeyScan.h).
  RegisteredTypeNames(const Options &Config, bool ReadKeys);

  /// Every token, in order; `IsUser` tells whether it is in user code (asked only of a
  /// registration name and a using-directive). Captures the template argument list after a
  /// registration name in user code, and with ReadKeys the tokens that hold its key.
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
  bool any() const;
  /// Where a user registration spells something other than classes and enums that can be
  /// named; invalid when every one spells only those.
  clang::SourceLocation firstUnresolved() const;
  /// With ReadKeys, after the last token: the keys the registrations may define, each once
  /// per registration and registry. `Unsure` is set to a registration whose key the scan
  /// cannot read for certain (invalid: none).
  std::vector<KeyCandidate> keyCandidates(const clang::SourceManager &SM,
                                          const clang::LangOptions &LangOpts,
                                          clang::SourceLocation &Unsure) const;

private:
  /// A registry a registration name registers in, and how its key is written.
  struct KeySource {
    std::string Registry;
    TokenKey Key;
    /// Framework::ComparedKey of the registry.
    std::string (*ComparedKey)(llvm::StringRef Written) = nullptr;
  };
  /// What the tokens after a capture's arguments are read for.
  enum class Tail { None, Call, Body, Function };
  struct Registration {
    clang::SourceLocation Loc;
    /// Where the AST puts its key: the name, or the start of a call's qualified name;
    /// SiteKnown is false when the call's start is not a name (`object.name<T>()`).
    clang::SourceLocation Site;
    bool SiteKnown = true;
    /// A type ends before the name (`void reg(`): a declaration, not a call.
    bool AfterType = false;
    /// The registries of the name; null for a key definition (Boost's `guid<T>()`), which
    /// KeyFunction then names and which registers nothing itself.
    const std::vector<KeySource> *Sources = nullptr;
    llvm::StringRef KeyFunction;
    /// The tokens inside its `<...>`; Readable is false when no `<` followed the name.
    std::vector<ScanToken> Arguments;
    bool Readable = false;
    /// The tokens after the arguments that hold the key; TailComplete when they closed.
    std::vector<ScanToken> TailTokens;
    bool TailComplete = false;
    bool DependsOnUnit = false;
  };
  bool spellsOnlyClasses(const Registration &R) const;
  const std::vector<KeySource> *registrationSources(const clang::IdentifierInfo *Name);
  bool isKeyFunction(const clang::IdentifierInfo *Name);
  void start(const ScanToken &Tok, const std::vector<KeySource> *Sources, llvm::StringRef Function);
  void feedTail(const ScanToken &Tok);
  Tail tailOf(const Registration &R) const;
  ReadKey readKey(const Registration &R, const KeySource &Source) const;
  ReadKey readSpecializedFunction(const Registration &R, llvm::StringRef Function) const;
  void trackContext(const ScanToken &Tok, llvm::function_ref<bool()> IsUser);

  bool ReadKeys;
  /// By spelling, and memoized by identifier: the scan must not add identifiers to the
  /// preprocessor's table, whose allocator an instrumented build would poison for clang.
  llvm::StringMap<std::vector<KeySource>> RegistrationNames;
  llvm::DenseMap<const clang::IdentifierInfo *, const std::vector<KeySource> *> IsRegistrationName;
  llvm::StringSet<> KeyFunctionNames;
  llvm::DenseMap<const clang::IdentifierInfo *, bool> IsKeyFunctionName;
  std::vector<Registration> Registrations;
  /// The registration whose arguments are being captured, and the `<` depth inside them
  /// (0: the `<` is still to come).
  bool Capturing = false;
  int CaptureDepth = 0, CaptureParens = 0;
  /// The tail being captured after them, and the depth of its parentheses or braces.
  Tail CapturingTail = Tail::None;
  int TailDepth = 0;
  /// Function tails: the parentheses closed, the body is to come or open.
  bool TailAfterParentheses = false;
  /// Where the qualified name that ends at the current token began (`ns::reg`), whether that
  /// start is the start of the call, and the two tokens before.
  clang::SourceLocation ChainStart;
  bool ChainKnown = true;
  clang::tok::TokenKind Previous = clang::tok::unknown, BeforePrevious = clang::tok::unknown,
                        BeforeChain = clang::tok::unknown;
  /// A using-directive or namespace alias was seen in user code: names after it may mean
  /// other types in another unit.
  bool SawNamespaceRedirection = false;
  /// Names a class key declares where they can be named, and names that anything else
  /// declares as a type (an alias, a typedef, a template parameter, a class where it cannot
  /// be named, a class template with a default argument).
  llvm::SmallPtrSet<const clang::IdentifierInfo *, 32> ClassNames, OtherTypeNames;
  /// The head last read has a template parameter list with a default argument.
  bool HeadHasDefaultTemplateArgument = false;
};

} // namespace serialscope

#endif
