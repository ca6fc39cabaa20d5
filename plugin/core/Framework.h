//===- Framework.h - what serialscope knows about one serialization framework ===//
//
// Each framework is one file in frameworks/ that defines one `Framework`, `<Name>Framework`
// (declared `extern` there too: a namespace-scope const would otherwise be local to its file);
// the registry in Framework.cpp lists them. The evidence walk (EvidenceFinder) and the renaming of a moved
// type (TypeRenamer) iterate the registry and know no framework by name.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_FRAMEWORK_H
#define SERIALSCOPE_CORE_FRAMEWORK_H

#include "Finding.h"
#include "Options.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/MapVector.h"
#include <optional>

namespace serialscope {

/// A registration key as the code gives it, and the string literal that spells it, if one does
/// (a stringized macro argument or a spelled type does not).
struct RegistrationKeyText {
  std::string Key;
  const clang::StringLiteral *Literal = nullptr;
};

/// What the matchers of a framework record evidence into, and the questions about the
/// translation unit they share.
class EvidenceContext {
public:
  EvidenceContext(clang::ASTContext &Ctx, const Options &Opts,
                  llvm::MapVector<const clang::TagDecl *, std::vector<Evidence>> &ByType,
                  std::vector<KeySite> &Keys)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Opts(Opts), ByType(ByType), Keys(Keys) {}

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const Options &Opts;

  /// Records evidence `Id` for `Target`, once per place. `Source` is the declaration that
  /// carries it (what a fix moves with the type), or nullptr for an expression.
  void add(const clang::TagDecl *Target, llvm::StringRef Id, clang::SourceLocation Loc,
           std::string Text, bool RegistersByName, const clang::Decl *Source);

  /// Records that `Target` is registered under `Key` (as written) in `Registry` at `Loc`, once.
  /// `Compared` is the spelling the registry compares, when it normalizes the written one.
  void addKey(const clang::TagDecl *Target, clang::SourceLocation Loc, llvm::StringRef Registry,
              const RegistrationKeyText &Key, llvm::StringRef Compared = {});

  /// Where the note of a hook function goes: its first declaration, written or expanded.
  clang::SourceLocation hookLocation(const clang::FunctionDecl *FD) const;

  /// Whether the translation unit declares the namespace `Path` ("boost", "archive").
  bool declaresNamespace(std::initializer_list<llvm::StringRef> Path) const;

  /// The outermost macro whose expansion produced `Loc`, e.g. "BOOST_CLASS_EXPORT".
  llvm::StringRef outermostMacroName(clang::SourceLocation Loc) const;

private:
  llvm::MapVector<const clang::TagDecl *, std::vector<Evidence>> &ByType;
  std::vector<KeySite> &Keys;
};

/// The declaration that carries the body of hook `FD` (what a fix moves), else its first one.
const clang::FunctionDecl *hookDefinition(const clang::FunctionDecl *FD);

/// Whether parameter `Index` of `FD` is a template parameter of the template it was
/// instantiated from: a generic hook (nlohmann's to_json for every enum or range, cereal's
/// enum save_minimal, Qt's enum QDataStream operators) was not written for the type it got,
/// which it writes as a number or an array. Seen on real code whose library headers are not
/// system headers (vendored nlohmann/cereal, Qt through pkg-config's -I).
bool isGenericParameter(const clang::FunctionDecl *FD, unsigned Index);

/// The type a call names as its first template argument (`qRegisterMetaType<T>()`), as
/// evidence is recorded against it; nullptr if there is none.
const clang::TagDecl *firstTemplateTypeArgument(const clang::CallExpr *Call);

/// The string literal `FD`'s body returns (`return "Event";`), if that is all it does.
std::optional<RegistrationKeyText> returnedStringLiteral(const clang::FunctionDecl *FD);

/// The text of a string literal argument (`qRegisterMetaType<T>("Event")`), if `E` is one.
std::optional<RegistrationKeyText> stringLiteralText(const clang::Expr *E);

/// Where the tokens a registration expands to hold its key, for the standalone tool's
/// prefilter (tool/RegistrationKeyScan.cpp), which reads keys without the AST. It must find
/// every key the AST reads (Framework::RegistrationKey, MatchCall); a form it cannot read
/// sends the unit to the AST.
struct TokenKey {
  enum Form {
    None,                ///< The registration defines no key (another one next to it does).
    SpecializedFunction, ///< `Function<same arguments>() { return "K"; }` (Boost's `guid`).
    StaticMethod,        ///< `Function() { return "K"; }` in the specialization's body.
    FirstArgument,       ///< The call's first argument, when it is a string literal.
    /// Option RegistrationFunctions: the first argument, when it is a string literal; else,
    /// with no argument written, the type argument as spelled (Configured.cpp).
    FirstArgumentOrType,
  };
  Form Shape = None;
  llvm::StringLiteral Function = "";
};

/// An explicit specialization of a class template for a type, which marks the type.
struct SpecializationEvidence {
  /// The template's qualified name, without inline namespaces.
  llvm::StringLiteral Template;
  llvm::StringLiteral Id;
  /// Whether the specialization registers its first template argument by name. The note
  /// then says "registered by name with" the macro that wrote it, or `Description` when no
  /// macro did; otherwise the note is `Description`.
  bool RegistersByName;
  llvm::StringLiteral Description;
  TokenKey Key = {};
};

/// A registration macro that stringizes its type argument into the key archives hold, and
/// its form that takes the key explicitly: a fix that renames the type writes
/// `Explicit(NewName, "OldName")`, so data written before the fix still loads.
struct KeyedMacro {
  llvm::StringLiteral Macro;
  llvm::StringLiteral Explicit;
};

/// A macro that writes the spelled name into data and has no form that keeps the old one:
/// a type it names cannot be renamed. `Why` completes "would need a new name, and ...".
struct NameWritingMacro {
  llvm::StringLiteral Macro;
  llvm::StringLiteral Why;
};

/// One framework: the name option `Frameworks` knows it by, how its evidence is found, and
/// how a fix that renames a type treats its macros. Matchers are called on user code only,
/// for every node of their kind; they add what they find to the context.
struct Framework {
  /// The name in option `Frameworks` ("boost"); empty for evidence that its own options
  /// configure (always on).
  llvm::StringLiteral OptionName;
  /// How the rule description lists it ("Boost.Serialization").
  llvm::StringLiteral Title;

  llvm::ArrayRef<SpecializationEvidence> Specializations;
  /// Functions whose calls register their template argument by name (`qRegisterMetaType`):
  /// MatchCall finds them; the tool's prefilter (tool/ShapeScanner.cpp) looks for their names.
  llvm::ArrayRef<llvm::StringLiteral> RegistrationFunctions;
  /// Every function declaration, template instantiations included (a hook of a local class
  /// of a function template resolves only in them).
  void (*MatchFunction)(const clang::FunctionDecl &, EvidenceContext &) = nullptr;
  /// Every call with a direct callee.
  void (*MatchCall)(const clang::CallExpr &, const clang::FunctionDecl &Callee,
                    EvidenceContext &) = nullptr;
  /// Every definition of a class or enum that is not a lambda or a class template
  /// specialization, instantiated local classes included.
  void (*MatchTagDefinition)(const clang::TagDecl &, EvidenceContext &) = nullptr;

  llvm::ArrayRef<KeyedMacro> KeyedMacros;
  /// Macros that use their type argument only as a type: renaming the argument keeps what
  /// they write (an explicit key, a version number, member names).
  llvm::ArrayRef<llvm::StringLiteral> TypeOnlyMacros;
  llvm::ArrayRef<NameWritingMacro> NameWritingMacros;
  /// For a specialization of `Specializations` that registers by name: the key it registers
  /// its type under (the GUID string of BOOST_CLASS_EXPORT_KEY2, cereal's binding name),
  /// when it can be read. Null: the framework's keys come from MatchCall.
  std::optional<RegistrationKeyText> (*RegistrationKey)(
      const clang::ClassTemplateSpecializationDecl &) = nullptr;
  /// How a call of RegistrationFunctions writes its key (MatchCall reads it).
  TokenKey RegistrationFunctionKey = {};
  /// The spelling of a written key that the registry compares, when it normalizes keys
  /// (Qt's meta-type names); null: keys compare as written.
  std::string (*ComparedKey)(llvm::StringRef Written) = nullptr;
};

/// Every framework, in the order their evidence is looked for.
llvm::ArrayRef<const Framework *> frameworks();

/// Whether `Opts` turns the evidence of `F` on.
bool isEnabled(const Framework &F, const Options &Opts);

} // namespace serialscope

#endif
