//===- ShapeScanner.cpp ---------------------------------------------------===//
#include "ShapeScanner.h"
#include "RegisteredTypeNames.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <map>
#include <vector>

using namespace clang;

namespace serialscope {
namespace {

/// What a `{` opens, read from the tokens before it. Anything not read with certainty is
/// `Other`, which the scan treats like a function body: the safe side.
enum class BraceKind { Namespace, AnonymousNamespace, Linkage, Class, UnnamedClass, Other };

struct Brace {
  BraceKind Kind;
  /// A class defined in this brace cannot be named from another unit: the brace, or one
  /// around it, is a function body (or unsure), an anonymous namespace or an unnamed class.
  bool NonResolvable;
  /// The brace, or one around it, is an anonymous namespace / an unnamed class.
  bool InAnonymousNamespace, InUnnamedClass;
  /// The parenthesis depth of the brace's own level when it opened.
  unsigned OuterDepth;
  /// The head before it was a typedef: the declarators follow the closing brace.
  bool TypedefHead = false;
};

using HeadToken = ScanToken;

/// How the tokens after a class key read.
enum class KeyShape {
  NotDefinition, ///< Elaborated type, forward declaration, template type parameter, ...
  Named,         ///< `struct S {`, `struct S : B {`
  Qualified,     ///< `struct A::B {`, `template <> struct X<int> {`: defined elsewhere than read
  Unnamed,       ///< `struct {`, `enum : int {`
  Unsure,        ///< Anything else: counts as an unnamed definition.
};

struct KeyReading {
  KeyShape Shape = KeyShape::Unsure;
  /// Where the reading stopped: at the base clause's `:`, or the head's end.
  size_t End = 0;
  SourceLocation NameLoc;
  /// The last identifier of the name: the class, or the template, being declared.
  const IdentifierInfo *Name = nullptr;
};

bool isClassKey(tok::TokenKind K) {
  return K == tok::kw_class || K == tok::kw_struct || K == tok::kw_union || K == tok::kw_enum ||
         K == tok::kw___interface;
}

bool isVirtSpecifier(const IdentifierInfo *II) {
  if (!II)
    return false;
  llvm::StringRef Name = II->getName();
  return Name == "final" || Name == "sealed" || Name == "__final" || Name == "abstract";
}

} // namespace

class ShapeScanner::Impl {
public:
  Impl(const SourceManager &SM, const LangOptions &LangOpts, const Options &Config, bool ReadKeys)
      : SM(SM), LangOpts(LangOpts), ReadKeys(ReadKeys), Registrations(Config, ReadKeys) {
    Stack.push_back({BraceKind::Namespace, false, false, false, 0});
  }

  /// Returns true once the unit is known to need its AST: the rest need not be read.
  bool feed(const Token &Tok) {
    tok::TokenKind Kind = Tok.getKind();
    llvm::StringRef Literal;
    if (Tok.isLiteral() && Tok.getLiteralData())
      Literal = llvm::StringRef(Tok.getLiteralData(), Tok.getLength());
    Registrations.feed({Kind, Tok.getIdentifierInfo(), Tok.getLocation(), Literal},
                       [&] { return isUser(Tok.getLocation()); });
    switch (Kind) {
    case tok::l_brace: {
      endHead(tok::l_brace);
      BraceKind Opened = classifyBrace();
      bool NonResolvable = Stack.back().NonResolvable || Opened == BraceKind::Other ||
                           Opened == BraceKind::AnonymousNamespace ||
                           Opened == BraceKind::UnnamedClass;
      Brace Outer = Stack.back();
      bool TypedefHead = llvm::any_of(Head, [](const HeadToken &T) {
        return T.Kind == tok::kw_typedef;
      });
      Stack.push_back({Opened, NonResolvable,
                       Outer.InAnonymousNamespace || Opened == BraceKind::AnonymousNamespace,
                       Outer.InUnnamedClass || Opened == BraceKind::UnnamedClass, Depth,
                       TypedefHead});
      Depth = 0;
      startHead();
      break;
    }
    case tok::r_brace:
      endHead(tok::r_brace);
      if (Stack.size() == 1) {
        need("an unbalanced '}'", Tok.getLocation());
        break;
      }
      Depth = Stack.back().OuterDepth;
      TypedefTail = Stack.back().TypedefHead;
      Stack.pop_back();
      startHead();
      break;
    case tok::semi:
      endHead(tok::semi);
      startHead();
      break;
    case tok::eof:
      endHead(tok::eof);
      break;
    default:
      if (Kind == tok::l_paren || Kind == tok::l_square)
        ++Depth;
      else if ((Kind == tok::r_paren || Kind == tok::r_square) && Depth > 0)
        --Depth;
      else if (isClassKey(Kind))
        HeadHasClassKey = true;
      else if (Kind == tok::annot_module_include || Kind == tok::annot_module_begin ||
               Kind == tok::annot_module_end || Kind == tok::annot_header_unit)
        need("a module import", Tok.getLocation());
      Head.push_back({Kind, Tok.getIdentifierInfo(), Tok.getLocation(), Literal});
      break;
    }
    return !Verdict.Reason.empty();
  }

  PrefilterVerdict finish() {
    if (Verdict.Reason.empty() && Stack.size() != 1)
      Verdict.Reason = "unbalanced braces";
    // A type that system code defines where it cannot be named reaches a finding in user code
    // only through a registration by name of a specialization with it as argument, or through
    // a definition there (an explicit specialization, a nested class defined out of line).
    if (Verdict.Reason.empty() && !SystemNonResolvable.empty()) {
      SourceLocation Unresolved = Registrations.firstUnresolved();
      if (Unresolved.isValid())
        Verdict.Reason = "system code defines a type that cannot be named (at " +
                         SystemNonResolvable + "), and user code registers by name a type "
                         "the scan cannot follow to a class (at " + where(Unresolved) + ")";
    }
    // The class a definition defines, or the template it specializes, is the last name it
    // spells (neither an alias nor a typedef can be specialized), so the names must meet.
    for (const IdentifierInfo *Name : UserQualifiedNames) {
      auto It = SystemQualifiable.find(Name);
      if (It == SystemQualifiable.end())
        It = SystemQualifiable.find(nullptr);
      if (Verdict.Reason.empty() && It != SystemQualifiable.end())
        Verdict.Reason = "system code declares a class in an anonymous namespace or an unnamed "
                         "class (at " + It->second +
                         "), and user code defines one of that name out of line or "
                         "specializes it";
    }
    if (Verdict.Reason.empty() && ReadKeys)
      readKeys();
    Verdict.NeedsAST = !Verdict.Reason.empty();
    return Verdict;
  }

private:
  bool isUser(SourceLocation Loc) const {
    return Loc.isValid() && !SM.isInSystemHeader(SM.getExpansionLoc(Loc));
  }

  /// The keys of a unit that will be skipped, or the reason it cannot be.
  void readKeys() {
    SourceLocation Unsure;
    Verdict.Keys = Registrations.keyCandidates(SM, LangOpts, Unsure);
    if (Unsure.isValid())
      need("a registration whose key the scan cannot read for certain", Unsure);
  }

  void addSystemQualifiable(const KeyReading &R, SourceLocation Loc) {
    auto [It, New] = SystemQualifiable.try_emplace(R.Name, std::string());
    if (New)
      It->second = where(Loc);
  }

  std::string where(SourceLocation Loc) const {
    return SM.getExpansionLoc(Loc).printToString(SM);
  }

  void need(llvm::StringRef What, SourceLocation Loc) {
    if (!Verdict.Reason.empty())
      return;
    Verdict.Reason = What.str();
    if (Loc.isValid())
      Verdict.Reason += " at " + SM.getExpansionLoc(Loc).printToString(SM);
  }

  void startHead() {
    Head.clear();
    HeadDepth = Depth;
    HeadHasClassKey = false;
  }

  /// Skips `[[...]]`, `__attribute__((...))`, `__declspec(...)`, `alignas(...)` at `I`.
  /// False when one of them is not closed within the head.
  bool skipAttributes(size_t &I) const {
    while (I < Head.size()) {
      tok::TokenKind K = Head[I].Kind;
      if (K == tok::l_square && I + 1 < Head.size() && Head[I + 1].Kind == tok::l_square) {
        if (!skipBalanced(I, tok::l_square, tok::r_square))
          return false;
        continue;
      }
      if (K == tok::kw___attribute || K == tok::kw___declspec || K == tok::kw_alignas ||
          K == tok::kw__Alignas || K == tok::kw_decltype) {
        ++I;
        if (I >= Head.size() || Head[I].Kind != tok::l_paren ||
            !skipBalanced(I, tok::l_paren, tok::r_paren))
          return false;
        continue;
      }
      return true;
    }
    return true;
  }

  bool skipBalanced(size_t &I, tok::TokenKind Open, tok::TokenKind Close) const {
    int Level = 0;
    for (; I < Head.size(); ++I) {
      Level += Head[I].Kind == Open;
      Level -= Head[I].Kind == Close;
      if (Level == 0) {
        ++I;
        return true;
      }
    }
    return false;
  }

  /// Skips a template argument or parameter list at `I` (a `<`), counting angles outside
  /// parentheses. False when it does not close exactly within the head.
  bool skipAngles(size_t &I) const {
    int Angles = 0, Parens = 0;
    for (; I < Head.size(); ++I) {
      tok::TokenKind K = Head[I].Kind;
      if (K == tok::l_paren || K == tok::l_square)
        ++Parens;
      else if (K == tok::r_paren || K == tok::r_square)
        --Parens;
      else if (Parens == 0 && K == tok::less)
        ++Angles;
      else if (Parens == 0 && K == tok::greater)
        --Angles;
      else if (Parens == 0 && K == tok::greatergreater)
        Angles -= 2;
      if (Parens < 0 || Angles < 0)
        return false;
      if (Angles == 0) {
        ++I;
        return true;
      }
    }
    return false;
  }

  /// Reads the tokens after the class key at `Key`; `Terminator` ends the head.
  KeyReading readClassKey(size_t Key, tok::TokenKind Terminator) const {
    KeyReading R;
    size_t I = Key + 1, N = Head.size();
    if (Head[Key].Kind == tok::kw_enum && I < N &&
        (Head[I].Kind == tok::kw_class || Head[I].Kind == tok::kw_struct))
      ++I;
    if (!skipAttributes(I))
      return R;
    R.End = I;
    if (I == N) {
      R.Shape = Terminator == tok::l_brace ? KeyShape::Unnamed : KeyShape::NotDefinition;
      return R;
    }
    tok::TokenKind K = Head[I].Kind;
    if (K == tok::colon) {
      R.Shape = KeyShape::Unnamed;
      return R;
    }
    if (K != tok::identifier && K != tok::coloncolon) {
      if (K == tok::comma || K == tok::greater || K == tok::greatergreater || K == tok::equal ||
          K == tok::ellipsis || K == tok::r_paren || K == tok::star || K == tok::amp ||
          K == tok::ampamp)
        R.Shape = KeyShape::NotDefinition;
      return R;
    }
    bool Qualified = false;
    const IdentifierInfo *Last = nullptr;
    if (K == tok::coloncolon) {
      Qualified = true;
      ++I;
    }
    while (true) {
      if (I < N && Head[I].Kind == tok::kw_template)
        ++I;
      if (I >= N || Head[I].Kind != tok::identifier)
        return R;
      if (R.NameLoc.isInvalid())
        R.NameLoc = Head[I].Loc;
      Last = Head[I].Identifier;
      R.Name = Last;
      ++I;
      if (I < N && Head[I].Kind == tok::less) {
        Qualified = true;
        if (!skipAngles(I))
          return R;
      }
      if (I < N && Head[I].Kind == tok::coloncolon) {
        Qualified = true;
        ++I;
        continue;
      }
      break;
    }
    bool VirtSpecifier = false;
    while (true) {
      if (!skipAttributes(I))
        return R;
      if (I < N && Head[I].Kind == tok::identifier && isVirtSpecifier(Head[I].Identifier)) {
        VirtSpecifier = true;
        ++I;
        continue;
      }
      break;
    }
    R.End = I;
    bool Definition = I == N ? Terminator == tok::l_brace : Head[I].Kind == tok::colon;
    if (!Definition)
      R.Shape = KeyShape::NotDefinition;
    else if (!Qualified && !VirtSpecifier && isVirtSpecifier(Last) &&
             Last->getName() != "abstract")
      R.Shape = KeyShape::Unnamed; // `struct final {`: the name may be a specifier.
    else
      R.Shape = Qualified ? KeyShape::Qualified : KeyShape::Named;
    return R;
  }

  /// Every class key of the head that ends here: is it a definition where a finding can be?
  void endHead(tok::TokenKind Terminator) {
    if (!Verdict.Reason.empty())
      return;
    Registrations.readHead(Head, Terminator, TypedefTail);
    TypedefTail = false;
    if (!HeadHasClassKey)
      return;
    unsigned Parens = HeadDepth;
    for (size_t I = 0; I < Head.size(); ++I) {
      tok::TokenKind K = Head[I].Kind;
      if (K == tok::l_paren || K == tok::l_square)
        ++Parens;
      else if ((K == tok::r_paren || K == tok::r_square) && Parens > 0)
        --Parens;
      if (!isClassKey(K) || (I > 0 && Head[I - 1].Kind == tok::kw_enum))
        continue;
      KeyReading R = readClassKey(I, Terminator);
      const Brace &Around = Stack.back();
      Registrations.declaresClass(R.Name, !Around.NonResolvable && Parens == 0 &&
                                              R.Shape != KeyShape::Unnamed &&
                                              R.Shape != KeyShape::Unsure);
      // A user definition (an explicit specialization, a nested class defined out of line)
      // takes the scope of what it defines: a class template, or a class declared and not
      // defined, in a system anonymous namespace or unnamed class. (`struct X x;` declares no
      // member: only a declaration of its own does.)
      bool Declaration = R.Shape == KeyShape::NotDefinition && R.End == Head.size() &&
                         Terminator == tok::semi && I == 0;
      bool Qualifiable = (Around.InAnonymousNamespace || Around.InUnnamedClass) &&
                         (Declaration || Head.front().Kind == tok::kw_template);
      if (R.Shape == KeyShape::NotDefinition) {
        if (Qualifiable && !isUser(Head[I].Loc))
          addSystemQualifiable(R, Head[I].Loc);
        continue;
      }
      bool User = isUser(Head[I].Loc) || isUser(R.NameLoc);
      // Inside parentheses: a parameter list or an expression, no class scope to rely on.
      bool NonResolvable = Stack.back().NonResolvable || Parens > 0 ||
                           R.Shape == KeyShape::Unnamed || R.Shape == KeyShape::Unsure;
      if (!NonResolvable) {
        if (R.Shape == KeyShape::Qualified && User)
          UserQualifiedNames.insert(R.Name);
        continue;
      }
      if (User) {
        need(R.Shape == KeyShape::Unnamed  ? "an unnamed type"
             : R.Shape == KeyShape::Unsure ? "a class key the scan cannot read"
                                           : "a type defined in a function, an anonymous "
                                             "namespace or an unnamed class",
             Head[I].Loc);
        return;
      }
      if (SystemNonResolvable.empty())
        SystemNonResolvable = where(Head[I].Loc);
      if (Qualifiable)
        addSystemQualifiable(R, Head[I].Loc);
    }
  }

  /// What the `{` that ends the head opens.
  BraceKind classifyBrace() const {
    if (HeadDepth != 0 || Depth != 0)
      return BraceKind::Other;
    size_t I = 0, N = Head.size();
    bool OnlyNamespaceSpecifiers = true;
    while (true) {
      if (!skipAttributes(I))
        return BraceKind::Other;
      if (I >= N)
        break;
      tok::TokenKind K = Head[I].Kind;
      if (K == tok::kw_template && I + 1 < N && Head[I + 1].Kind == tok::less) {
        ++I;
        if (!skipAngles(I))
          return BraceKind::Other;
        OnlyNamespaceSpecifiers = false;
        continue;
      }
      // `public:` and friends (Qt's `signals:` adds an attribute) before a member.
      if ((K == tok::kw_public || K == tok::kw_private || K == tok::kw_protected) &&
          (Stack.back().Kind == BraceKind::Class || Stack.back().Kind == BraceKind::UnnamedClass)) {
        size_t After = I + 1;
        if (skipAttributes(After) && After < N && Head[After].Kind == tok::colon) {
          I = After + 1;
          continue;
        }
        return BraceKind::Other;
      }
      if (K == tok::kw_extern && I + 1 < N && Head[I + 1].Kind == tok::string_literal) {
        if (I + 2 == N && OnlyNamespaceSpecifiers)
          return BraceKind::Linkage;
        I += 2;
        OnlyNamespaceSpecifiers = false;
        continue;
      }
      if (K == tok::kw_inline || K == tok::kw_export) {
        ++I;
        continue;
      }
      if (K == tok::kw_typedef || K == tok::kw_static || K == tok::kw_extern ||
          K == tok::kw_constexpr || K == tok::kw_const || K == tok::kw_volatile ||
          K == tok::kw___extension__ || K == tok::kw_thread_local || K == tok::kw___thread) {
        ++I;
        OnlyNamespaceSpecifiers = false;
        continue;
      }
      break;
    }
    if (I >= N)
      return BraceKind::Other;
    if (Head[I].Kind == tok::kw_namespace) {
      if (!OnlyNamespaceSpecifiers)
        return BraceKind::Other;
      ++I;
      if (!skipAttributes(I))
        return BraceKind::Other;
      if (I == N)
        return BraceKind::AnonymousNamespace;
      while (true) {
        if (I < N && Head[I].Kind == tok::kw_inline)
          ++I;
        if (I >= N || Head[I].Kind != tok::identifier)
          return BraceKind::Other;
        ++I;
        if (I < N && Head[I].Kind == tok::coloncolon) {
          ++I;
          continue;
        }
        break;
      }
      if (!skipAttributes(I) || I != N)
        return BraceKind::Other;
      return BraceKind::Namespace;
    }
    if (!isClassKey(Head[I].Kind))
      return BraceKind::Other;
    KeyReading R = readClassKey(I, tok::l_brace);
    if (R.Shape == KeyShape::NotDefinition || R.Shape == KeyShape::Unsure ||
        !isBaseClause(R.End))
      return BraceKind::Other;
    return R.Shape == KeyShape::Unnamed ? BraceKind::UnnamedClass : BraceKind::Class;
  }

  /// Whether the head from `I` to its end is empty or a base clause (or an enum's base).
  bool isBaseClause(size_t I) const {
    size_t N = Head.size();
    if (I == N)
      return true;
    if (Head[I].Kind != tok::colon)
      return false;
    for (++I; I < N;) {
      if (!skipAttributes(I))
        return false;
      if (I == N)
        break;
      if (Head[I].Kind == tok::less) {
        if (!skipAngles(I))
          return false;
        continue;
      }
      if (!isBaseToken(Head[I].Kind))
        return false;
      ++I;
    }
    return true;
  }

  /// What a base clause (or an enum's underlying type) is made of, outside `<...>`.
  static bool isBaseToken(tok::TokenKind K) {
    static const tok::TokenKind Allowed[] = {
        tok::identifier,  tok::coloncolon,  tok::comma,      tok::ellipsis,    tok::kw_public,
        tok::kw_private,  tok::kw_protected, tok::kw_virtual, tok::kw_template, tok::kw_typename,
        tok::kw_unsigned, tok::kw_signed,   tok::kw_char,     tok::kw_short,    tok::kw_int,
        tok::kw_long,     tok::kw_bool,     tok::kw_wchar_t,  tok::kw_char8_t,  tok::kw_char16_t,
        tok::kw_char32_t, tok::kw___int128};
    return llvm::is_contained(Allowed, K);
  }

  const SourceManager &SM;
  const LangOptions &LangOpts;
  /// Whether the registration keys of a skipped unit are read (the key check is on).
  bool ReadKeys;
  std::vector<Brace> Stack;
  std::vector<HeadToken> Head;
  /// Parentheses and brackets open at the current brace level, and when the head began.
  unsigned Depth = 0, HeadDepth = 0;
  bool HeadHasClassKey = false;
  /// The head began after the body of a class whose head was a typedef.
  bool TypedefTail = false;
  RegisteredTypeNames Registrations;
  /// Where system code first defines a type that cannot be named (empty: nowhere).
  std::string SystemNonResolvable;
  /// Classes that a user definition could take such a scope from: a class template or a class
  /// declared and not defined, in a system anonymous namespace or unnamed class, by name
  /// (null: a name the scan could not read), with where the first was declared.
  std::map<const IdentifierInfo *, std::string> SystemQualifiable;
  /// The names of the classes user code defines out of line or specializes.
  llvm::SmallPtrSet<const IdentifierInfo *, 16> UserQualifiedNames;
  PrefilterVerdict Verdict;
};

ShapeScanner::ShapeScanner(const SourceManager &SM, const LangOptions &LangOpts,
                           const Options &Config, bool ReadKeys)
    : Self(std::make_unique<Impl>(SM, LangOpts, Config, ReadKeys)) {}
ShapeScanner::~ShapeScanner() = default;
bool ShapeScanner::feed(const Token &Tok) { return Self->feed(Tok); }
PrefilterVerdict ShapeScanner::finish() { return Self->finish(); }

} // namespace serialscope
