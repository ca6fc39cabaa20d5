//===- Framework.cpp - the registry, and what matchers share --------------===//
#include "Framework.h"
#include "EvidenceFinder.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {

extern const Framework BoostFramework, CerealFramework, NlohmannFramework, QtFramework,
    MsgpackFramework, ConfiguredFramework;

llvm::ArrayRef<const Framework *> frameworks() {
  // The configured evidence stays last: the rule description lists it as "or user-configured".
  static const Framework *const Registry[] = {
      &BoostFramework,   &CerealFramework,    &NlohmannFramework,
      &QtFramework,      &MsgpackFramework,   &ConfiguredFramework,
  };
  return Registry;
}

bool isEnabled(const Framework &F, const Options &Opts) {
  return F.OptionName.empty() || !Opts.FrameworksOff.count(F.OptionName.str());
}

void EvidenceContext::add(const TagDecl *Target, llvm::StringRef Id, SourceLocation Loc,
                          std::string Text, bool RegistersByName, const Decl *Source) {
  std::vector<Evidence> &List = ByType[Target];
  if (llvm::any_of(List, [&](const Evidence &E) { return E.Id == Id && E.Loc == Loc; }))
    return;
  List.push_back(Evidence{Id, Loc, std::move(Text), RegistersByName, Source});
}

/// KeySite::Literal: the literal's one token, when it is written in the text of the
/// registration at `Registration` (directly, or as an argument of its macro).
static SourceLocation keyLiteralLocation(const StringLiteral *Literal, SourceLocation Registration,
                                         const SourceManager &SM) {
  if (!Literal || Literal->getNumConcatenated() != 1)
    return {};
  SourceLocation Loc = Literal->getBeginLoc();
  if (Loc.isFileID()) // An argument of the call at Registration.
    return Loc;
  SourceLocation Spelling = SM.getSpellingLoc(Loc);
  CharSourceRange Call = SM.getExpansionRange(Loc);
  if (!Spelling.isFileID() || SM.isWrittenInScratchSpace(Spelling) ||
      Call.getBegin() != Registration || SM.getFileID(Spelling) != SM.getFileID(Registration) ||
      SM.isBeforeInTranslationUnit(Spelling, Call.getBegin()) ||
      SM.isBeforeInTranslationUnit(Call.getEnd(), Spelling))
    return {};
  return Spelling;
}

void EvidenceContext::addKey(const TagDecl *Target, SourceLocation Loc, llvm::StringRef Registry,
                             const RegistrationKeyText &Key, llvm::StringRef Compared) {
  std::string Registered = Compared.empty() ? Key.Key : Compared.str();
  if (llvm::none_of(Keys, [&](const KeySite &Site) {
        return Site.Type == Target && Site.Loc == Loc && Site.Registry == Registry &&
               Site.Key == Registered;
      }))
    Keys.push_back(KeySite{Target, Registry.str(), Registered,
                           Registered == Key.Key ? "" : Key.Key, Loc,
                           keyLiteralLocation(Key.Literal, Loc, SM)});
}

std::optional<RegistrationKeyText> stringLiteralText(const Expr *E) {
  if (const auto *Literal = dyn_cast_or_null<StringLiteral>(E ? E->IgnoreParenImpCasts() : nullptr);
      Literal && Literal->isOrdinary())
    return RegistrationKeyText{Literal->getString().str(), Literal};
  return std::nullopt;
}

std::optional<RegistrationKeyText> returnedStringLiteral(const FunctionDecl *FD) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(FD ? FD->getBody() : nullptr);
  if (!Body || Body->size() != 1)
    return std::nullopt;
  if (const auto *Return = dyn_cast<ReturnStmt>(Body->body_front()))
    return stringLiteralText(Return->getRetValue());
  return std::nullopt;
}

/// The first declaration of the function `FD` is (a redeclaration, the instantiation of a
/// template) or of its template: every declaration of one hook is one evidence, noted there.
static const Decl *firstDeclOf(const FunctionDecl *FD) {
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  if (const FunctionTemplateDecl *Template = FD->getDescribedFunctionTemplate())
    return Template->getFirstDecl();
  return FD->getFirstDecl();
}

SourceLocation EvidenceContext::hookLocation(const FunctionDecl *FD) const {
  return SM.getExpansionLoc(firstDeclOf(FD)->getLocation());
}

bool EvidenceContext::declaresNamespace(std::initializer_list<llvm::StringRef> Path) const {
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  for (llvm::StringRef Name : Path) {
    const NamespaceDecl *Next = nullptr;
    for (const NamedDecl *D : DC->lookup(&Ctx.Idents.get(Name)))
      if ((Next = dyn_cast<NamespaceDecl>(D)))
        break;
    if (!Next)
      return false;
    DC = Next;
  }
  return true;
}

llvm::StringRef EvidenceContext::outermostMacroName(SourceLocation Loc) const {
  llvm::StringRef Name;
  while (Loc.isMacroID()) {
    if (SM.isMacroArgExpansion(Loc)) {
      Loc = SM.getImmediateExpansionRange(Loc).getBegin();
      continue;
    }
    Name = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
    Loc = SM.getImmediateExpansionRange(Loc).getBegin();
  }
  return Name;
}

const FunctionDecl *hookDefinition(const FunctionDecl *FD) {
  const Decl *First = firstDeclOf(FD);
  if (const auto *Template = dyn_cast<FunctionTemplateDecl>(First)) {
    for (const RedeclarableTemplateDecl *Redecl : Template->redecls())
      if (const auto *Function = cast<FunctionTemplateDecl>(Redecl)->getTemplatedDecl();
          Function->isThisDeclarationADefinition())
        return Function;
    return Template->getTemplatedDecl();
  }
  const auto *Function = cast<FunctionDecl>(First);
  const FunctionDecl *Def = Function->getDefinition();
  return Def ? Def : Function;
}

bool isGenericParameter(const FunctionDecl *FD, unsigned Index) {
  const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
  return Pattern && Pattern != FD && Index < Pattern->getNumParams() &&
         Pattern->getParamDecl(Index)->getType()->isDependentType();
}

const TagDecl *firstTemplateTypeArgument(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const TemplateArgumentList *Args = Callee ? Callee->getTemplateSpecializationArgs() : nullptr;
  if (!Args || Args->size() == 0 || (*Args)[0].getKind() != TemplateArgument::Type)
    return nullptr;
  return evidenceTarget((*Args)[0].getAsType());
}

} // namespace serialscope
