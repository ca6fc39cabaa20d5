//===- FixBlocker.h - why a finding has no fix, as data ------------------===//
#ifndef SERIALSCOPE_CORE_FIXBLOCKER_H
#define SERIALSCOPE_CORE_FIXBLOCKER_H

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>

namespace serialscope {

/// The one thing that blocks a fix: its kind, where it is, and the entities the note names.
/// Rendered to text only by describe(); its kind is exported (blockerId) in SARIF.
struct FixBlocker {
  enum class Kind {
    // Of the type itself.
    Unnamed,
    // An unnamed class or enum, named after what it declares (Entity).
    UnnamedNoDeclarator,
    UnnamedSeveralDeclarators,
    LinkageTypedefName,
    MacroExpansion,
    MacroSpelled,
    RegisteredSpecialization,
    NotDirectlyInAnonymousNamespace,
    NotADeclarationStatement,
    // Of the function a local type is in.
    FunctionFromMacro,
    EnclosingDeclarationElsewhere,
    ForwardDeclarationStays,
    // Preprocessor directives between the new place and the old (at Loc).
    ConditionalBranches,
    DirectiveBetween,
    UnbalancedConditional,
    ConditionalRename,
    // Local types inside local types, moved in one fix.
    NestedEditsOverlap,
    // What a moved declaration uses (Entity).
    LocalVariable,
    StaticLocal,
    LocalConstant,
    Parameter,
    StructuredBinding,
    LocalEnumerator,
    LocalAlias,
    LocalType,
    LocalFunction,
    LocalEntity,
    TemplateParameter,
    TemplateParameterFromMacro,
    EnumTemplate,
    DeclaredLater,
    AnonymousNamespaceMember,
    EnclosingClassMember,
    EnclosingClassIncomplete,
    EnclosingClassTemplate,
    NotVisible,
    TranslationUnitLocal,
    NonPublicMember,
    FriendNotInsertable,
    FriendNotDeclarable,
    // A local type or alias it uses, which must move first (Entity).
    DependencyRenamed,
    DependencyCycle,
    DependencyBlocked,
    DependencyNeedsName,
    DependencyTemplated,
    DependencyContains,
    // Names at the new place.
    NameCollision,
    ClaimedName,
    ReservedName,
    RenameBlocked,
    RenameInsideMovedType,
    SpecializationRename,
    // Splitting an anonymous namespace.
    NestedAnonymousNamespace,
    DeclarationStays,
    TemplateFamilySplit,
    OutOfLineMember,
    AdlFunctionSplit,
    HiddenName,
    NonInlineHeaderFunction,
    NamespaceFromMacro,
    NamespaceBraces,
    SharedDeclaration,
    SharedLines,
    // Moving a named namespace out of an anonymous one (Other: that namespace).
    NamedNamespaceMemberStays,
    NamedNamespaceExists,
    NamedNamespaceElsewhere,
    // The standalone tool, making names unique in the project.
    ProjectNamesExhausted,
    ReanalysisFailed,
    // The standalone tool, handing out the fixes of a whole run (Detail says which).
    OverlappingFixes,
    OverlappingEdits,
    FixDoesNotCompile,
  };

  FixBlocker(Kind K, clang::SourceLocation Loc, const clang::NamedDecl *Subject = nullptr,
             const clang::NamedDecl *Entity = nullptr)
      : K(K), Loc(Loc), Subject(Subject), Entity(Entity) {}

  Kind K;
  clang::SourceLocation Loc;
  /// The declaration that would move (a type, or a local type alias).
  const clang::NamedDecl *Subject = nullptr;
  /// The entity that blocks (what the subject uses, the declaration it would collide with).
  const clang::NamedDecl *Entity = nullptr;
  /// A second entity the note names: the class of a member, the type of a function.
  const clang::NamedDecl *Other = nullptr;
  /// Where the subject would move.
  const clang::DeclContext *Target = nullptr;
  /// Local entities: the function that declares them.
  const clang::Decl *Function = nullptr;
  /// Text from elsewhere: the renamer's reason (RenameBlocked), a qualified name (the tool's).
  std::string Detail;
  /// ProjectNamesExhausted: how many re-analyses were tried.
  unsigned Count = 0;
  /// DependencyBlocked: what blocks the dependency.
  std::shared_ptr<const FixBlocker> Cause;
};

/// How a collision with another translation unit's name ends, in refusals and rename notes.
std::string inAnotherUnit();
/// The note's text: "no fix: ...".
std::string describe(const FixBlocker &B);
/// Stable identifier of a kind, exported in SARIF (`properties.fixBlocker`): "local-alias".
llvm::StringRef blockerId(FixBlocker::Kind K);
/// The kind for a function-local entity `D` that a moved declaration uses.
FixBlocker::Kind localEntityKind(const clang::NamedDecl *D);

} // namespace serialscope

#endif
