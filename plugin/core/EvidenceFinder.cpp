//===- EvidenceFinder.cpp -------------------------------------------------===//
#include "EvidenceFinder.h"
#include "Framework.h"
#include "ScopeClassifier.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {

std::string plainQualifiedName(const NamedDecl *D) {
  std::string Name = D->getNameAsString();
  for (const DeclContext *DC = D->getDeclContext(); DC && !DC->isTranslationUnit();
       DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      Name.insert(0, (NS->isAnonymousNamespace() ? std::string("(anonymous namespace)")
                                                  : NS->getNameAsString()) +
                         "::");
    } else if (const auto *ND = dyn_cast<NamedDecl>(DC)) {
      Name.insert(0, ND->getNameAsString() + "::");
    }
  }
  return Name;
}

const TagDecl *evidenceTarget(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType().getCanonicalType();
  const TagDecl *Tag = T->getAsTagDecl();
  if (!Tag)
    return nullptr;
  if (const TagDecl *Def = Tag->getDefinition())
    Tag = Def;
  // A local class of a function template instantiation stands for the pattern's class.
  if (const auto *Record = dyn_cast<CXXRecordDecl>(Tag))
    if (const CXXRecordDecl *Pattern = Record->getTemplateInstantiationPattern();
        Pattern && !isa<ClassTemplateSpecializationDecl>(Record))
      return Pattern;
  if (const auto *Enum = dyn_cast<EnumDecl>(Tag))
    if (const EnumDecl *Pattern = Enum->getTemplateInstantiationPattern())
      return Pattern;
  return Tag;
}

namespace {

/// Walks user code and hands each node to the matchers of the enabled frameworks.
class EvidenceVisitor : public RecursiveASTVisitor<EvidenceVisitor> {
public:
  EvidenceVisitor(ASTContext &Ctx, const Options &Opts, EvidenceIndex &Index)
      : SM(Ctx.getSourceManager()), Index(Index), Context(Ctx, Opts, Index.ByType, Index.Keys) {
    for (const Framework *F : frameworks())
      if (isEnabled(*F, Opts))
        Enabled.push_back(F);
  }

  // Instantiations matter: a call in a function template is resolved only in them.
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    // Namespaces are containers; anything else declared in a system header is library code.
    if (D && !isa<TranslationUnitDecl, NamespaceDecl, LinkageSpecDecl>(D) &&
        D->getLocation().isValid() && SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitTagDecl(TagDecl *Tag) {
    if (!Tag->isThisDeclarationADefinition() || Tag->isInvalidDecl())
      return true;
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Tag);
        Record && (Record->isLambda() || isa<ClassTemplateSpecializationDecl>(Record)))
      return true;
    for (const Framework *F : Enabled)
      if (F->MatchTagDefinition)
        F->MatchTagDefinition(*Tag, Context);
    // An instantiated local class or enum stands for its pattern, the candidate.
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Tag);
        Record && Record->getTemplateInstantiationPattern())
      return true;
    if (const auto *Enum = dyn_cast<EnumDecl>(Tag); Enum && Enum->getTemplateInstantiationPattern())
      return true;
    if (std::optional<Scope> Where = classifyScope(Tag))
      Index.Candidates.emplace_back(Tag, std::move(*Where));
    return true;
  }

  bool VisitUsingDirectiveDecl(UsingDirectiveDecl *Directive) {
    Index.UsingDirectives.push_back(Directive);
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    for (const Framework *F : Enabled)
      if (F->MatchFunction)
        F->MatchFunction(*FD, Context);
    return true;
  }

  bool VisitClassTemplateSpecializationDecl(ClassTemplateSpecializationDecl *Spec) {
    if (Spec->getSpecializationKind() != TSK_ExplicitSpecialization)
      return true;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return true;
    const TagDecl *Target = evidenceTarget(Args[0].getAsType());
    if (!Target)
      return true;
    std::string Template = plainQualifiedName(Spec->getSpecializedTemplate());
    for (const Framework *F : Enabled)
      for (const SpecializationEvidence &Known : F->Specializations) {
        if (Template != Known.Template)
          continue;
        std::string Text = Known.Description.str();
        if (Known.RegistersByName) {
          // Registration macros expand to the specialization: the note names the macro.
          llvm::StringRef Macro = Context.outermostMacroName(Spec->getLocation());
          Text = "registered by name with " + (Macro.empty() ? Text : Macro.str());
        }
        SourceLocation Loc = SM.getExpansionLoc(Spec->getLocation());
        Context.add(Target, Known.Id, Loc, std::move(Text), Known.RegistersByName, Spec);
        if (Known.RegistersByName && F->RegistrationKey)
          if (std::optional<RegistrationKeyText> Key = F->RegistrationKey(*Spec))
            Context.addKey(Target, Loc, F->OptionName, *Key);
        return true;
      }
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier())
      return true;
    for (const Framework *F : Enabled)
      if (F->MatchCall)
        F->MatchCall(*Call, *Callee, Context);
    return true;
  }

private:
  const SourceManager &SM;
  EvidenceIndex &Index;
  EvidenceContext Context;
  std::vector<const Framework *> Enabled;
};

/// Evidence recorded against class template specializations (`BOOST_CLASS_EXPORT(Box<A>)`):
/// the specialization is never a candidate itself, since its definition is the template's.
/// - Template declared in a function or anonymous namespace: the evidence belongs to the
///   template's own definition, which is a candidate (an explicit specialization defined
///   there is one itself).
/// - Template at namespace scope, registered by name with a template argument that cannot be
///   resolved: the registration fails at run time, so the specialization becomes a candidate
///   reported at the registration (Scope::Argument). Evidence that does not register by name
///   is not enough: the argument's own evidence reports that type where it is defined.
void resolveSpecializations(EvidenceIndex &Index, const SourceManager &SM) {
  std::vector<const ClassTemplateSpecializationDecl *> Specs;
  for (const auto &[Type, Evidences] : Index.ByType)
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Type))
      Specs.push_back(Spec);
  for (const ClassTemplateSpecializationDecl *Spec : Specs) {
    std::vector<Evidence> Evidences = Index.ByType[Spec];
    if (std::optional<Scope> Where = classifyScope(Spec)) {
      if (Spec->getSpecializationKind() == TSK_ExplicitSpecialization) {
        // A definition of its own, in user code: a candidate like any class.
        if (Spec->isThisDeclarationADefinition() && Spec->getLocation().isValid() &&
            !SM.isInSystemHeader(SM.getExpansionLoc(Spec->getLocation())))
          Index.Candidates.emplace_back(Spec, std::move(*Where));
        continue;
      }
      const TagDecl *Pattern = Spec->getSpecializedTemplate()->getTemplatedDecl();
      if (const TagDecl *Def = Pattern->getDefinition())
        Pattern = Def;
      std::vector<Evidence> &Target = Index.ByType[Pattern];
      for (const Evidence &E : Evidences)
        if (llvm::none_of(Target, [&](const Evidence &Old) {
              return Old.Id == E.Id && Old.Loc == E.Loc;
            }))
          Target.push_back(E);
      continue;
    }
    if (llvm::none_of(Evidences, [](const Evidence &E) { return E.RegistersByName; }))
      continue;
    if (std::optional<Scope> Where = classifyTemplateArguments(Spec))
      Index.Candidates.emplace_back(Spec, std::move(*Where));
  }
}

} // namespace

EvidenceIndex findEvidence(ASTContext &Ctx, const Options &Opts) {
  EvidenceIndex Index;
  EvidenceVisitor(Ctx, Opts, Index).TraverseAST(Ctx);
  resolveSpecializations(Index, Ctx.getSourceManager());
  return Index;
}

} // namespace serialscope
