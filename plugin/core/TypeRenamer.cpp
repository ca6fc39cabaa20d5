//===- TypeRenamer.cpp ----------------------------------------------------===//
#include "TypeRenamer.h"
#include "Framework.h"
#include "KeyAssignment.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace serialscope {
namespace {

/// What the frameworks say about a macro that spells the type's name in its argument.
struct MacroRole {
  /// Uses the argument only as a type: renaming the argument is enough.
  bool TypeOnly = false;
  /// Stringizes the argument into a key: the call moves to this explicit-key form.
  llvm::StringRef ExplicitForm;
  /// Writes the name into data with no form that keeps it: why the rename is blocked.
  llvm::StringRef NameWritten;
};

MacroRole roleOf(llvm::StringRef Macro) {
  MacroRole Role;
  for (const Framework *F : frameworks()) {
    if (llvm::is_contained(F->TypeOnlyMacros, Macro))
      Role.TypeOnly = true;
    for (const KeyedMacro &Keyed : F->KeyedMacros)
      if (Keyed.Macro == Macro)
        Role.ExplicitForm = Keyed.Explicit;
    for (const NameWritingMacro &Writer : F->NameWritingMacros)
      if (Writer.Macro == Macro)
        Role.NameWritten = Writer.Why;
  }
  return Role;
}

/// The text `#arg` produces: whitespace runs become one space, none at either end.
std::string stringized(llvm::StringRef Text) {
  std::string Out;
  bool Space = false;
  for (char C : Text.trim()) {
    if (llvm::isSpace(C)) {
      Space = true;
      continue;
    }
    if (Space && !Out.empty())
      Out += ' ';
    Space = false;
    Out += C;
  }
  return Out;
}

/// Finds every place the roots spell the name of `Unit`; a spelling inside a macro call's
/// argument is kept with its call.
class NameUseFinder : public RecursiveASTVisitor<NameUseFinder> {
public:
  NameUseFinder(const TagDecl *Unit, const SourceManager &SM) : Unit(Unit), SM(SM) {}
  bool shouldVisitImplicitCode() const { return false; }
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitTagTypeLoc(TagTypeLoc TL) {
    if (TL.getDecl()->getCanonicalDecl() == Unit->getCanonicalDecl())
      add(TL.getNameLoc());
    return true;
  }
  bool VisitInjectedClassNameTypeLoc(InjectedClassNameTypeLoc TL) {
    if (TL.getDecl()->getCanonicalDecl() == Unit->getCanonicalDecl())
      add(TL.getNameLoc());
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *Constructor) {
    if (Constructor->getParent()->getCanonicalDecl() == Unit->getCanonicalDecl() &&
        !Constructor->isImplicit())
      add(Constructor->getLocation());
    return true;
  }
  bool VisitTagDecl(TagDecl *Tag) {
    if (Tag->getCanonicalDecl() == Unit->getCanonicalDecl())
      add(Tag->getLocation());
    // Specializations of a class template spell the template's name.
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Tag);
        Spec && isUnit(Spec->getSpecializedTemplate()))
      add(Spec->getLocation());
    return true;
  }
  bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc TL) {
    if (isUnit(TL.getTypePtr()->getTemplateName().getAsTemplateDecl()))
      add(TL.getTemplateNameLoc());
    return true;
  }
  bool VisitDeducedTemplateSpecializationTypeLoc(DeducedTemplateSpecializationTypeLoc TL) {
    if (isUnit(TL.getTypePtr()->getTemplateName().getAsTemplateDecl()))
      add(TL.getTemplateNameLoc());
    return true;
  }
  bool VisitCXXDeductionGuideDecl(CXXDeductionGuideDecl *Guide) {
    if (!Guide->isImplicit() && isUnit(Guide->getDeducedTemplate()))
      add(Guide->getLocation());
    return true;
  }

  struct MacroUse {
    SourceLocation Spelling;
    CharSourceRange Call;
  };
  /// Spellings in the text of a file.
  std::vector<SourceLocation> Uses;
  std::vector<MacroUse> MacroUses;
  /// Set when a macro's own body produces the name: no edit of the call could rename it.
  std::optional<SourceLocation> FromMacroBody;

private:
  /// Whether `Template` is the class template `Unit` is the pattern of.
  bool isUnit(const TemplateDecl *Template) const {
    const auto *Class = dyn_cast_or_null<ClassTemplateDecl>(Template);
    return Class && Class->getTemplatedDecl()->getCanonicalDecl() == Unit->getCanonicalDecl();
  }

  bool spellsName(SourceLocation Loc) const {
    bool Invalid = false;
    const char *Text = SM.getCharacterData(Loc, &Invalid);
    llvm::StringRef Name = Unit->getName();
    return !Invalid && llvm::StringRef(Text, Name.size()) == Name;
  }

  void add(SourceLocation Loc) {
    if (Loc.isInvalid())
      return;
    if (Loc.isFileID()) {
      // Only where the name itself is written (not, say, a destructor's `~`).
      if (spellsName(Loc) && !llvm::is_contained(Uses, Loc))
        Uses.push_back(Loc);
      return;
    }
    SourceLocation Spelling = SM.getSpellingLoc(Loc);
    CharSourceRange Call = SM.getExpansionRange(Loc);
    // Written in the call's own text: an argument. Anywhere else: in a macro body.
    bool InArgument = Spelling.isFileID() && SM.getFileID(Spelling) == SM.getFileID(Call.getBegin()) &&
                      !SM.isBeforeInTranslationUnit(Spelling, Call.getBegin()) &&
                      !SM.isBeforeInTranslationUnit(Call.getEnd(), Spelling) && spellsName(Spelling);
    if (!InArgument) {
      if (!FromMacroBody)
        FromMacroBody = SM.getExpansionLoc(Loc);
      return;
    }
    if (llvm::none_of(MacroUses, [&](const MacroUse &U) { return U.Spelling == Spelling; }))
      MacroUses.push_back({Spelling, Call});
  }

  const TagDecl *Unit;
  const SourceManager &SM;
};

/// The note of a registration whose key another type has first: it gets `Own` instead, or
/// keeps the key when `Own` is used too.
FindingNote keyNote(SourceLocation Loc, llvm::StringRef Key, llvm::StringRef Own, bool Given) {
  if (Given)
    return {Loc, "the fix registers it under \"" + Own.str() +
                     "\", a key of its own, instead of \"" + Key.str() +
                     "\", which another type has first"};
  return {Loc, "the fix keeps the key \"" + Key.str() + "\", which another type has first: \"" +
                   Own.str() + "\" is registered too"};
}

/// Registrations that write the key of `Unit` as a literal in its file, and must give it up:
/// the literal becomes the type's new qualified name.
void giveKeysOfTheirOwn(const TagDecl *Unit, const KeyAssignment &Keys, llvm::StringRef NewKey,
                        FileID Home, const SourceManager &SM, const LangOptions &LangOpts,
                        RenamePlan &Plan) {
  for (const KeySite *Site : Keys.sitesOf(Unit)) {
    if (Site->Literal.isInvalid() || SM.getFileID(Site->Literal) != Home ||
        !Keys.mustGiveUp(*Site))
      continue;
    bool Free = !Keys.isTaken(Site->Registry, NewKey);
    if (Free)
      Plan.Spots.push_back({Site->Literal, Lexer::MeasureTokenLength(Site->Literal, SM, LangOpts),
                            "\"" + NewKey.str() + "\""});
    Plan.Notes.push_back(keyNote(Site->Loc, Site->Key, NewKey, Free));
  }
}

/// The registration of `Unit` written by the macro call at `Call`, if any.
const KeySite *siteAt(const KeyAssignment &Keys, const TagDecl *Unit, SourceLocation Call) {
  for (const KeySite *Site : Keys.sitesOf(Unit))
    if (Site->Loc == Call)
      return Site;
  return nullptr;
}

FindingNote spelledElsewhere(SourceLocation Use, const SourceManager &SM) {
  return {Use, "'" + llvm::sys::path::filename(SM.getFilename(Use)).str() +
                   "' spells its name, and the fix edits only the file of the type"};
}

} // namespace

RenamePlan planRename(const TagDecl *Unit, llvm::ArrayRef<const Decl *> Roots,
                      llvm::StringRef NewName, llvm::StringRef NewKey,
                      const KeyAssignment &Keys, const SourceManager &SM,
                      const LangOptions &LangOpts) {
  RenamePlan Plan;
  NameUseFinder Finder(Unit, SM);
  for (const Decl *Root : Roots)
    Finder.TraverseDecl(const_cast<Decl *>(Root));
  if (Finder.FromMacroBody) {
    Plan.Blocker = FindingNote{*Finder.FromMacroBody, "a macro spells its name"};
    return Plan;
  }
  FileID Home = SM.getFileID(SM.getExpansionLoc(Unit->getLocation()));
  for (SourceLocation Use : Finder.Uses) {
    if (SM.getFileID(Use) != Home) {
      Plan.Blocker = spelledElsewhere(Use, SM);
      return Plan;
    }
    Plan.Spots.push_back({Use, static_cast<unsigned>(Unit->getName().size()), ""});
  }

  // Macro calls, each once, with the spellings of the name in their arguments.
  std::vector<std::pair<CharSourceRange, std::vector<SourceLocation>>> Calls;
  for (const auto &Use : Finder.MacroUses) {
    auto It = llvm::find_if(Calls, [&](const auto &C) {
      return C.first.getBegin() == Use.Call.getBegin();
    });
    if (It == Calls.end()) {
      Calls.push_back({Use.Call, {}});
      It = std::prev(Calls.end());
    }
    It->second.push_back(Use.Spelling);
  }
  for (auto &[Call, Spellings] : Calls) {
    SourceLocation Begin = Call.getBegin();
    if (SM.getFileID(Begin) != Home) {
      Plan.Blocker = spelledElsewhere(Begin, SM);
      return Plan;
    }
    unsigned NameLength = Lexer::MeasureTokenLength(Begin, SM, LangOpts);
    llvm::StringRef Macro(SM.getCharacterData(Begin), NameLength);
    MacroRole Role = roleOf(Macro);
    if (Role.TypeOnly) {
      for (SourceLocation Spelling : Spellings)
        Plan.Spots.push_back({Spelling, static_cast<unsigned>(Unit->getName().size()), ""});
      continue;
    }
    if (Role.ExplicitForm.empty()) {
      Plan.Blocker = FindingNote{Begin, !Role.NameWritten.empty()
                                            ? Role.NameWritten.str()
                                            : "the macro '" + Macro.str() + "' spells its name"};
      return Plan;
    }
    // `EXPORT(T)` becomes `EXPORT_EXPLICIT(NewT, "T")`: the key written to archives stays.
    SourceLocation End = Lexer::getLocForEndOfToken(Call.getEnd(), 0, SM, LangOpts);
    llvm::StringRef CallText(SM.getCharacterData(Begin),
                             SM.getFileOffset(End) - SM.getFileOffset(Begin));
    size_t Open = CallText.find('(');
    if (Open == llvm::StringRef::npos || !CallText.ends_with(")")) {
      Plan.Blocker = FindingNote{Begin, "the macro '" + Macro.str() + "' spells its name"};
      return Plan;
    }
    unsigned ArgumentOffset = SM.getFileOffset(Begin) + Open + 1;
    std::string Argument = CallText.substr(Open + 1, CallText.size() - Open - 2).str();
    if (llvm::StringRef(Argument).contains(',')) {
      Plan.Blocker = FindingNote{Begin, "the argument of '" + Macro.str() +
                                            "' has a comma, which its explicit-name form "
                                            "cannot take"};
      return Plan;
    }
    std::string Key = stringized(Argument);
    std::string Renamed = Argument;
    llvm::sort(Spellings, [&](SourceLocation A, SourceLocation B) {
      return SM.getFileOffset(A) > SM.getFileOffset(B);
    });
    for (SourceLocation Spelling : Spellings)
      Renamed.replace(SM.getFileOffset(Spelling) - ArgumentOffset, Unit->getName().size(),
                      NewName.str());
    // A key another type has first goes with the old name: the call keeps its form, and
    // stringizes the new name.
    if (const KeySite *Site = siteAt(Keys, Unit, Begin); Site && Keys.mustGiveUp(*Site)) {
      std::string Own = stringized(Renamed);
      bool Free = !Keys.isTaken(Site->Registry, Own);
      Plan.Notes.push_back(keyNote(Begin, Key, Own, Free));
      if (Free) {
        Plan.Spots.push_back({Begin, static_cast<unsigned>(CallText.size()),
                              Macro.str() + "(" + Own + ")"});
        continue;
      }
    }
    std::string Replacement = Role.ExplicitForm.str() + "(" + stringized(Renamed) + ", \"" + Key + "\")";
    Plan.Spots.push_back({Begin, static_cast<unsigned>(CallText.size()), Replacement});
    Plan.Notes.push_back({Begin, "the fix keeps the name \"" + Key +
                                     "\" that archives hold: it writes " + Replacement +
                                     ", so data written before the fix still loads"});
  }
  if (NewName != Unit->getName())
    giveKeysOfTheirOwn(Unit, Keys, NewKey, Home, SM, LangOpts, Plan);
  llvm::sort(Plan.Spots, [&](const RenameSpot &A, const RenameSpot &B) {
    return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
  });
  return Plan;
}

} // namespace serialscope
