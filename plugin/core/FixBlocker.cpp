//===- FixBlocker.cpp - the one place refusals become text ----------------===//
#include "FixBlocker.h"
#include "DeclScopes.h"
#include "ProjectNames.h"
#include "ScopeClassifier.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/Support/ErrorHandling.h"

using namespace clang;

namespace serialscope {
namespace {

using Kind = FixBlocker::Kind;

std::string localEntity(Kind K) {
  switch (K) {
  case Kind::StructuredBinding:
    return "the structured binding";
  case Kind::StaticLocal:
    return "the static local variable";
  case Kind::LocalConstant:
    return "the local constant";
  case Kind::Parameter:
    return "the parameter";
  case Kind::LocalVariable:
    return "the local variable";
  case Kind::LocalEnumerator:
    return "the local enumerator";
  case Kind::LocalAlias:
    return "the local type alias";
  case Kind::LocalType:
    return "the local type";
  case Kind::LocalFunction:
    return "the local function declaration";
  default:
    return "the local entity";
  }
}

/// "private member 'm' of 'C'" (or "protected ...").
std::string nonPublicMember(const NamedDecl *Member) {
  return std::string(Member->getAccess() == AS_private ? "private" : "protected") + " member " +
         quoted(Member);
}

/// "the global namespace, 'Point'", "namespace 'shop', 'Point'" for a qualified name.
std::string describeQualified(llvm::StringRef Qualified) {
  llvm::StringRef Namespace = namespaceOf(Qualified);
  llvm::StringRef Name = Namespace.empty() ? Qualified : Qualified.substr(Namespace.size() + 2);
  return (Namespace.empty() ? std::string("the global namespace")
                            : "namespace '" + Namespace.str() + "'") +
         ", '" + Name.str() + "'";
}

/// The subject moved: "moved to namespace 'shop', 'Point'".
std::string movedTo(const FixBlocker &B) {
  // A type that keeps named namespaces of the anonymous one: its new qualified name.
  if (!B.Detail.empty() && B.K == Kind::ReservedName)
    return "moved to " + describeQualified(B.Detail);
  return "moved to " + describeNamespace(B.Target) + ", " + quoted(B.Subject);
}

std::string placeReason(const FixBlocker &B);

/// "struct", "union", "enum": what an unnamed subject is.
std::string unnamedKind(const NamedDecl *S) {
  if (const auto *Tag = dyn_cast_or_null<TagDecl>(S))
    return Tag->getKindName().str();
  return "type";
}

/// The reason, without "no fix: " (a dependency's reason is quoted inside another's).
std::string reason(const FixBlocker &B) {
  const NamedDecl *S = B.Subject, *E = B.Entity;
  switch (B.K) {
  case Kind::Unnamed:
    return "the type has no name to give it at namespace scope";
  case Kind::UnnamedNoDeclarator:
    return "the unnamed " + unnamedKind(S) +
           " declares no variable or member whose name the fix could give it";
  case Kind::UnnamedSeveralDeclarators:
    return "the unnamed " + unnamedKind(S) + " declares several variables or members (" +
           quoted(E) + " is one more); which name it should have is for you to choose";
  case Kind::LinkageTypedefName:
    return "the type is named only by the typedef " + quoted(E) +
           ", and the fix does not move a typedef together with its type";
  case Kind::MacroExpansion:
    return quoted(S) + " comes from a macro expansion";
  case Kind::MacroSpelled:
    return "a macro spells part of " + quoted(S);
  case Kind::RegisteredSpecialization:
    return "the registered type is a template specialization; declare this template argument "
           "at namespace scope";
  case Kind::NotDirectlyInAnonymousNamespace:
    return E ? quoted(S) + " is inside namespace " + quoted(E) +
                   ", which is not directly inside the anonymous namespace"
             : quoted(S) + " is not directly inside the anonymous namespace";
  case Kind::NotADeclarationStatement:
    return "the declaration of " + quoted(S) + " is not a declaration statement of its own";
  case Kind::FunctionFromMacro:
    return "the enclosing function comes from a macro expansion";
  case Kind::EnclosingDeclarationElsewhere:
    return "the enclosing declaration comes from a macro expansion or another file";
  case Kind::ForwardDeclarationStays:
    return "this forward declaration of " + quoted(S) +
           " would stay in the function and declare another type";
  case Kind::LocalVariable:
  case Kind::StaticLocal:
  case Kind::LocalConstant:
  case Kind::Parameter:
  case Kind::StructuredBinding:
  case Kind::LocalEnumerator:
  case Kind::LocalAlias:
  case Kind::LocalType:
  case Kind::LocalFunction:
  case Kind::LocalEntity:
    return quoted(S) + " uses " + localEntity(B.K) + " " + quoted(E) + ", declared in " +
           (B.Function ? describeFunction(B.Function) : std::string("a function"));
  case Kind::TemplateParameter:
    return quoted(S) + " uses template parameter " + quoted(E) + " of the enclosing template";
  case Kind::TemplateParameterFromMacro:
    return quoted(S) + " uses template parameter " + quoted(E) + ", which a macro declares";
  case Kind::EnumTemplate:
    return quoted(S) + " uses template parameter " + quoted(E) +
           " of the enclosing template, and an enum cannot become a template";
  case Kind::DeclaredLater:
    return quoted(S) + " uses " + quoted(E) +
           ", which is declared only after the place the type would move to";
  case Kind::AnonymousNamespaceMember:
    return quoted(S) + " uses " + quoted(E) +
           ", a member of the anonymous namespace it would leave, which is not declared (or not "
           "defined) yet before that namespace, where the type would move to";
  case Kind::EnclosingClassMember:
    return quoted(S) + " uses " + quoted(E) + ", a member of " + quoted(B.Other) +
           " found through the enclosing class, which cannot be named from namespace scope";
  case Kind::EnclosingClassIncomplete:
    return quoted(S) + " uses " + quoted(E) + ", a member of " + quoted(B.Other) +
           " found through the enclosing class, and the type would move before " +
           quoted(B.Other) + " is complete";
  case Kind::EnclosingClassTemplate:
    return quoted(S) + " uses " + quoted(E) + ", a member of " + quoted(B.Other) +
           " found through the enclosing class, which is a template (or in one)";
  case Kind::NotVisible:
    return quoted(S) + " uses " + quoted(E) +
           ", which would no longer be found by name at namespace scope";
  case Kind::TranslationUnitLocal:
    return quoted(S) + " uses " + quoted(E) +
           ", which is local to this translation unit; moved out of the anonymous namespace of "
           "a header it would break the one-definition rule";
  case Kind::NonPublicMember:
    if (isa<TypedefNameDecl>(S))
      return quoted(S) + " names " + nonPublicMember(E) +
             ", which it could not access at namespace scope";
    return quoted(S) + " uses " + nonPublicMember(E) + " of " + quoted(B.Other) +
           ", which it could not access at namespace scope";
  case Kind::FriendNotInsertable:
    return quoted(S) + " uses " + nonPublicMember(E) + " of " + quoted(B.Other) +
           ", and a friend declaration cannot be added to it here";
  case Kind::FriendNotDeclarable:
    return quoted(S) + " uses " + nonPublicMember(E) + " of " + quoted(B.Other) +
           ", and the type it would befriend cannot be declared before it";
  case Kind::DependencyRenamed:
  case Kind::DependencyCycle:
  case Kind::DependencyBlocked:
  case Kind::DependencyNeedsName:
  case Kind::DependencyContains:
  case Kind::DependencyTemplated: {
    std::string Uses = quoted(S) + " uses " +
                       (isa<TagDecl>(E) ? "the local type " : "the local type alias ") + quoted(E) +
                       ", which ";
    switch (B.K) {
    case Kind::DependencyRenamed:
      return Uses + "the fix renames";
    case Kind::DependencyCycle:
      return Uses + "in turn uses " + quoted(S);
    case Kind::DependencyBlocked:
      return Uses + "cannot move: " + reason(*B.Cause);
    case Kind::DependencyNeedsName:
      return Uses + "would need a new name at namespace scope";
    case Kind::DependencyContains:
      return Uses + "contains it: each would have to come before the other";
    default:
      return Uses + "would become a template";
    }
  }
  default:
    return placeReason(B);
  }
}

/// The reasons about the new place: names there, and the split of an anonymous namespace.
std::string placeReason(const FixBlocker &B) {
  const NamedDecl *S = B.Subject, *E = B.Entity;
  switch (B.K) {
  case Kind::NameCollision:
    if (isa<TypedefNameDecl>(S))
      return movedTo(B) + " would collide with another declaration of '" +
             E->getQualifiedNameAsString() + "'";
    return movedTo(B) + " would collide with this declaration of the same name";
  case Kind::ClaimedName:
    if (isa<TypedefNameDecl>(S))
      return movedTo(B) + " would collide with another declaration of the same name moved there";
    return movedTo(B) + " would collide with another type of the same name moved there";
  case Kind::ReservedName:
    return movedTo(B) + " " + inAnotherUnit();
  case Kind::RenameBlocked:
    return movedTo(B) + " would need a new name, and " + B.Detail;
  case Kind::RenameInsideMovedType:
    return movedTo(B) + " would need a new name, and it is named inside " + quoted(E) +
           ", whose fix would copy it elsewhere";
  case Kind::SpecializationRename:
    return movedTo(B) + " would need a new name, which only a fix of its template can give";
  case Kind::NestedAnonymousNamespace:
    return E ? "the anonymous namespace is inside namespace " + quoted(E) +
                   " of an anonymous namespace: moved out, " + quoted(E) +
                   " would still hold an anonymous namespace around the type"
             : "the anonymous namespace is itself inside an anonymous namespace";
  case Kind::DeclarationStays:
    return "this other declaration of " + quoted(S) + " would stay in the anonymous namespace";
  case Kind::TemplateFamilySplit:
    return "this declaration of template " + quoted(E) +
           " would stay in another part of the anonymous namespace";
  case Kind::OutOfLineMember:
    return quoted(E) + " is defined outside the class, in another part of the anonymous namespace";
  case Kind::AdlFunctionSplit:
    return quoted(E) + " for " + quoted(B.Other) +
           " would stay in another part of the anonymous namespace, where argument-dependent "
           "lookup no longer finds it for the moved type";
  case Kind::HiddenName:
    return quoted(S) + " uses " + quoted(E) + " of the anonymous namespace; moved to " +
           describeNamespace(B.Target) + ", it would also find the other " + quoted(E) +
           " declared there";
  case Kind::NonInlineHeaderFunction:
    return quoted(E) + " would become a non-inline function defined in a header";
  case Kind::NamespaceFromMacro:
    return "the anonymous namespace comes from a macro expansion";
  case Kind::NamespaceBraces:
    return "the anonymous namespace does not have its braces on lines of their own";
  case Kind::SharedDeclaration:
    return quoted(S) + " is declared together with this declaration, which stays in the "
                       "anonymous namespace";
  case Kind::SharedLines:
    return "this declaration, which moves with " + quoted(S) +
           ", shares its lines with other code of the anonymous namespace";
  case Kind::NamedNamespaceMemberStays:
    return (E ? quoted(E) : std::string("this declaration")) + " would stay in namespace " +
           quoted(B.Other) + " of the anonymous namespace, which moves out only whole: a " +
           quoted(B.Other) + " left there would make '" + B.Other->getNameAsString() +
           "::' ambiguous";
  case Kind::NamedNamespaceExists:
    return "namespace " + quoted(B.Other) + " would move to " + describeNamespace(B.Target) +
           ", where this declaration of the same name would meet it";
  case Kind::NamedNamespaceElsewhere:
    return "this block of namespace " + quoted(B.Other) +
           " is in another part of the anonymous namespace, and the namespace moves out only "
           "whole";
  case Kind::ProjectNamesExhausted:
    return "moved to " + describeQualified(B.Detail) + " " + inAnotherUnit() +
           ", and no unique name was found in " + std::to_string(B.Count) + " re-analyses";
  case Kind::ReanalysisFailed:
    return "its name is used in another translation unit of the project, and the new analysis "
           "of this one failed";
  case Kind::OverlappingFixes:
    return "it changes the same text as the fix for " + B.Detail +
           "; run the fix again after that one";
  case Kind::OverlappingEdits:
    return "the edits it needs overlap one another";
  case Kind::FixDoesNotCompile:
    return "applied together with the other fixes for its file, it would not compile in "
           "translation unit " + B.Detail;
  case Kind::ConditionalBranches:
    return quoted(S) + " and the place it would move to are in different branches of this "
                       "preprocessor conditional";
  case Kind::DirectiveBetween:
    return "this directive, between the place " + quoted(S) +
           " would move to and its declaration, could change what the moved text means";
  case Kind::UnbalancedConditional:
    return "the text of " + quoted(S) +
           " opens or closes a preprocessor conditional it does not contain whole";
  case Kind::ConditionalRename:
    return quoted(S) + " needs a new name and is declared under a preprocessor condition: in the "
                       "other configurations this use, renamed too, would name another type";
  case Kind::NestedEditsOverlap:
    return "moving " + quoted(S) + " with the local types inside it needs edits that overlap";
  default:
    llvm_unreachable("a kind reason() describes");
  }
}

} // namespace

std::string inAnotherUnit() {
  return "would collide with a declaration of the same name in another translation unit of the "
         "project";
}

std::string describe(const FixBlocker &B) { return "no fix: " + reason(B); }

llvm::StringRef blockerId(FixBlocker::Kind K) {
  switch (K) {
  case Kind::Unnamed:
    return "unnamed";
  case Kind::UnnamedNoDeclarator:
    return "unnamed-no-declarator";
  case Kind::UnnamedSeveralDeclarators:
    return "unnamed-several-declarators";
  case Kind::LinkageTypedefName:
    return "linkage-typedef-name";
  case Kind::MacroExpansion:
    return "macro-expansion";
  case Kind::MacroSpelled:
    return "macro-spelled";
  case Kind::RegisteredSpecialization:
    return "registered-specialization";
  case Kind::NotDirectlyInAnonymousNamespace:
    return "not-directly-in-anonymous-namespace";
  case Kind::NotADeclarationStatement:
    return "not-a-declaration-statement";
  case Kind::FunctionFromMacro:
    return "function-from-macro";
  case Kind::EnclosingDeclarationElsewhere:
    return "enclosing-declaration-elsewhere";
  case Kind::ForwardDeclarationStays:
    return "forward-declaration-stays";
  case Kind::LocalVariable:
    return "local-variable";
  case Kind::StaticLocal:
    return "static-local";
  case Kind::LocalConstant:
    return "local-constant";
  case Kind::Parameter:
    return "parameter";
  case Kind::StructuredBinding:
    return "structured-binding";
  case Kind::LocalEnumerator:
    return "local-enumerator";
  case Kind::LocalAlias:
    return "local-alias";
  case Kind::LocalType:
    return "local-type";
  case Kind::LocalFunction:
    return "local-function";
  case Kind::LocalEntity:
    return "local-entity";
  case Kind::TemplateParameter:
    return "template-parameter";
  case Kind::TemplateParameterFromMacro:
    return "template-parameter-from-macro";
  case Kind::EnumTemplate:
    return "enum-template";
  case Kind::DeclaredLater:
    return "declared-later";
  case Kind::AnonymousNamespaceMember:
    return "anonymous-namespace-member";
  case Kind::EnclosingClassMember:
    return "enclosing-class-member";
  case Kind::EnclosingClassIncomplete:
    return "enclosing-class-incomplete";
  case Kind::EnclosingClassTemplate:
    return "enclosing-class-template";
  case Kind::NotVisible:
    return "not-visible";
  case Kind::TranslationUnitLocal:
    return "translation-unit-local";
  case Kind::NonPublicMember:
    return "non-public-member";
  case Kind::FriendNotInsertable:
    return "friend-not-insertable";
  case Kind::FriendNotDeclarable:
    return "friend-not-declarable";
  case Kind::DependencyRenamed:
    return "dependency-renamed";
  case Kind::DependencyCycle:
    return "dependency-cycle";
  case Kind::DependencyBlocked:
    return "dependency-blocked";
  case Kind::DependencyNeedsName:
    return "dependency-needs-name";
  case Kind::DependencyTemplated:
    return "dependency-templated";
  case Kind::NameCollision:
    return "name-collision";
  case Kind::ClaimedName:
    return "claimed-name";
  case Kind::ReservedName:
    return "reserved-name";
  case Kind::RenameBlocked:
    return "rename-blocked";
  case Kind::RenameInsideMovedType:
    return "rename-inside-moved-type";
  case Kind::SpecializationRename:
    return "specialization-rename";
  case Kind::NestedAnonymousNamespace:
    return "nested-anonymous-namespace";
  case Kind::DeclarationStays:
    return "declaration-stays";
  case Kind::TemplateFamilySplit:
    return "template-family-split";
  case Kind::OutOfLineMember:
    return "out-of-line-member";
  case Kind::AdlFunctionSplit:
    return "adl-function-split";
  case Kind::HiddenName:
    return "hidden-name";
  case Kind::NonInlineHeaderFunction:
    return "non-inline-header-function";
  case Kind::NamespaceFromMacro:
    return "namespace-from-macro";
  case Kind::NamespaceBraces:
    return "namespace-braces";
  case Kind::SharedDeclaration:
    return "shared-declaration";
  case Kind::SharedLines:
    return "shared-lines";
  case Kind::NamedNamespaceMemberStays:
    return "named-namespace-member-stays";
  case Kind::NamedNamespaceExists:
    return "named-namespace-exists";
  case Kind::NamedNamespaceElsewhere:
    return "named-namespace-elsewhere";
  case Kind::ProjectNamesExhausted:
    return "project-names-exhausted";
  case Kind::ReanalysisFailed:
    return "reanalysis-failed";
  case Kind::OverlappingFixes:
    return "overlapping-fixes";
  case Kind::OverlappingEdits:
    return "overlapping-edits";
  case Kind::FixDoesNotCompile:
    return "fix-does-not-compile";
  case Kind::ConditionalBranches:
    return "conditional-branches";
  case Kind::DirectiveBetween:
    return "directive-between";
  case Kind::UnbalancedConditional:
    return "unbalanced-conditional";
  case Kind::ConditionalRename:
    return "conditional-rename";
  case Kind::NestedEditsOverlap:
    return "nested-edits-overlap";
  case Kind::DependencyContains:
    return "dependency-contains";
  }
  llvm_unreachable("unknown fix blocker");
}

FixBlocker::Kind localEntityKind(const NamedDecl *D) {
  if (isa<BindingDecl>(D))
    return Kind::StructuredBinding;
  if (const auto *Var = dyn_cast<VarDecl>(D)) {
    if (Var->isStaticLocal())
      return Kind::StaticLocal;
    if (Var->getType().isConstQualified())
      return Kind::LocalConstant;
    if (isa<ParmVarDecl>(Var))
      return Kind::Parameter;
    return Kind::LocalVariable;
  }
  if (isa<EnumConstantDecl>(D))
    return Kind::LocalEnumerator;
  if (isa<TypedefNameDecl>(D))
    return Kind::LocalAlias;
  if (isa<TagDecl>(D))
    return Kind::LocalType;
  if (isa<FunctionDecl>(D))
    return Kind::LocalFunction;
  return Kind::LocalEntity;
}

} // namespace serialscope
