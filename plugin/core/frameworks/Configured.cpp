//===- Configured.cpp - evidence the options name: bases, annotation, functions ===//
#include "ClangCompat.h"
#include "EvidenceFinder.h"
#include "Framework.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {
namespace {

/// `Class` itself or the first of its (indirect) bases named in SerializableBases.
std::string configuredBaseOf(const CXXRecordDecl *Class, unsigned Depth, const Options &Opts) {
  std::string Name = plainQualifiedName(Class);
  if (llvm::is_contained(Opts.SerializableBases, Name))
    return Name;
  const CXXRecordDecl *Def = Class->getDefinition();
  if (!Def || Depth > 32)
    return "";
  for (const CXXBaseSpecifier &Base : Def->bases())
    if (const CXXRecordDecl *BaseClass = Base.getType()->getAsCXXRecordDecl())
      if (std::string Found = configuredBaseOf(BaseClass, Depth + 1, Opts); !Found.empty())
        return Found;
  return "";
}

/// Option SerializableBases. Dependent contexts too (a local class of a function template):
/// its instantiations are not candidates, and non-dependent bases resolve in the pattern; an
/// instantiated local class stands for its pattern, whose dependent bases
/// (`struct L : Base<T>`) only resolve there.
void matchBases(const CXXRecordDecl &Record, EvidenceContext &Ctx) {
  if (Ctx.Opts.SerializableBases.empty())
    return;
  // The note points at the type's own base specifier, and names the class it leads to
  // when that is not the configured base itself.
  for (const CXXBaseSpecifier &Direct : Record.bases()) {
    const CXXRecordDecl *DirectClass = Direct.getType()->getAsCXXRecordDecl();
    if (!DirectClass)
      continue;
    std::string Found = configuredBaseOf(DirectClass, 0, Ctx.Opts);
    if (Found.empty())
      continue;
    std::string Text = "derives from '" + Found + "'";
    if (std::string Via = plainQualifiedName(DirectClass); Via != Found)
      Text += " through '" + Via + "'";
    if (const TagDecl *Target = evidenceTarget(compat::tagType(Ctx.Ctx, &Record)))
      Ctx.add(Target, "config-base", Ctx.SM.getExpansionLoc(Direct.getBeginLoc()),
              Text + " (option SerializableBases)", false, &Record);
    return;
  }
}

void matchTagDefinition(const TagDecl &Tag, EvidenceContext &Ctx) {
  const auto *Record = dyn_cast<CXXRecordDecl>(&Tag);
  if (Record)
    matchBases(*Record, Ctx);
  // An instantiation's annotation is its pattern's, recorded there.
  if (Record ? Record->getTemplateInstantiationPattern() != nullptr
             : cast<EnumDecl>(Tag).getTemplateInstantiationPattern() != nullptr)
    return;
  const std::string &Annotation = Ctx.Opts.Annotation;
  if (Annotation.empty())
    return;
  for (const auto *Attr : Tag.specific_attrs<AnnotateAttr>())
    if (Attr->getAnnotation() == Annotation)
      Ctx.add(&Tag, "config-annotation", Attr->getLocation(),
              "annotated '" + Annotation + "' (option Annotation)", false, &Tag);
}

llvm::ArrayRef<TemplateArgumentLoc> explicitTemplateArgs(const Expr *Callee) {
  Callee = Callee->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
    return Ref->template_arguments();
  if (const auto *Member = dyn_cast<MemberExpr>(Callee))
    return Member->template_arguments();
  return {};
}

/// `T` and, for a class template specialization, the types it is built from: reflection
/// libraries serialize the elements of `std::vector<Local>` or `std::optional<Local>` too.
void forEachSerializedTag(QualType T, unsigned Depth,
                          llvm::function_ref<void(const TagDecl *)> Callback) {
  const TagDecl *Tag = evidenceTarget(T);
  if (!Tag || Depth > 4)
    return;
  Callback(Tag);
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Tag))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        forEachSerializedTag(Arg.getAsType(), Depth + 1, Callback);
}

/// Whether an argument of type `T` can carry a key: a character pointer or array, or a
/// string class (`std::string`, `std::string_view`, `QString`, ...).
bool isStringLike(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (T->isPointerType() || T->isArrayType())
    return T->getPointeeOrArrayElementType()->isAnyCharacterType();
  const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  return Class && Class->getIdentifier() && Class->getName().contains_insensitive("string");
}

/// The key a configured registration function registers under: its first string literal
/// argument; else, when no argument written at the call can carry a key, the type as the
/// call spells it (`reg<Event>()`: "Event"). A key computed at run time (`reg<T>(name)`) is
/// not known. In a template instantiation a template parameter is spelled as the type it
/// stands for, so that `reg<T>()` registers each instantiation under its own key.
std::optional<RegistrationKeyText> registrationKey(const CallExpr &Call, const ASTContext &Ctx) {
  for (const Expr *Arg : Call.arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    if (std::optional<RegistrationKeyText> Key = stringLiteralText(Arg))
      return Key;
    if (isStringLike(Arg->getType()))
      return std::nullopt;
  }
  llvm::ArrayRef<TemplateArgumentLoc> Written = explicitTemplateArgs(Call.getCallee());
  if (Written.empty() || Written[0].getArgument().getKind() != TemplateArgument::Type)
    return std::nullopt;
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  return RegistrationKeyText{Written[0].getArgument().getAsType().getAsString(Policy)};
}

/// Options RegistrationFunctions and SerializationFunctions.
void matchCall(const CallExpr &Call, const FunctionDecl &Callee, EvidenceContext &Ctx) {
  const Options &Opts = Ctx.Opts;
  if (Opts.RegistrationFunctions.empty() && Opts.SerializationFunctions.empty())
    return;
  SourceLocation Loc = Ctx.SM.getExpansionLoc(Call.getBeginLoc());
  std::string Name = plainQualifiedName(&Callee);
  if (llvm::is_contained(Opts.RegistrationFunctions, Name)) {
    if (const TagDecl *Target = firstTemplateTypeArgument(&Call)) {
      Ctx.add(Target, "config-register", Loc,
              "registered by name with '" + Name + "' (option RegistrationFunctions)", true,
              nullptr);
      if (std::optional<RegistrationKeyText> Key = registrationKey(Call, Ctx.Ctx))
        Ctx.addKey(Target, Loc, "config:" + Name, *Key);
    }
  }
  if (llvm::is_contained(Opts.SerializationFunctions, Name)) {
    std::string Text = "passed to '" + Name + "' (option SerializationFunctions)";
    // Only the template arguments written at the call (`glz::read_json<T>(buffer)`):
    // deduced ones come from the arguments, and a deduced callback or buffer type says
    // nothing about what is serialized.
    auto AddAll = [&](QualType T) {
      forEachSerializedTag(T, 0, [&](const TagDecl *Target) {
        Ctx.add(Target, "config-call", Loc, Text, false, nullptr);
      });
    };
    for (const TemplateArgumentLoc &Arg : explicitTemplateArgs(Call.getCallee()))
      if (Arg.getArgument().getKind() == TemplateArgument::Type)
        AddAll(Arg.getArgument().getAsType());
    for (const Expr *Arg : Call.arguments())
      AddAll(Arg->IgnoreImpCasts()->getType());
  }
}

} // namespace

extern const Framework ConfiguredFramework;
const Framework ConfiguredFramework = {
    /*OptionName=*/"",
    /*Title=*/"user-configured",
    /*Specializations=*/{},
    /*RegistrationFunctions=*/{},
    /*MatchFunction=*/nullptr,
    matchCall,
    matchTagDefinition,
    /*KeyedMacros=*/{},
    /*TypeOnlyMacros=*/{},
    /*NameWritingMacros=*/{},
};

} // namespace serialscope
