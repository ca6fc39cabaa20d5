//===- RegisteredTypeNames.cpp --------------------------------------------===//
#include "RegisteredTypeNames.h"
#include "Framework.h"

#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {
namespace {

/// A registration's arguments longer than this are not read: the unit goes to the AST.
constexpr size_t MaxArgumentTokens = 4096;

bool isSpelledTypeToken(tok::TokenKind K) {
  static const tok::TokenKind Allowed[] = {
      tok::coloncolon, tok::less,       tok::greater,     tok::greatergreater, tok::comma,
      tok::star,       tok::amp,        tok::ampamp,      tok::l_paren,        tok::r_paren,
      tok::l_square,   tok::r_square,   tok::numeric_constant, tok::kw_true,   tok::kw_false,
      tok::kw_const,   tok::kw_volatile, tok::kw_template, tok::kw_void,      tok::kw_bool,
      tok::kw_char,    tok::kw_wchar_t, tok::kw_char8_t,  tok::kw_char16_t,    tok::kw_char32_t,
      tok::kw_short,   tok::kw_int,     tok::kw_long,     tok::kw_float,       tok::kw_double,
      tok::kw_signed,  tok::kw_unsigned, tok::kw___int128};
  return llvm::is_contained(Allowed, K);
}

tok::TokenKind kindAt(llvm::ArrayRef<ScanToken> Tokens, size_t I) {
  return I < Tokens.size() ? Tokens[I].Kind : tok::eof;
}

} // namespace

RegisteredTypeNames::RegisteredTypeNames(const Options &Config) {
  auto Add = [&](llvm::StringRef QualifiedName) {
    size_t Separator = QualifiedName.rfind("::");
    RegistrationNames.insert(
        Separator == llvm::StringRef::npos ? QualifiedName : QualifiedName.substr(Separator + 2));
  };
  for (const Framework *F : frameworks()) {
    if (!isEnabled(*F, Config))
      continue;
    for (const SpecializationEvidence &Specialization : F->Specializations)
      if (Specialization.RegistersByName)
        Add(Specialization.Template);
    for (llvm::StringRef Function : F->RegistrationFunctions)
      Add(Function);
  }
  for (llvm::StringRef Name : Config.RegistrationFunctions)
    Add(Name);
}

void RegisteredTypeNames::feed(const ScanToken &Tok, llvm::function_ref<bool()> IsUser) {
  if (Capturing) {
    Registration &R = Registrations.back();
    if (CaptureDepth == 0) {
      // `name<`: the arguments follow. Anything else (a deduced call, a declaration) is not
      // read, and the registration stays unreadable.
      Capturing = Tok.Kind == tok::less;
      if (Capturing) {
        R.Readable = true;
        CaptureDepth = 1;
        return;
      }
    } else {
      tok::TokenKind K = Tok.Kind;
      if (K == tok::l_paren || K == tok::l_square)
        ++CaptureParens;
      else if ((K == tok::r_paren || K == tok::r_square) && CaptureParens > 0)
        --CaptureParens;
      else if (CaptureParens == 0 && K == tok::less)
        ++CaptureDepth;
      else if (CaptureParens == 0 && K == tok::greater)
        --CaptureDepth;
      else if (CaptureParens == 0 && K == tok::greatergreater)
        CaptureDepth -= 2;
      bool Broken = K == tok::semi || K == tok::l_brace || K == tok::r_brace || K == tok::eof ||
                    CaptureDepth < 0 || R.Arguments.size() > MaxArgumentTokens;
      if (Broken)
        R.Readable = false;
      if (Broken || CaptureDepth == 0) {
        Capturing = false;
        return;
      }
      R.Arguments.push_back(Tok);
      return;
    }
  }
  if (Tok.Kind == tok::identifier && isRegistrationName(Tok.Identifier) && IsUser()) {
    Registrations.push_back({Tok.Loc, {}, false});
    Capturing = true;
    CaptureDepth = CaptureParens = 0;
  }
}

bool RegisteredTypeNames::isRegistrationName(const IdentifierInfo *Name) {
  auto [It, New] = IsRegistrationName.try_emplace(Name, false);
  if (New && Name)
    It->second = RegistrationNames.count(Name->getName());
  return It->second;
}

void RegisteredTypeNames::readHead(llvm::ArrayRef<ScanToken> Head, tok::TokenKind Terminator,
                                   bool TypedefTail) {
  HeadHasDefaultTemplateArgument = false;
  bool Typedef = TypedefTail, Using = false, UsingAlias = false;
  int Angles = 0;
  for (size_t I = 0; I < Head.size(); ++I) {
    tok::TokenKind K = Head[I].Kind;
    if (K == tok::kw_typedef)
      Typedef = true;
    if (K == tok::kw_using && kindAt(Head, I + 1) != tok::kw_namespace) {
      Using = true;
      // `using Name = ...` (attributes between are rare enough to count as a declaration).
      if (kindAt(Head, I + 1) == tok::identifier && kindAt(Head, I + 2) == tok::equal) {
        UsingAlias = true;
        OtherTypeNames.insert(Head[I + 1].Identifier);
      }
    }
    if (K == tok::less)
      ++Angles;
    else if (K == tok::greater && Angles > 0)
      --Angles;
    else if (K == tok::greatergreater)
      Angles = Angles > 2 ? Angles - 2 : 0;
    // A default argument in a template parameter list (or anywhere inside angles: the scan
    // does not tell a template-id from a parameter list, and may only over-count).
    if (K == tok::equal && Angles > 0)
      HeadHasDefaultTemplateArgument = true;
    if (K != tok::identifier)
      continue;
    tok::TokenKind Before = I > 0 ? Head[I - 1].Kind : tok::unknown;
    tok::TokenKind After = kindAt(Head, I + 1);
    // A template parameter (`class T>`, `typename... Ts,`, `Concept C =`, a generic lambda's).
    bool Parameter = (Before == tok::identifier || Before == tok::kw_class ||
                      Before == tok::kw_typename || Before == tok::kw_struct ||
                      Before == tok::kw_union || Before == tok::kw_enum ||
                      Before == tok::ellipsis || Before == tok::kw_auto) &&
                     (After == tok::comma || After == tok::greater ||
                      After == tok::greatergreater || After == tok::equal ||
                      After == tok::ellipsis);
    if (Parameter)
      OtherTypeNames.insert(Head[I].Identifier);
  }
  bool EndsDeclaration = Terminator == tok::semi || Terminator == tok::eof;
  if (!EndsDeclaration || !(Typedef || (Using && !UsingAlias)))
    return;
  // The names a typedef declares (`typedef A B, *C, (*D)(int), E[2];`), or a using-declaration
  // brings in (`using Base::Name, Other::Name;`): every name outside angles that a declarator
  // can end with. A type it merely uses may be counted too, which only sends more units on.
  Angles = 0;
  for (size_t I = 0; I < Head.size(); ++I) {
    tok::TokenKind K = Head[I].Kind;
    if (K == tok::less)
      ++Angles;
    else if ((K == tok::greater || K == tok::greatergreater) && Angles > 0)
      Angles -= K == tok::greater ? 1 : std::min(Angles, 2);
    if (K != tok::identifier || Angles > 0)
      continue;
    tok::TokenKind After = kindAt(Head, I + 1);
    if (After == tok::eof || After == tok::comma || After == tok::r_paren ||
        After == tok::l_paren || After == tok::l_square || After == tok::equal)
      OtherTypeNames.insert(Head[I].Identifier);
  }
}

void RegisteredTypeNames::declaresClass(const IdentifierInfo *Name, bool Nameable) {
  if (!Name)
    return;
  if (Nameable && !HeadHasDefaultTemplateArgument)
    ClassNames.insert(Name);
  else
    OtherTypeNames.insert(Name);
}

bool RegisteredTypeNames::spellsOnlyClasses(const Registration &R) const {
  if (!R.Readable || R.Arguments.empty())
    return false;
  llvm::ArrayRef<ScanToken> Arguments = R.Arguments;
  for (size_t I = 0; I < Arguments.size(); ++I) {
    const ScanToken &Tok = Arguments[I];
    if (Tok.Kind != tok::identifier) {
      if (!isSpelledTypeToken(Tok.Kind))
        return false;
      continue;
    }
    // A qualifier only chooses where the name after it is looked up; that name decides.
    if (kindAt(Arguments, I + 1) == tok::coloncolon)
      continue;
    if (!ClassNames.count(Tok.Identifier) || OtherTypeNames.count(Tok.Identifier))
      return false;
  }
  return true;
}

SourceLocation RegisteredTypeNames::firstUnresolved() const {
  for (const Registration &R : Registrations)
    if (!spellsOnlyClasses(R))
      return R.Loc;
  return SourceLocation();
}

} // namespace serialscope
