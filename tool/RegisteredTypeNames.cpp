//===- RegisteredTypeNames.cpp --------------------------------------------===//
#include "RegisteredTypeNames.h"
#include "Framework.h"

#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {
namespace {

/// A registration's arguments longer than this are not read: the unit goes to the AST.
constexpr size_t MaxArgumentTokens = 4096;
/// Nor a key's tokens: a call's parentheses, a specialization's body, a `guid<T>()` definition.
constexpr size_t MaxTailTokens = 1024;

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

/// A token that ends a type written before a function's name (`void reg(`): the name is
/// declared there, not called. `>`, `*` and `&` may be operators, and are not counted.
bool isTypeEnd(tok::TokenKind K) {
  static const tok::TokenKind Ends[] = {
      tok::identifier, tok::kw_void,    tok::kw_auto,     tok::kw_bool,
      tok::kw_char,    tok::kw_short,   tok::kw_int,      tok::kw_long,
      tok::kw_float,   tok::kw_double,  tok::kw_signed,   tok::kw_unsigned,
      tok::kw_wchar_t, tok::kw_char8_t, tok::kw_char16_t, tok::kw_char32_t};
  return llvm::is_contained(Ends, K);
}

} // namespace

RegisteredTypeNames::RegisteredTypeNames(const Options &Config, bool ReadKeys)
    : ReadKeys(ReadKeys) {
  auto Add = [&](llvm::StringRef QualifiedName, std::string Registry, TokenKey Key,
                 std::string (*ComparedKey)(llvm::StringRef) = nullptr) {
    size_t Separator = QualifiedName.rfind("::");
    RegistrationNames[Separator == llvm::StringRef::npos ? QualifiedName
                                                         : QualifiedName.substr(Separator + 2)]
        .push_back({std::move(Registry), Key, ComparedKey});
    if (Key.Shape == TokenKey::SpecializedFunction)
      KeyFunctionNames.insert(Key.Function);
  };
  for (const Framework *F : frameworks()) {
    if (!isEnabled(*F, Config))
      continue;
    for (const SpecializationEvidence &Specialization : F->Specializations)
      if (Specialization.RegistersByName)
        Add(Specialization.Template, F->OptionName.str(), Specialization.Key, F->ComparedKey);
    for (llvm::StringRef Function : F->RegistrationFunctions)
      Add(Function, F->OptionName.str(), F->RegistrationFunctionKey, F->ComparedKey);
  }
  for (const std::string &Name : Config.RegistrationFunctions)
    Add(Name, "config:" + Name, {TokenKey::FirstArgumentOrType});
}

void RegisteredTypeNames::trackContext(const ScanToken &Tok, llvm::function_ref<bool()> IsUser) {
  tok::TokenKind K = Tok.Kind;
  // `using namespace N;`, `namespace A = N;` in user code (a library's are inside its own
  // namespaces, and the same in every unit).
  if (((K == tok::kw_namespace && Previous == tok::kw_using) ||
       (K == tok::equal && Previous == tok::identifier && BeforePrevious == tok::kw_namespace)) &&
      IsUser())
    SawNamespaceRedirection = true;
  // The start of a qualified name, as a call's begin location is: `reg`, `ns::reg`, `::reg`.
  if (K == tok::identifier && Previous != tok::coloncolon) {
    ChainStart = Tok.Loc;
    BeforeChain = Previous;
    ChainKnown = Previous != tok::period && Previous != tok::arrow &&
                 Previous != tok::kw_template && Previous != tok::periodstar &&
                 Previous != tok::arrowstar;
  } else if (K == tok::coloncolon && Previous != tok::identifier) {
    // `A<B>::reg` begins before the `<`: not followed.
    ChainKnown = Previous != tok::greater && Previous != tok::greatergreater &&
                 Previous != tok::kw_decltype && Previous != tok::r_paren;
    ChainStart = Tok.Loc;
    BeforeChain = Previous;
  }
  BeforePrevious = Previous;
  Previous = K;
}

void RegisteredTypeNames::start(const ScanToken &Tok, const std::vector<KeySource> *Sources,
                                llvm::StringRef Function) {
  Registration R;
  R.Loc = Tok.Loc;
  R.Site = ChainStart;
  R.SiteKnown = ChainKnown;
  R.AfterType = isTypeEnd(BeforeChain);
  R.Sources = Sources;
  R.KeyFunction = Function;
  R.DependsOnUnit = SawNamespaceRedirection;
  Registrations.push_back(std::move(R));
  Capturing = true;
  CaptureDepth = CaptureParens = 0;
}

void RegisteredTypeNames::feed(const ScanToken &Tok, llvm::function_ref<bool()> IsUser) {
  trackContext(Tok, IsUser);
  if (CapturingTail != Tail::None) {
    // A registration inside a key's tokens is a registration of its own; the key it
    // interrupts counts as cut off (unsure, unless already read).
    bool Nested =
        Tok.Kind == tok::identifier &&
        ((registrationSources(Tok.Identifier) && IsUser()) || isKeyFunction(Tok.Identifier));
    if (!Nested) {
      feedTail(Tok);
      return;
    }
    Registrations.back().TailComplete = false;
    CapturingTail = Tail::None;
  }
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
        if (!Broken && ReadKeys)
          CapturingTail = tailOf(R);
        TailDepth = 0;
        TailAfterParentheses = false;
        return;
      }
      R.Arguments.push_back(Tok);
      return;
    }
  }
  if (Tok.Kind != tok::identifier)
    return;
  if (const std::vector<KeySource> *Sources = registrationSources(Tok.Identifier);
      Sources && IsUser())
    start(Tok, Sources, "");
  else if (ReadKeys && isKeyFunction(Tok.Identifier))
    // Wherever it is: the AST finds the key of a user registration in any specialization.
    start(Tok, nullptr, Tok.Identifier->getName());
}

void RegisteredTypeNames::feedTail(const ScanToken &Tok) {
  Registration &R = Registrations.back();
  tok::TokenKind K = Tok.Kind;
  bool First = R.TailTokens.empty();
  R.TailTokens.push_back(Tok);
  auto Stop = [&](bool Complete) {
    R.TailComplete = Complete;
    CapturingTail = Tail::None;
  };
  if (K == tok::eof || R.TailTokens.size() > MaxTailTokens)
    return Stop(false);
  tok::TokenKind Open = CapturingTail == Tail::Body ? tok::l_brace : tok::l_paren;
  tok::TokenKind Close = CapturingTail == Tail::Body ? tok::r_brace : tok::r_paren;
  if (CapturingTail == Tail::Function && TailAfterParentheses) {
    // After `guid<T>()`: a body, or the end of a declaration or a call.
    if (TailDepth == 0 && K != tok::l_brace)
      return Stop(true);
    Open = tok::l_brace;
    Close = tok::r_brace;
  } else if (First && K != Open) {
    return Stop(true);
  }
  if (CapturingTail == Tail::Call && (K == tok::semi || K == tok::l_brace || K == tok::r_brace))
    return Stop(false);
  if (K == Open)
    ++TailDepth;
  else if (K == Close && --TailDepth == 0) {
    if (CapturingTail == Tail::Function && !TailAfterParentheses) {
      TailAfterParentheses = true;
      return;
    }
    return Stop(true);
  }
}

const std::vector<RegisteredTypeNames::KeySource> *
RegisteredTypeNames::registrationSources(const IdentifierInfo *Name) {
  auto [It, New] = IsRegistrationName.try_emplace(Name, nullptr);
  if (New && Name) {
    auto Found = RegistrationNames.find(Name->getName());
    if (Found != RegistrationNames.end())
      It->second = &Found->second;
  }
  return It->second;
}

bool RegisteredTypeNames::isKeyFunction(const IdentifierInfo *Name) {
  auto [It, New] = IsKeyFunctionName.try_emplace(Name, false);
  if (New && Name)
    It->second = KeyFunctionNames.count(Name->getName());
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

bool RegisteredTypeNames::any() const {
  return llvm::any_of(Registrations, [](const Registration &R) { return R.Sources; });
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
    if (R.Sources && !spellsOnlyClasses(R))
      return R.Loc;
  return SourceLocation();
}

RegisteredTypeNames::Tail RegisteredTypeNames::tailOf(const Registration &R) const {
  if (!R.Sources)
    return Tail::Function;
  Tail Wanted = Tail::None;
  for (const KeySource &Source : *R.Sources) {
    if (Source.Key.Shape == TokenKey::StaticMethod)
      Wanted = Tail::Body;
    else if (Source.Key.Shape == TokenKey::FirstArgument ||
             Source.Key.Shape == TokenKey::FirstArgumentOrType)
      Wanted = Tail::Call;
  }
  return Wanted;
}

namespace {

/// `Function() { return "K"; }` among the tokens of a class body (from its `{`).
ReadKey readStaticMethod(llvm::ArrayRef<ScanToken> Body, bool Complete, llvm::StringRef Function) {
  if (Body.empty() || Body[0].Kind != tok::l_brace) {
    // Not a definition: `binding_name<T>::name()`, a declaration, the end of a type.
    tok::TokenKind K = Body.empty() ? tok::eof : Body[0].Kind;
    bool Use = K == tok::eof || K == tok::semi || K == tok::coloncolon || K == tok::comma ||
               K == tok::greater || K == tok::greatergreater || K == tok::r_paren ||
               K == tok::l_paren || K == tok::star || K == tok::amp || K == tok::identifier;
    return Use ? ReadKey() : ReadKey{ReadKey::Unsure, ""};
  }
  if (!Complete)
    return {ReadKey::Unsure, ""};
  std::optional<size_t> At;
  for (size_t I = 0; I < Body.size(); ++I)
    if (Body[I].Kind == tok::identifier && Body[I].Identifier->getName() == Function) {
      if (At)
        return {ReadKey::Unsure, ""};
      At = I;
    }
  if (!At)
    return {};
  // `name ( ) { ... }`: the body up to its closing brace.
  size_t I = *At + 1;
  if (I + 2 >= Body.size() || Body[I].Kind != tok::l_paren || Body[I + 1].Kind != tok::r_paren ||
      Body[I + 2].Kind != tok::l_brace)
    return {ReadKey::Unsure, ""};
  size_t Begin = I + 2, Depth = 0;
  for (size_t J = Begin; J < Body.size(); ++J) {
    Depth += Body[J].Kind == tok::l_brace;
    Depth -= Body[J].Kind == tok::r_brace;
    if (Depth == 0)
      return readReturnedLiteral(Body.slice(Begin, J + 1 - Begin));
  }
  return {ReadKey::Unsure, ""};
}

/// A `guid<T>` key definition's tail: its body when it is one, NoKey when it is a call or a
/// declaration, Unsure when the scan cannot tell.
std::optional<ReadKey> readKeyDefinition(llvm::ArrayRef<ScanToken> Tail, bool Complete) {
  if (Tail.size() < 3 || Tail[0].Kind != tok::l_paren || Tail[1].Kind != tok::r_paren)
    return std::nullopt;
  tok::TokenKind After = Tail[2].Kind;
  if (After != tok::l_brace) {
    bool Use = After == tok::semi || After == tok::r_paren || After == tok::comma ||
               After == tok::period || After == tok::arrow || After == tok::r_brace;
    return Use ? std::nullopt : std::optional<ReadKey>(ReadKey{ReadKey::Unsure, ""});
  }
  if (!Complete)
    return ReadKey{ReadKey::Unsure, ""};
  return readReturnedLiteral(Tail.drop_front(2));
}

} // namespace

ReadKey RegisteredTypeNames::readSpecializedFunction(const Registration &R,
                                                     llvm::StringRef Function) const {
  // BOOST_CLASS_EXPORT_KEY2 writes `guid_defined<T>` and `guid<T>() { return K; }` with one
  // spelling of T. A definition spelled otherwise may name the same type: the scan cannot
  // tell, so only the absence of any other definition makes "no key" certain.
  std::string Spelled = spell(R.Arguments);
  std::optional<ReadKey> Same;
  bool Other = false;
  for (const Registration &D : Registrations) {
    if (D.Sources || D.KeyFunction != Function)
      continue;
    std::optional<ReadKey> Read =
        D.Readable ? readKeyDefinition(D.TailTokens, D.TailComplete) : std::nullopt;
    if (!Read)
      continue;
    if (spell(D.Arguments) != Spelled)
      Other = true;
    else if (!Same || Read->What != ReadKey::NoKey)
      Same = *Read;
  }
  if (Same)
    return *Same;
  return Other ? ReadKey{ReadKey::Unsure, ""} : ReadKey();
}

ReadKey RegisteredTypeNames::readKey(const Registration &R, const KeySource &Source) const {
  llvm::ArrayRef<ScanToken> Tail = R.TailTokens;
  switch (Source.Key.Shape) {
  case TokenKey::None:
    return {};
  case TokenKey::SpecializedFunction:
    return readSpecializedFunction(R, Source.Key.Function);
  case TokenKey::StaticMethod:
    return readStaticMethod(Tail, R.TailComplete, Source.Key.Function);
  case TokenKey::FirstArgument:
    return Tail.empty() || Tail[0].Kind != tok::l_paren ? ReadKey() : readFirstArgument(Tail);
  case TokenKey::FirstArgumentOrType: {
    if (Tail.empty() || Tail[0].Kind != tok::l_paren)
      return {};
    if (Tail.size() >= 2 && Tail[1].Kind == tok::r_paren)
      return readSpelledType(R.Arguments);
    // An argument that is not a literal may or may not carry a key: its type decides.
    ReadKey Read = readFirstArgument(Tail);
    return Read.What == ReadKey::NoKey ? ReadKey{ReadKey::Unsure, ""} : Read;
  }
  }
  return {ReadKey::Unsure, ""};
}

std::vector<KeyCandidate> RegisteredTypeNames::keyCandidates(const SourceManager &SM,
                                                             const LangOptions &LangOpts,
                                                             SourceLocation &Unsure) const {
  std::vector<KeyCandidate> Candidates;
  Unsure = SourceLocation();
  for (const Registration &R : Registrations) {
    if (!R.Sources)
      continue;
    for (const KeySource &Source : *R.Sources) {
      bool Call = Source.Key.Shape == TokenKey::FirstArgument ||
                  Source.Key.Shape == TokenKey::FirstArgumentOrType;
      // A declaration of the function registers nothing; without `<...>` a specialization
      // is none, and a call deduces its type argument, which the scan cannot follow.
      if (Source.Key.Shape == TokenKey::None || (Call && R.AfterType) || (!Call && !R.Readable))
        continue;
      ReadKey Read = R.Readable ? readKey(R, Source) : ReadKey{ReadKey::Unsure, ""};
      if (Read.What == ReadKey::NoKey)
        continue;
      // One place registers one type only when its spelling names classes: a template
      // parameter there (`reg<T>("K")`) registers a type per instantiation.
      bool Certain = Read.What == ReadKey::Key && R.SiteKnown && spellsOnlyClasses(R);
      std::string Key = Source.ComparedKey ? Source.ComparedKey(Read.Text) : Read.Text;
      if (Certain)
        Certain = llvm::none_of(Candidates, [&](const KeyCandidate &C) {
          return C.Registry == Source.Registry && C.Key == Key; // Two in one unit.
        });
      if (!Certain) {
        Unsure = R.Loc;
        return {};
      }
      KeyCandidate C;
      C.Registry = Source.Registry;
      C.Key = std::move(Key);
      C.Type = spell(R.Arguments);
      C.DependsOnUnit = R.DependsOnUnit;
      C.Where = makeLocation(SM.getExpansionLoc(Call ? R.Site : R.Loc), SM, LangOpts);
      Candidates.push_back(std::move(C));
    }
  }
  return Candidates;
}

} // namespace serialscope
