//===- AnonymousNamespaceSplit.cpp - moving types out of an anonymous namespace ===//
#include "AnonymousNamespacePlan.h"
#include "Conditionals.h"
#include "DeclExtent.h"
#include "DeclScopes.h"
#include "ProjectNames.h"
#include "SourceText.h"
#include "TextEdits.h"
#include "UnnamedTypePlan.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace serialscope {
namespace {

/// `Namespace` and the anonymous namespace blocks around it, inner to outer: a type leaves them
/// all for the named namespace around the outermost (anonymous members are found there through
/// each block's implicit using-directive, so nesting one in another changes no lookup).
std::vector<const NamespaceDecl *> anonymousLevels(const NamespaceDecl *Namespace) {
  std::vector<const NamespaceDecl *> Levels{Namespace};
  while (const auto *Outer = dyn_cast<NamespaceDecl>(Levels.back()->getLexicalParent()))
    if (Outer->isAnonymousNamespace())
      Levels.push_back(Outer);
    else
      break;
  return Levels;
}

/// Whether `Unit` is a specialization of a class template whose pattern is a key of `Units`.
template <class Map> bool specializedPatternIn(const TagDecl *Unit, const Map &Units) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Unit);
  return Spec && Units.count(Spec->getSpecializedTemplate()->getTemplatedDecl());
}

/// Plans every finding's unit directly inside one anonymous namespace block together: the
/// block's declarations as items of whole lines, the items each unit moves (whole or not at
/// all), the segments of consecutive moving items (one fix each, or one for all when a rename
/// edits the file), and for each segment the edits that close the namespace before it and
/// reopen it after.
class AnonymousNamespaceSplit {
public:
  AnonymousNamespaceSplit(PlannerState &S, const NamespaceDecl *Namespace)
      : S(S), Ctx(S.Ctx), SM(S.SM), Index(S.Index), Units(S.Units), Namespace(Namespace),
        Levels(anonymousLevels(Namespace)),
        Target(Levels.back()->getParent()->getRedeclContext()), Text(SM, Ctx.getLangOpts()) {}

  void run() {
    collectUnits();
    checkUnits();
    keepNamedRootsWhole();
    if (!checkBraces() || !checkConditionals())
      return;
    collectItems();
    keepItemsWhole();
    nameInnerTypes();
    formSegments();
    collectRenameSpots();
    Indent = Text.indentation(Levels.back()->getBeginLoc());
    for (const Segment &Seg : Segments)
      if (!splitAround(Seg))
        return refuseAll(FixBlocker::Kind::NestedEditsOverlap);
    finish();
  }

private:
  /// A declaration of the block with its whole lines; declarations that share text (a macro
  /// expanding to several, `struct A {...} a;`) form one item.
  struct Item {
    SourceLocation Begin, End;
    std::vector<const Decl *> Decls;
  };
  /// Consecutive items that move; `Owner` is one of the units moving them.
  struct Segment {
    size_t First, Last;
    const TagDecl *Owner;
  };

  /// The findings' units directly in this block, in order.
  void collectUnits() {
    for (const auto &[Type, Where] : Index.Candidates) {
      if (Where.Kind != ScopeKind::AnonymousNamespace || !Index.ByType.count(Type))
        continue;
      const TagDecl *Unit = hoistedUnit(Type);
      if (anonymousHome(Unit).Block == Namespace && !Units.count(Unit) &&
          !llvm::is_contained(BlockUnits, Unit))
        BlockUnits.push_back(Unit);
    }
  }

  void block(const TagDecl *Unit, FixBlocker::Kind K, SourceLocation Loc) {
    Units[Unit].Blocker = FixBlocker{K, Loc, Unit};
    Moving.erase(Unit);
  }

  /// What each unit takes along, or what blocks it.
  void checkUnits() {
    for (const TagDecl *Unit : BlockUnits) {
      UnitPlan &Plan = Units[Unit];
      if (std::optional<FixBlocker> Note = unitBlocker(S, Unit)) {
        Plan.Blocker = Note;
        continue;
      }
      llvm::SmallPtrSet<const Decl *, 8> Set;
      AnonymousRename Rename;
      const NamespaceDecl *Root = anonymousHome(Unit).NamedRoot;
      if (std::optional<FixBlocker> Note = checkAnonymousUnit(S, Unit, Levels, Set))
        Plan.Blocker = Note;
      else if (Root)
        keepNamedRoot(Unit, Root, std::move(Set));
      else if (std::optional<FixBlocker> Note =
                   specializedPatternIn(Unit, Renames)
                       ? std::nullopt // Renamed with its template, which comes first.
                       : planAnonymousRename(S, Unit, Target, Rename))
        Plan.Blocker = Note;
      else {
        Moving[Unit] = std::move(Set);
        if (!Rename.NewName.empty())
          Renames[Unit] = std::move(Rename);
      }
    }
  }

  /// A type that keeps its named namespace (`detail`) moves that namespace, every block of
  /// it, whole; it keeps its name there (no other `detail` is declared where it goes).
  void keepNamedRoot(const TagDecl *Unit, const NamespaceDecl *Root,
                     llvm::SmallPtrSet<const Decl *, 8> Set) {
    std::string Name = qualifiedNameOutside(Unit->getDeclContext(), Unit->getName());
    if (S.Names.isReserved(Name)) {
      FixBlocker B{FixBlocker::Kind::ReservedName, SM.getExpansionLoc(Unit->getLocation()), Unit};
      B.Detail = Name;
      Units[Unit].Blocker = B;
      return;
    }
    RootMembers[Unit] = std::move(Set);
    Moving[Unit].insert(Root->redecls_begin(), Root->redecls_end());
  }

  /// Each named namespace of the block moves only when every declaration in it moves with
  /// one of its types; otherwise none of them moves, and the note names what would stay.
  void keepNamedRootsWhole() {
    llvm::SmallVector<const NamespaceDecl *, 2> Roots;
    for (const TagDecl *Unit : BlockUnits)
      if (const NamespaceDecl *Root = anonymousHome(Unit).NamedRoot)
        if (!llvm::is_contained(Roots, Root->getCanonicalDecl()))
          Roots.push_back(Root->getCanonicalDecl());
    for (const NamespaceDecl *Root : Roots) {
      std::vector<const TagDecl *> RootUnits;
      llvm::SmallPtrSet<const Decl *, 16> Covered;
      std::optional<FixBlocker> Why;
      for (const TagDecl *Unit : BlockUnits) {
        const NamespaceDecl *Home = anonymousHome(Unit).NamedRoot;
        if (!Home || Home->getCanonicalDecl() != Root)
          continue;
        RootUnits.push_back(Unit);
        if (!Moving.count(Unit) && !Why)
          Why = FixBlocker{FixBlocker::Kind::NamedNamespaceMemberStays,
                           SM.getExpansionLoc(Unit->getLocation()), nullptr, Unit};
        else if (Moving.count(Unit))
          Covered.insert(RootMembers[Unit].begin(), RootMembers[Unit].end());
      }
      if (!Why)
        Why = namedNamespaceMemberStaying(SM, Root, Covered);
      if (!Why)
        continue;
      Why->Other = Root;
      for (const TagDecl *Unit : RootUnits)
        if (Moving.count(Unit)) {
          Why->Subject = Unit;
          Units[Unit].Blocker = *Why;
          Moving.erase(Unit);
        }
    }
  }

  bool ownLines(SourceLocation Begin, SourceLocation End) const {
    return Text.onlySpaceBefore(Begin) && Text.onlySpaceOrCommentAfter(End);
  }

  /// A split writes braces between the block's declarations: inside an `#if` branch they would
  /// close the namespace in one configuration only. Blocks with conditionals keep their types
  /// (anywhere in the outermost block: the split closes every block around the type).
  bool checkConditionals() {
    FileID File = SM.getFileID(Braces.front().first);
    std::optional<size_t> Directive = firstConditionalDirective(
        SM.getBufferData(File), Ctx.getLangOpts(), SM.getFileOffset(Braces.back().first),
        SM.getFileOffset(Braces.back().second));
    if (!Directive)
      return true;
    for (const TagDecl *Unit : BlockUnits)
      if (Moving.count(Unit))
        block(Unit, FixBlocker::Kind::ConditionalBranches, SM.getComposedLoc(File, *Directive));
    return false;
  }

  /// The braces of every block the split closes must be on lines of their own, outside macros.
  bool checkBraces() {
    for (const NamespaceDecl *Level : Levels) {
      if (Level->getBeginLoc().isMacroID() || Level->getRBraceLoc().isMacroID()) {
        for (const TagDecl *Unit : BlockUnits)
          if (Moving.count(Unit))
            block(Unit, FixBlocker::Kind::NamespaceFromMacro,
                  SM.getExpansionLoc(Level->getBeginLoc()));
        return false;
      }
      std::optional<SourceLocation> Open = Text.findToken(Level->getBeginLoc(), tok::l_brace);
      SourceLocation Close = Level->getRBraceLoc();
      if (!Open || !ownLines(Level->getBeginLoc(), Open->getLocWithOffset(1)) ||
          !ownLines(Close, Close.getLocWithOffset(1))) {
        for (const TagDecl *Unit : BlockUnits)
          if (Moving.count(Unit))
            block(Unit, FixBlocker::Kind::NamespaceBraces, Level->getBeginLoc());
        return false;
      }
      Braces.emplace_back(*Open, Close);
    }
    return true;
  }

  void collectItems() {
    for (const Decl *Member : Namespace->decls()) {
      if (Member->isImplicit())
        continue;
      CharSourceRange Range = SM.getExpansionRange(Member->getSourceRange());
      SourceLocation Begin = Range.getBegin();
      SourceLocation End = Range.isTokenRange() ? Lexer::getLocForEndOfToken(Range.getEnd(), 0, SM,
                                                                             Ctx.getLangOpts())
                                                : Range.getEnd();
      if (!Items.empty() && SM.isBeforeInTranslationUnit(Begin, Items.back().End)) {
        Items.back().Decls.push_back(Member);
        if (SM.isBeforeInTranslationUnit(Items.back().End, End))
          Items.back().End = End;
        continue;
      }
      Items.push_back({Begin, End, {Member}});
    }
    for (Item &I : Items) {
      // Attributes after a type's closing brace belong to the type (`} __attribute__((packed));`).
      if (const auto *Tag = dyn_cast<TagDecl>(I.Decls.back());
          Tag && Tag->isThisDeclarationADefinition() && Tag->getBraceRange().getEnd().isFileID()) {
        SourceLocation AttributesEnd = trailingAttributesEnd(Tag, SM, Ctx.getLangOpts());
        if (SM.isBeforeInTranslationUnit(I.End, AttributesEnd))
          I.End = AttributesEnd;
      }
      if (std::optional<SourceLocation> Semi =
              Text.afterNextToken(I.End.getLocWithOffset(-1), tok::semi))
        I.End = *Semi;
      // A named namespace's closing comment (`} // namespace detail`) moves with it.
      if (isa<NamespaceDecl>(I.Decls.back())) {
        llvm::StringRef Rest = Text.text(I.End, Text.nextLineStart(I.End));
        size_t Comment = Rest.find_first_not_of(" \t");
        if (Rest.substr(Comment).starts_with("//"))
          I.End = I.End.getLocWithOffset(Rest.rtrim("\r\n").size());
      }
      I.Begin = Text.leadingCommentStart(I.Begin);
    }
  }

  /// Which units move the item; `Mixed` when a declaration of it stays.
  std::vector<const TagDecl *> moversOf(const Item &I, bool &Mixed) {
    std::vector<const TagDecl *> Movers;
    Mixed = false;
    for (const Decl *D : I.Decls) {
      bool Moves = false;
      for (const TagDecl *Unit : BlockUnits)
        if (auto It = Moving.find(Unit); It != Moving.end() && It->second.count(D)) {
          Moves = true;
          if (!llvm::is_contained(Movers, Unit))
            Movers.push_back(Unit);
        }
      Mixed |= !Moves;
    }
    return Movers;
  }

  /// An item moves whole or not at all: a unit whose item holds a declaration that stays, or
  /// shares its lines with other code, is blocked (which may block others, until none changes).
  void keepItemsWhole() {
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (const Item &I : Items) {
        bool Mixed;
        std::vector<const TagDecl *> Movers = moversOf(I, Mixed);
        if (Movers.empty())
          continue;
        const Decl *Staying = nullptr;
        for (const Decl *D : I.Decls)
          if (!llvm::any_of(Movers, [&](const TagDecl *U) { return Moving[U].count(D); }))
            Staying = D;
        if (!Staying && ownLines(I.Begin, I.End))
          continue;
        for (const TagDecl *Unit : Movers)
          if (Staying)
            block(Unit, FixBlocker::Kind::SharedDeclaration,
                  SM.getExpansionLoc(Staying->getLocation()));
          else
            block(Unit, FixBlocker::Kind::SharedLines,
                  SM.getExpansionLoc(I.Decls.front()->getLocation()));
        Changed = true;
      }
    }
  }

  /// The unnamed types inside each moving unit that its fix names: the same fix, so that one
  /// run leaves them with names.
  void nameInnerTypes() {
    for (const TagDecl *Unit : BlockUnits)
      if (Moving.count(Unit))
        Namings[Unit] = planInnerNamings(S, Unit, Units[Unit].Notes);
  }

  const TagDecl *find(const TagDecl *U) {
    auto It = Leader.find(U);
    if (It == Leader.end() || It->second == U)
      return U;
    return It->second = find(It->second);
  }

  void unite(const TagDecl *A, const TagDecl *B) {
    A = find(A);
    B = find(B);
    if (A == B)
      return;
    // The earlier unit leads: its finding comes first and carries the fix.
    if (llvm::find(BlockUnits, B) < llvm::find(BlockUnits, A))
      std::swap(A, B);
    Leader[B] = A;
  }

  /// Units whose moving items touch (one segment of consecutive items) share one fix.
  void formSegments() {
    for (size_t I = 0; I < Items.size(); ++I) {
      bool Mixed;
      std::vector<const TagDecl *> Movers = moversOf(Items[I], Mixed);
      if (Movers.empty())
        continue;
      for (const TagDecl *Unit : Movers)
        unite(Movers.front(), Unit);
      if (!Segments.empty() && Segments.back().Last + 1 == I) {
        unite(Segments.back().Owner, Movers.front());
        Segments.back().Last = I;
      } else {
        Segments.push_back({I, I, Movers.front()});
      }
    }
  }

  void collectRenameSpots() {
    // A rename edits the whole file: the units that move join one fix, so that no fix applied
    // alone leaves a use of the old name behind.
    for (const TagDecl *Unit : BlockUnits)
      if (auto It = Renames.find(Unit); It != Renames.end() && Moving.count(Unit)) {
        for (const RenameSpot &Spot : It->second.Spots)
          Spots.emplace_back(&Spot, Spot.Text.empty() ? It->second.NewName : Spot.Text);
        llvm::append_range(Units[Unit].Notes, It->second.Notes);
      }
    if (!Spots.empty())
      for (const auto &[Unit, Set] : Moving)
        for (const Segment &Seg : Segments)
          unite(Seg.Owner, Unit);
    llvm::sort(Spots, [&](const auto &A, const auto &B) {
      return SM.isBeforeInTranslationUnit(A.first->Loc, B.first->Loc);
    });
    SpotApplied.assign(Spots.size(), false);
  }

  /// The edits for one segment: the namespace closes before it and opens again after it. False
  /// when edits inside the moved text overlap.
  bool splitAround(const Segment &Seg) {
    UnitPlan &Plan = Units[find(Seg.Owner)];
    std::vector<bool> KeepsBefore, KeepsAfter;
    keptAround(Seg, KeepsBefore, KeepsAfter);
    SourceLocation MovedBegin = Items[Seg.First].Begin, MovedEnd = Items[Seg.Last].End;
    std::string Original = Text.text(MovedBegin, MovedEnd).str();
    // When re-basing changes nothing, the moved text stays where it is and only the braces
    // around it change: renames inside it (this fix's or another's) are edits of their own.
    bool InPlace = Text.indentation(MovedBegin) == Indent && staysInPlace(Original, Indent);
    // The edits inside the moved text: names for unnamed types in it and, unless it stays in
    // place, renames (in place, every rename is an edit of its own, made in finish()).
    MovedText Inside;
    Inside.Begin = MovedBegin;
    Inside.End = MovedEnd;
    for (const auto &[Unit, Edits] : Namings)
      if (Moving.count(Unit))
        for (const FixItHint &Edit : Edits)
          if (containment(Edit, MovedBegin, MovedEnd, SM) == Containment::Inside)
            (InPlace ? Plan.Edits : Inside.Inside).push_back(Edit);
    for (size_t I = 0; !InPlace && I < Spots.size(); ++I) {
      SourceLocation Loc = Spots[I].first->Loc;
      FixItHint Spot = FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(Loc, Loc.getLocWithOffset(Spots[I].first->Length)),
          Spots[I].second);
      if (containment(Spot, MovedBegin, MovedEnd, SM) != Containment::Inside)
        continue;
      Inside.Inside.push_back(std::move(Spot));
      SpotApplied[I] = true;
    }
    std::string Moved;
    if (!InPlace) {
      // A rename inside the specifiers that a naming moves (`alignas(alignof(Item)) struct {`).
      std::optional<std::string> Rendered = renderMoved(Text, SM, Inside);
      if (!Rendered)
        return false;
      Moved = SourceText::reindent(*Rendered, Text.indentation(MovedBegin), Indent);
    }
    // The moved lines, with the blank lines around them (the split adds its own spacing).
    SourceLocation RemoveBegin = Text.lineStart(MovedBegin);
    SourceLocation RemoveEnd = Text.nextLineStart(MovedEnd);
    while (Text.blankLineBefore(RemoveBegin))
      RemoveBegin = Text.lineStart(RemoveBegin.getLocWithOffset(-1));
    while (Text.blankLineAfter(RemoveEnd.getLocWithOffset(-1)))
      RemoveEnd = Text.nextLineStart(RemoveEnd);

    // A split's new braces are spaced like the namespace's own ones.
    bool BlankAfterOpen = Text.blankLineAfter(Braces.front().first);
    bool BlankBeforeClose = Text.blankLineBefore(Braces.front().second);
    std::string Closes, Opens;
    for (size_t I = 0; I < Levels.size(); ++I)
      if (KeepsBefore[I])
        Closes += Text.indentation(Levels[I]->getBeginLoc()) + "} // namespace\n";
    for (size_t I = Levels.size(); I-- > 0;)
      if (KeepsAfter[I])
        Opens += Text.indentation(Levels[I]->getBeginLoc()) + "namespace {\n";
    std::string Before, After = "\n";
    if (!Closes.empty())
      Before = std::string(BlankBeforeClose ? "\n" : "") + Closes + "\n";
    if (!Opens.empty())
      After += "\n" + Opens + (BlankAfterOpen ? "\n" : "");
    // Blocks with nothing before the segment lose their opening line, inner ones first.
    for (size_t I = 0; I < Levels.size() && !KeepsBefore[I]; ++I) {
      SourceLocation OpenEnd = Text.nextLineStart(Braces[I].first);
      if (I == 0) {
        // Blank lines between the opening and the type go with the opening.
        if (SM.isBeforeInTranslationUnit(RemoveBegin, OpenEnd))
          RemoveBegin = OpenEnd;
        while (SM.isBeforeInTranslationUnit(OpenEnd, RemoveBegin) &&
               Text.blankLineAfter(OpenEnd.getLocWithOffset(-1)))
          OpenEnd = Text.nextLineStart(OpenEnd);
      }
      Plan.Edits.push_back(FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(Text.lineStart(Levels[I]->getBeginLoc()), OpenEnd)));
    }
    auto Replace = [&](SourceLocation Begin, SourceLocation End, const std::string &With) {
      if (Text.text(Begin, End) != With)
        Plan.Edits.push_back(
            FixItHint::CreateReplacement(CharSourceRange::getCharRange(Begin, End), With));
    };
    if (InPlace) {
      Replace(RemoveBegin, MovedBegin, Before + Indent);
      Replace(MovedEnd, RemoveEnd, After);
    } else {
      Replace(RemoveBegin, RemoveEnd, Before + Moved + After);
    }
    // Blocks with nothing after the segment lose their closing line, inner ones first.
    SourceLocation ClosedUpTo = RemoveEnd;
    for (size_t I = 0; I < Levels.size() && !KeepsAfter[I]; ++I) {
      SourceLocation Close = Braces[I].second;
      SourceLocation CloseBegin = Text.lineStart(Close);
      if (SM.isBeforeInTranslationUnit(CloseBegin, ClosedUpTo))
        CloseBegin = ClosedUpTo;
      // Blank lines before the closing brace (after code that stays) go with it.
      while (SM.isBeforeInTranslationUnit(ClosedUpTo, CloseBegin) &&
             Text.blankLineBefore(CloseBegin))
        CloseBegin = Text.lineStart(CloseBegin.getLocWithOffset(-1));
      ClosedUpTo = Text.nextLineStart(Close);
      Plan.Edits.push_back(
          FixItHint::CreateRemoval(CharSourceRange::getCharRange(CloseBegin, ClosedUpTo)));
    }
    return true;
  }

  /// Whether each level, inner to outer, keeps declarations before and after the segment: the
  /// split closes it before the segment and opens it again after.
  void keptAround(const Segment &Seg, std::vector<bool> &KeepsBefore,
                  std::vector<bool> &KeepsAfter) const {
    KeepsBefore.assign(1, Seg.First > 0);
    KeepsAfter.assign(1, Seg.Last + 1 < Items.size());
    for (size_t I = 1; I < Levels.size(); ++I) {
      bool DeclBefore = false, DeclAfter = false;
      for (const Decl *Member : Levels[I]->decls()) {
        if (Member->isImplicit() || Member == Levels[I - 1])
          continue;
        if (SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Member->getBeginLoc()),
                                         Levels[I - 1]->getBeginLoc()))
          DeclBefore = true;
        else
          DeclAfter = true;
      }
      KeepsBefore.push_back(KeepsBefore.back() || DeclBefore);
      KeepsAfter.push_back(KeepsAfter.back() || DeclAfter);
    }
  }

  /// No unit of the block moves: the reason goes on each.
  void refuseAll(FixBlocker::Kind Why) {
    for (const TagDecl *Unit : BlockUnits)
      if (Moving.count(Unit)) {
        Units[Unit].Edits.clear();
        block(Unit, Why, Unit->getLocation());
      }
  }

  /// Renames outside the moved text; the edits in file order; the names the units take.
  void finish() {
    for (size_t I = 0; I < Spots.size(); ++I)
      if (!SpotApplied[I]) {
        SourceLocation Loc = Spots[I].first->Loc;
        Units[find(Segments.front().Owner)].Edits.push_back(FixItHint::CreateReplacement(
            CharSourceRange::getCharRange(Loc, Loc.getLocWithOffset(Spots[I].first->Length)),
            Spots[I].second));
      }
    for (const Segment &Seg : Segments)
      // In file order; edits at one place keep their order.
      sortInFileOrder(Units[find(Seg.Owner)].Edits, SM);
    for (const TagDecl *Unit : BlockUnits) {
      if (!Moving.count(Unit))
        continue;
      auto Renamed = Renames.find(Unit);
      llvm::StringRef Name =
          Renamed != Renames.end() ? llvm::StringRef(Renamed->second.NewName) : Unit->getName();
      // A type in a named namespace keeps it: the namespace's name is the one taken here.
      const NamespaceDecl *Root = anonymousHome(Unit).NamedRoot;
      S.Names.claim(Target, Root ? Root->getName() : Name);
      Units[Unit].HoistedName = Root ? qualifiedNameOutside(Unit->getDeclContext(), Name)
                                     : qualifiedNameIn(Target, Name);
      if (find(Unit) != Unit)
        Units[Unit].MovedBy = find(Unit);
    }
  }

  PlannerState &S;
  ASTContext &Ctx;
  const SourceManager &SM;
  const EvidenceIndex &Index;
  llvm::DenseMap<const TagDecl *, UnitPlan> &Units;
  const NamespaceDecl *Namespace;
  /// `Namespace` and the anonymous blocks around it, inner to outer (anonymousLevels).
  std::vector<const NamespaceDecl *> Levels;
  const DeclContext *Target;
  /// The opening and closing brace of each level.
  std::vector<std::pair<SourceLocation, SourceLocation>> Braces;
  SourceText Text;
  std::vector<const TagDecl *> BlockUnits;
  llvm::DenseMap<const TagDecl *, llvm::SmallPtrSet<const Decl *, 8>> Moving;
  llvm::DenseMap<const TagDecl *, AnonymousRename> Renames;
  /// For a type in a named namespace of the block: the declarations of its own namespace
  /// block that move with it (Moving holds the named namespace's blocks, the split's items).
  llvm::DenseMap<const TagDecl *, llvm::SmallPtrSet<const Decl *, 8>> RootMembers;
  /// The edits that name unnamed types inside each moving unit.
  llvm::DenseMap<const TagDecl *, std::vector<FixItHint>> Namings;
  std::vector<Item> Items;
  llvm::DenseMap<const TagDecl *, const TagDecl *> Leader;
  std::vector<Segment> Segments;
  /// The rename spots of every unit that moves, with their replacements, in file order.
  std::vector<std::pair<const RenameSpot *, std::string>> Spots;
  std::vector<bool> SpotApplied;
  std::string Indent;
};

} // namespace

void planAnonymousBlock(PlannerState &S, const NamespaceDecl *Namespace) {
  AnonymousNamespaceSplit(S, Namespace).run();
}

} // namespace serialscope
