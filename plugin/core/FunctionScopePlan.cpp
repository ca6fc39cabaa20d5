//===- FunctionScopePlan.cpp - the plan for one local type ---------------===//
#include "FunctionScopePlan.h"
#include "Conditionals.h"
#include "DeclExtent.h"
#include "DeclScopes.h"
#include "LookupChecks.h"
#include "Naming.h"
#include "ProjectNames.h"
#include "ScopeClassifier.h"
#include "SourceText.h"
#include "TextEdits.h"
#include "TypeRenamer.h"
#include "UnnamedTypePlan.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace serialscope {

/// The preprocessor conditions `Moved` was written under that do not hold where it goes
/// (before `InsertLoc`): it takes them along, or does not move.
bool keepConditions(PlannerState &S, MovedText &Moved, SourceLocation InsertLoc,
                    const NamedDecl *Mover, UnitPlan &Plan) {
  const SourceManager &SM = S.SM;
  FileID File = SM.getFileID(InsertLoc);
  if (SM.getFileID(Moved.Begin) != File)
    return true; // Refused elsewhere: the declaration is in another file.
  llvm::StringRef Buffer = SM.getBufferData(File);
  ConditionalContext Context =
      conditionsToKeep(Buffer, S.Ctx.getLangOpts(), SM.getFileOffset(InsertLoc),
                       SM.getFileOffset(Moved.Begin), SM.getFileOffset(Moved.End));
  if (Context.Problem) {
    FixBlocker::Kind Kind = FixBlocker::Kind::UnbalancedConditional;
    if (*Context.Problem == ConditionalProblem::CrossesBranch)
      Kind = FixBlocker::Kind::ConditionalBranches;
    else if (*Context.Problem == ConditionalProblem::ChangesMacros)
      Kind = FixBlocker::Kind::DirectiveBetween;
    Plan.Blocker = FixBlocker{Kind, SM.getComposedLoc(File, Context.ProblemOffset), Mover};
    return false;
  }
  Moved.Conditions = Context.Directives;
  if (!Moved.Conditions.empty())
    Plan.Notes.push_back({SM.getExpansionLoc(Mover->getLocation()),
                          "the fix keeps " + quoted(Mover) +
                              " under the preprocessor conditions it is declared in: it writes '" +
                              llvm::join(Moved.Conditions, "', '") + "' around it"});
  return true;
}

/// What stops `Mover` from leaving the anonymous namespaces around its function (from
/// `Outermost` out to `Anchor`) for `Target`: a name it uses from one of them that `Target`
/// declares too (from there, lookup finds both); in a header, anything local to the
/// translation unit (the moved type becomes one entity of every unit that includes it).
std::optional<FixBlocker> anonymousExitBlocker(const PlannerState &S, const NamedDecl *Mover,
                                               const Decl *Outermost, const Decl *Anchor,
                                               const DeclContext *Target) {
  if (Anchor == Outermost)
    return std::nullopt;
  const SourceManager &SM = S.SM;
  for (const DeclContext *DC = Outermost->getLexicalDeclContext(); DC;
       DC = DC->getLexicalParent()) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(DC);
    if (Namespace && Namespace->isAnonymousNamespace()) {
      SourceLocation At;
      if (const NamedDecl *Hidden = nameHiddenInAnonymousNamespace(Mover, Namespace, Target, At)) {
        FixBlocker B{FixBlocker::Kind::HiddenName, SM.getExpansionLoc(At), Mover, Hidden};
        B.Target = Target;
        return B;
      }
    }
    if (DC == dyn_cast<DeclContext>(Anchor))
      break;
  }
  if (!SM.isInMainFile(SM.getExpansionLoc(Mover->getLocation())))
    return checkDependencies(Mover, Target, Outermost->getBeginLoc(),
                             DependencyMode::FromHeaderAnonymousNamespace, S.Index, SM);
  return std::nullopt;
}

namespace {

/// The plan for one local type, in the steps it takes: where it goes, whether what it uses is
/// still found there, its name, the text that moves, a template header, the uses to rename,
/// packing, the edits, and friend declarations for the private members it uses. Each step
/// returns false when it refuses (with the blocker in the plan).
class FunctionScopePlanner {
public:
  FunctionScopePlanner(PlannerState &S, const TagDecl *Unit, const Scope &Where, UnitPlan &Plan)
      : S(S), Ctx(S.Ctx), SM(S.SM), Index(S.Index), Unit(Unit), Where(Where), Plan(Plan),
        Text(SM, Ctx.getLangOpts()) {}

  void run() {
    if (!locate() || !checkUses() || !chooseName() || !takeStatement() || !nameInnerTypes() ||
        !qualifyClassMembers() || !keepConditions(S, Plan.Moved, InsertLoc, Unit, Plan) ||
        !makeTemplate() || !renameUses())
      return;
    wrapMovedText();
    addEdits();
    if (!befriend())
      return;
    S.Names.claim(Target, NewName);
    Plan.HoistedName = qualifiedNameIn(Target, NewName);
  }

private:
  void Refuse(SourceLocation Loc, FixBlocker::Kind K, const NamedDecl *Entity = nullptr,
              const NamedDecl *Other = nullptr) {
    FixBlocker B{K, Loc, Unit, Entity};
    B.Other = Other;
    B.Target = Target;
    Plan.Blocker = std::move(B);
  }

  /// Where the type goes: before the outermost declaration, in its namespace; for a function
  /// in an anonymous namespace, before the outermost anonymous namespace block, in the named
  /// namespace around it (the function still finds it there by its unqualified name).
  bool locate() {
    const Decl *Function = Where.Owner;
    if (Function->getLocation().isMacroID()) {
      Refuse(SM.getExpansionLoc(Function->getLocation()), FixBlocker::Kind::FunctionFromMacro);
      return false;
    }
    Outermost = outermostDeclaration(Unit);
    Anchor = insertionAnchor(Unit);
    Target = Anchor->getLexicalDeclContext()->getRedeclContext();
    OutermostBegin = Outermost->getBeginLoc();
    for (SourceLocation Begin : {OutermostBegin, Anchor->getBeginLoc()})
      if (Begin.isMacroID() || SM.getFileID(Begin) != SM.getFileID(Unit->getBeginLoc())) {
        Refuse(SM.getExpansionLoc(Begin), FixBlocker::Kind::EnclosingDeclarationElsewhere);
        return false;
      }
    InsertLoc = Text.leadingCommentStart(Anchor->getBeginLoc());
    return true;
  }

  /// Whether every name the type uses is still found from there (local types and aliases it
  /// uses move first; template parameters make it a template; private members, a friend).
  bool checkUses() {
    DependencySinks Sinks;
    Sinks.LocalTypes = &Plan.Deps;
    Sinks.LocalAliases = &Plan.AliasDeps;
    Sinks.TemplateParams = &Params;
    Sinks.NonPublic = &NonPublic;
    Sinks.ClassMembers = &ClassMembers;
    if (std::optional<FixBlocker> Blocker = checkDependencies(
            Unit, Target, InsertLoc, DependencyMode::FromFunction, Index, SM, Sinks)) {
      Plan.Blocker = std::move(Blocker);
      return false;
    }
    if (std::optional<FixBlocker> Blocker =
            anonymousExitBlocker(S, Unit, Outermost, Anchor, Target)) {
      Plan.Blocker = std::move(Blocker);
      return false;
    }
    return true;
  }

  /// Keeps the name unless it would collide; then derives one from the function's name.
  bool chooseName() {
    if (Unit->getName().empty())
      return nameUnnamed();
    NewName = Unit->getName().str();
    Collision = S.Names.typeCollision(Unit, Target, Outermost, "");
    if (Collision) {
      std::optional<std::string> Free =
          firstFreeName(derivedName(Unit, Outermost), [&](const std::string &Name) {
            return S.Names.typeCollision(Unit, Target, Outermost, Name).has_value();
          });
      if (!Free) {
        Plan.Blocker = Collision;
        return false;
      }
      NewName = *Free;
    }
    Renamed = !Unit->getName().empty() && NewName != Unit->getName();
    Plan.Renamed = Renamed;
    return true;
  }

  /// An unnamed type takes its name from the variable it declares (`state` -> `State`); no use
  /// spells it, so nothing else is renamed.
  bool nameUnnamed() {
    DeclaratorName Naming = nameFromDeclarator(SM, Unit);
    std::optional<std::string> Free =
        firstFreeName(Naming.Base, [&](const std::string &Name) {
          return hasMemberNamed(Unit, Name) ||
                 S.Names.typeCollision(Unit, Target, Outermost, Name).has_value();
        });
    if (!Free) {
      Plan.Blocker = S.Names.typeCollision(Unit, Target, Outermost, Naming.Base);
      if (!Plan.Blocker)
        Refuse(Unit->getLocation(), FixBlocker::Kind::NameCollision, Unit);
      return false;
    }
    NewName = *Free;
    Plan.Notes.push_back(namingNote(SM, Unit, Naming.Declarator, NewName));
    return true;
  }

  /// The declaration statement and forward declarations that go, and the text that moves.
  bool takeStatement() {
    // The declaration statement that introduces the type: `struct A {...};` moves whole;
    // `struct A {...} a;` leaves `A a;` behind.
    Statement = findDeclStmt(Where.Owner, Unit);
    if (!Statement) {
      Refuse(Unit->getLocation(), FixBlocker::Kind::NotADeclarationStatement);
      return false;
    }
    // A forward declaration of the type in the function (`struct Node;`) would declare another,
    // never defined, local type once the type has moved: it goes. (An elaborated type specifier
    // in another declaration, `struct Node *p;`, finds the moved type and stays.)
    for (const TagDecl *Redecl : Unit->redecls()) {
      const Decl *Home = enclosingFunction(Redecl);
      if (Redecl == Unit || !Home)
        continue;
      const DeclStmt *Forward = findDeclStmt(Home, Redecl);
      if (!Forward)
        continue;
      if (!Forward->isSingleDecl() || Forward->getBeginLoc().isMacroID() ||
          Forward->getEndLoc().isMacroID()) {
        Refuse(SM.getExpansionLoc(Redecl->getLocation()),
               FixBlocker::Kind::ForwardDeclarationStays);
        return false;
      }
      ForwardRemovals.push_back(
          statementRemoval(Text, Redecl->getBeginLoc(), Forward->getEndLoc(), OutermostBegin));
    }
    TypeBegin = Unit->getBeginLoc();
    TypeEnd = trailingAttributesEnd(Unit, SM, Ctx.getLangOpts());
    MovedBegin = Text.leadingCommentStart(TypeBegin, /*StopAtNolint=*/true);
    FromIndent = Text.indentation(TypeBegin);
    Plan.Moved.Begin = MovedBegin;
    Plan.Moved.End = TypeEnd;
    Plan.Moved.FromIndent = FromIndent;
    if (Unit->getName().empty()) {
      std::optional<FixItHint> Naming = nameInsertion(SM, Ctx.getLangOpts(), Unit, NewName);
      if (!Naming) {
        Refuse(SM.getExpansionLoc(Unit->getLocation()), FixBlocker::Kind::MacroExpansion);
        return false;
      }
      Plan.Moved.Inside.push_back(*Naming);
    }
    return true;
  }

  /// The unnamed types inside it that its findings need named are named in the moved text.
  bool nameInnerTypes() {
    llvm::append_range(Plan.Moved.Inside, planInnerNamings(S, Unit, Plan.Notes));
    return true;
  }

  /// Static members of the classes around the function that the type names without
  /// qualification: at namespace scope they are named through their class (`Account::kSchema`),
  /// except inside a local type of the type that moves on its own (its own plan does it).
  bool qualifyClassMembers() {
    for (const ClassMemberUse &Use : ClassMembers) {
      if (movesOnItsOwn(Use.NameLoc))
        continue;
      std::optional<std::string> Qualifier = classQualifier(Use.Record);
      if (!Qualifier || SM.getFileID(Use.NameLoc) != SM.getFileID(TypeBegin) ||
          !SM.isBeforeInTranslationUnit(TypeBegin, Use.NameLoc) ||
          !SM.isBeforeInTranslationUnit(Use.NameLoc, TypeEnd)) {
        Refuse(Use.NameLoc, FixBlocker::Kind::EnclosingClassMember, Use.Member, Use.Record);
        return false;
      }
      Plan.Moved.Inside.push_back(FixItHint::CreateInsertion(Use.NameLoc, *Qualifier + "::"));
      if (!llvm::is_contained(QualifiedMembers, Use.Member)) {
        QualifiedMembers.push_back(Use.Member);
        Plan.Notes.push_back({Use.NameLoc, "the fix writes '" + *Qualifier + "::" +
                                               Use.Member->getNameAsString() + "' for " +
                                               quoted(Use.Member) + " in " + quoted(Unit) +
                                               ": at namespace scope it is not found through " +
                                               quoted(Use.Record)});
      }
    }
    return true;
  }

  /// Whether `Loc` is in the text of a local type inside this one that moves on its own
  /// (planned before this one).
  bool movesOnItsOwn(SourceLocation Loc) const {
    for (const auto &[Type, Other] : S.Units)
      if (Type != Unit && !Other.Blocker && Other.Moved.valid() && isWithin(Type, Unit) &&
          !SM.isBeforeInTranslationUnit(Loc, Other.Moved.Begin) &&
          SM.isBeforeInTranslationUnit(Loc, Other.Moved.End))
        return true;
    return false;
  }

  /// How the moved type names `Record` from `Target`: by its name (`Account`, `Outer::Inner`)
  /// when it is a class of the target namespace that nothing in the moved type hides, else from
  /// the global namespace (`::shop::Account`). Nothing for a class without a name.
  std::optional<std::string> classQualifier(const CXXRecordDecl *Record) const {
    std::string Classes;
    const DeclContext *DC = Record;
    const CXXRecordDecl *OuterClass = Record;
    for (; isa<CXXRecordDecl>(DC); DC = DC->getParent()) {
      OuterClass = cast<CXXRecordDecl>(DC);
      if (!OuterClass->getIdentifier())
        return std::nullopt;
      Classes = OuterClass->getName().str() + (Classes.empty() ? "" : "::") + Classes;
    }
    const DeclContext *Home = DC->getRedeclContext();
    // Members of anonymous and inline namespaces are found in the namespace around them.
    for (const auto *NS = dyn_cast<NamespaceDecl>(Home);
         NS && (NS->isAnonymousNamespace() || NS->isInline()) && !Home->Equals(Target);
         NS = dyn_cast<NamespaceDecl>(Home))
      Home = NS->getParent()->getRedeclContext();
    if (Home->Equals(Target) && !hidesName(OuterClass->getDeclName()))
      return Classes;
    std::string Namespaces;
    for (; !DC->isTranslationUnit(); DC = DC->getParent())
      if (const auto *NS = dyn_cast<NamespaceDecl>(DC); NS && !NS->isAnonymousNamespace())
        Namespaces = NS->getName().str() + "::" + Namespaces;
    return "::" + Namespaces + Classes;
  }

  /// Whether the moved type, its bases, or anything it declares carries `Name`: then `Name::`
  /// inside it would not find the class of the target namespace.
  bool hidesName(DeclarationName Name) const {
    if (Unit->getDeclName() == Name || findSameName(nullptr, Name, {Unit}))
      return true;
    const auto *Record = dyn_cast<CXXRecordDecl>(Unit);
    if (!Record || !Record->hasDefinition())
      return false;
    return !Record->forallBases([&](const CXXRecordDecl *Base) {
      return Base->getDeclName() != Name && Base->lookup(Name).empty();
    });
  }

  bool inForwardRemoval(SourceLocation Loc) const {
    return llvm::any_of(ForwardRemovals, [&](const FixItHint &Removal) {
      return !SM.isBeforeInTranslationUnit(Loc, Removal.RemoveRange.getBegin()) &&
             SM.isBeforeInTranslationUnit(Loc, Removal.RemoveRange.getEnd());
    });
  }

  bool makeTemplate() {
    // Uses of the enclosing templates' parameters: the moved type becomes a template over
    // exactly those, and the function names it with them as arguments.
    Plan.Templated = !Params.empty();
    if (!Params.empty()) {
      auto Position = [](const NamedDecl *P) -> std::pair<unsigned, unsigned> {
        if (const auto *Type = dyn_cast<TemplateTypeParmDecl>(P))
          return {Type->getDepth(), Type->getIndex()};
        if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(P))
          return {Value->getDepth(), Value->getIndex()};
        const auto *Template = cast<TemplateTemplateParmDecl>(P);
        return {Template->getDepth(), Template->getIndex()};
      };
      llvm::sort(Params,
                 [&](const NamedDecl *A, const NamedDecl *B) { return Position(A) < Position(B); });
      for (const NamedDecl *Param : Params) {
        SourceLocation Begin = Param->getBeginLoc(), NameLoc = Param->getLocation();
        if (Begin.isMacroID() || NameLoc.isMacroID()) {
          Refuse(Unit->getLocation(), FixBlocker::Kind::TemplateParameterFromMacro, Param);
          return false;
        }
        // The parameter as declared, without its default argument.
        std::string Declared =
            Text.text(Begin, NameLoc.getLocWithOffset(Param->getName().size())).str();
        bool Pack = false;
        if (const auto *Type = dyn_cast<TemplateTypeParmDecl>(Param))
          Pack = Type->isParameterPack();
        else if (const auto *Value = dyn_cast<NonTypeTemplateParmDecl>(Param))
          Pack = Value->isParameterPack();
        else
          Pack = cast<TemplateTemplateParmDecl>(Param)->isParameterPack();
        TemplateHeader += (TemplateHeader.empty() ? "" : ", ") + Declared;
        TemplateArgs +=
            (TemplateArgs.empty() ? "" : ", ") + Param->getName().str() + (Pack ? "..." : "");
      }
      TemplateHeader = "template <" + TemplateHeader + ">\n";
      TemplateArgs = "<" + TemplateArgs + ">";
      if (!isa<CXXRecordDecl>(Unit)) {
        Refuse(Unit->getLocation(), FixBlocker::Kind::EnumTemplate, Params.front());
        return false;
      }
    }
    return true;
  }

  bool renameUses() {
    // A new name is written at every place the function spells the type: inside the moved text,
    // and in the rest of the function (with the template arguments when it becomes a template).
    if ((Renamed || Plan.Templated) && !Unit->getName().empty()) {
      RenamePlan Rename = planRename(Unit, {Outermost}, NewName, qualifiedNameIn(Target, NewName),
                                     S.Keys, SM, Ctx.getLangOpts());
      if (Rename.Blocker) {
        Refuse(Rename.Blocker->Loc, FixBlocker::Kind::RenameBlocked);
        Plan.Blocker->Detail = Rename.Blocker->Message;
        return false;
      }
      unsigned MovedOffset = SM.getFileOffset(MovedBegin);
      unsigned TypeEndOffset = SM.getFileOffset(TypeEnd);
      for (const RenameSpot &Spot : Rename.Spots) {
        unsigned Offset = SM.getFileOffset(Spot.Loc);
        // The analysis sees one configuration: a use outside the moved text may, in another,
        // name a twin declared in the other branch, which keeps its old name.
        if (!Plan.Moved.Conditions.empty() && (Offset < MovedOffset || Offset >= TypeEndOffset)) {
          Refuse(Spot.Loc, FixBlocker::Kind::ConditionalRename);
          return false;
        }
        auto Range = CharSourceRange::getCharRange(Spot.Loc, Spot.Loc.getLocWithOffset(Spot.Length));
        if (Offset >= MovedOffset && Offset < TypeEndOffset)
          Plan.Moved.Inside.push_back(
              FixItHint::CreateReplacement(Range, Spot.Text.empty() ? NewName : Spot.Text));
        else if (!inForwardRemoval(Spot.Loc))
          Renames.push_back(FixItHint::CreateReplacement(
              Range, Spot.Text.empty() ? NewName + TemplateArgs : Spot.Text));
      }
      llvm::append_range(Plan.Notes, Rename.Notes);
    }
    return true;
  }

  /// The type as notes quote it: by the name the fix gives it when it has none.
  std::string subject() const {
    return Unit->getName().empty() ? "'" + NewName + "'" : quoted(Unit);
  }

  /// Notes on what the fix does; the template header and packing around the moved text.
  void wrapMovedText() {
    if (Renamed)
      Plan.Notes.push_back(
          {Collision->Loc, "the fix renames " + quoted(Unit) + " to '" + NewName +
                               "': under its own name it " +
                               (Collision->K == FixBlocker::Kind::ReservedName
                                    ? inAnotherUnit()
                                    : std::string("would collide with this declaration"))});
    if (Plan.Templated)
      Plan.Notes.push_back({SM.getExpansionLoc(Unit->getLocation()),
                            "the fix makes " + subject() +
                                " a template over the parameters of the enclosing template it "
                                "uses: " +
                                TemplateArgs.substr(1, TemplateArgs.size() - 2)});
    // The packing the type was declared under (a `#pragma pack` in the function) must hold where
    // it lands too: otherwise its layout changes, and with it every binary archive of it. With a
    // pack value, that value; without one, no packing, when a pack pragma written between the
    // two places may have changed it.
    std::string PackPush;
    if (const auto *Record = dyn_cast<RecordDecl>(Unit)) {
      std::string Pragmas;
      if (const auto *Pack = Record->getAttr<MaxFieldAlignmentAttr>()) {
        PackPush = "#pragma pack(push, " + std::to_string(Pack->getAlignment() / 8) + ")";
        Pragmas = "'" + PackPush + "'";
      } else if (Text.hasPackPragma(InsertLoc, TypeBegin)) {
        PackPush = "#pragma pack(push)\n" + FromIndent + "#pragma pack()";
        Pragmas = "'#pragma pack(push)', '#pragma pack()'";
      }
      if (!PackPush.empty()) {
        Plan.Moved.Inside.push_back(FixItHint::CreateInsertion(TypeBegin, PackPush + "\n" + FromIndent));
        Plan.Notes.push_back({SM.getExpansionLoc(Unit->getLocation()),
                              "the fix keeps the packing of " + subject() +
                                  " at its new place: it writes " + Pragmas +
                                  " before it and '#pragma pack(pop)' after it"});
      }
    }
    // The template header goes after the leading comments and the packing, right before the
    // class key.
    if (Plan.Templated)
      Plan.Moved.Inside.push_back(FixItHint::CreateInsertion(TypeBegin, TemplateHeader + FromIndent));
    Plan.Moved.Suffix = ";";
    if (!PackPush.empty())
      Plan.Moved.Suffix += "\n" + FromIndent + "#pragma pack(pop)";
  }

  void addEdits() {
    if (Statement->isSingleDecl())
      Plan.Edits.push_back(
          statementRemoval(Text, MovedBegin, Statement->getEndLoc(), OutermostBegin));
    else
      Plan.Edits.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(TypeBegin, TypeEnd), NewName + TemplateArgs));
    llvm::append_range(Plan.Edits, ForwardRemovals);
    llvm::append_range(Plan.Edits, Renames);
    Plan.InsertLoc = InsertLoc;
  }

  bool befriend() {
    // Private members of the classes around the function: the moved class becomes their friend.
    for (const NamedDecl *Member : NonPublic) {
      const auto *Record = cast<CXXRecordDecl>(Member->getDeclContext());
      std::string Why = quoted(Unit) + " uses " +
                        (Member->getAccess() == AS_private ? "private" : "protected") + " member " +
                        quoted(Member) + " of " + quoted(Record);
      if (!isWithin(Where.Owner, Record)) {
        Refuse(SM.getExpansionLoc(Member->getLocation()), FixBlocker::Kind::NonPublicMember, Member,
               Record);
        return false;
      }
      if (llvm::any_of(Plan.Friends, [&](const auto &F) { return F.first == Record; }))
        continue;
      SourceLocation LBrace = Record->getBraceRange().getBegin();
      if (Plan.Templated || LBrace.isMacroID() ||
          !Text.onlySpaceOrCommentAfter(LBrace.getLocWithOffset(1))) {
        Refuse(SM.getExpansionLoc(Member->getLocation()), FixBlocker::Kind::FriendNotInsertable,
               Member, Record);
        return false;
      }
      // Indented like the class's first member (or one level in from the class).
      std::string Indent = Text.indentation(Record->getBeginLoc()) + "  ";
      for (const Decl *First : Record->decls())
        if (!First->isImplicit() && !isa<AccessSpecDecl>(First) &&
            First->getBeginLoc().isFileID()) {
          Indent = Text.indentation(First->getBeginLoc());
          break;
        }
      // An unqualified friend names a type of the class's own namespace. When the type moves to
      // an enclosing one instead (the function is defined out of line there), the friend must
      // be qualified, and a qualified friend needs a declaration before the class.
      std::string FriendName = NewName;
      if (!Record->getEnclosingNamespaceContext()->getRedeclContext()->Equals(Target)) {
        const Decl *InTarget = Record;
        while (!InTarget->getLexicalDeclContext()->getRedeclContext()->Equals(Target))
          InTarget = Decl::castFromDeclContext(InTarget->getLexicalDeclContext());
        SourceLocation Before = Text.leadingCommentStart(InTarget->getBeginLoc());
        if (Before.isMacroID() || SM.getFileID(Before) != SM.getFileID(InsertLoc) ||
            !Text.onlySpaceBefore(Before)) {
          Refuse(SM.getExpansionLoc(Member->getLocation()), FixBlocker::Kind::FriendNotDeclarable,
                 Member, Record);
          return false;
        }
        Plan.ForwardDecls.emplace_back(Text.lineStart(Before), Text.indentation(Before) +
                                                                   Unit->getKindName().str() + " " +
                                                                   NewName + ";\n\n");
        FriendName = (Target->isTranslationUnit()
                          ? std::string("::")
                          : "::" + cast<NamespaceDecl>(Target)->getQualifiedNameAsString() + "::") +
                     NewName;
      }
      Plan.Friends.emplace_back(Record, Indent + "friend " + Unit->getKindName().str() + " " +
                                            FriendName + ";\n");
      Plan.Notes.push_back(
          {SM.getExpansionLoc(Member->getLocation()),
           "the fix declares '" + NewName + "' a friend of " + quoted(Record) + ": " + Why});
    }
    return true;
  }

  PlannerState &S;
  ASTContext &Ctx;
  const SourceManager &SM;
  const EvidenceIndex &Index;
  const TagDecl *Unit;
  const Scope &Where;
  UnitPlan &Plan;
  SourceText Text;
  const Decl *Outermost = nullptr;
  /// What the type is inserted before: Outermost, or the anonymous namespace around it.
  const Decl *Anchor = nullptr;
  const DeclContext *Target = nullptr;
  SourceLocation OutermostBegin, InsertLoc;
  std::vector<const NamedDecl *> Params, NonPublic;
  std::vector<ClassMemberUse> ClassMembers;
  std::vector<const NamedDecl *> QualifiedMembers;
  std::string NewName;
  bool Renamed = false;
  std::optional<FixBlocker> Collision;
  const DeclStmt *Statement = nullptr;
  std::vector<FixItHint> ForwardRemovals;
  SourceLocation TypeBegin, TypeEnd, MovedBegin;
  std::string FromIndent;
  std::string TemplateHeader, TemplateArgs;
  /// Uses of the type outside the moved text that a new name rewrites.
  std::vector<FixItHint> Renames;
};

} // namespace

void planFunctionScope(PlannerState &S, const TagDecl *Unit, const Scope &Where, UnitPlan &Plan) {
  FunctionScopePlanner(S, Unit, Where, Plan).run();
}

} // namespace serialscope
