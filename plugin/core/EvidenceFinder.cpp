//===- EvidenceFinder.cpp -------------------------------------------------===//
#include "EvidenceFinder.h"
#include "ScopeClassifier.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

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

bool startsWithNamespace(llvm::StringRef Qualified, llvm::StringRef Namespace) {
  return Qualified.starts_with(Namespace) &&
         Qualified.substr(Namespace.size()).starts_with("::");
}

/// The outermost macro whose expansion produced `Loc`, e.g. "BOOST_CLASS_EXPORT".
llvm::StringRef outermostMacroName(SourceLocation Loc, const SourceManager &SM,
                                   const LangOptions &LangOpts) {
  llvm::StringRef Name;
  while (Loc.isMacroID()) {
    if (SM.isMacroArgExpansion(Loc)) {
      Loc = SM.getImmediateExpansionRange(Loc).getBegin();
      continue;
    }
    Name = Lexer::getImmediateMacroName(Loc, SM, LangOpts);
    Loc = SM.getImmediateExpansionRange(Loc).getBegin();
  }
  return Name;
}

class EvidenceVisitor : public RecursiveASTVisitor<EvidenceVisitor> {
public:
  EvidenceVisitor(ASTContext &Ctx, const Options &Opts, EvidenceIndex &Index)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Opts(Opts), Index(Index) {
    HasBoostSerialization = (Opts.Frameworks & FrameworkBoost) &&
                            (declaresNamespace({"boost", "archive"}) ||
                             declaresNamespace({"boost", "serialization"}));
    HasCereal = (Opts.Frameworks & FrameworkCereal) && declaresNamespace({"cereal"});
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
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Tag)) {
      if (Record->isLambda() || isa<ClassTemplateSpecializationDecl>(Record))
        return true;
      // An instantiated local class stands for its pattern, whose dependent bases
      // (`struct L : Base<T>`) only resolve here.
      addConfiguredEvidence(Record);
      if (Record->getTemplateInstantiationPattern())
        return true;
    }
    if (const auto *Enum = dyn_cast<EnumDecl>(Tag); Enum && Enum->getTemplateInstantiationPattern())
      return true;
    if (std::optional<Scope> Where = classifyScope(Tag))
      Index.Candidates.emplace_back(Tag, std::move(*Where));
    if (!Opts.Annotation.empty())
      for (const auto *Attr : Tag->specific_attrs<AnnotateAttr>())
        if (Attr->getAnnotation() == Opts.Annotation)
          add(Tag, "config-annotation", Attr->getLocation(),
              "annotated '" + Opts.Annotation + "' (option Annotation)", false, Tag);
    return true;
  }

  bool VisitUsingDirectiveDecl(UsingDirectiveDecl *Directive) {
    Index.UsingDirectives.push_back(Directive);
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    const IdentifierInfo *II = FD->getIdentifier();
    if (II) {
      llvm::StringRef Name = II->getName();
      if (Name == "serialize" || Name == "save" || Name == "load" || Name == "save_minimal" ||
          Name == "load_minimal")
        checkArchiveFunction(FD, Name);
      else if (Name == "to_json" || Name == "from_json")
        checkJsonFunction(FD, Name);
      return true;
    }
    if (FD->getOverloadedOperator() == OO_LessLess ||
        FD->getOverloadedOperator() == OO_GreaterGreater)
      checkDataStreamOperator(FD);
    return true;
  }

  bool VisitClassTemplateSpecializationDecl(ClassTemplateSpecializationDecl *Spec) {
    if (Spec->getSpecializationKind() != TSK_ExplicitSpecialization)
      return true;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return true;
    std::string Template = plainQualifiedName(Spec->getSpecializedTemplate());
    const TagDecl *Target = evidenceTarget(Args[0].getAsType());
    if (!Target)
      return true;
    SourceLocation Loc = SM.getExpansionLoc(Spec->getLocation());
    llvm::StringRef Macro = outermostMacroName(Spec->getLocation(), SM, Ctx.getLangOpts());
    auto Via = [&](llvm::StringRef Fallback) {
      return (Macro.empty() ? Fallback : Macro).str();
    };
    if ((Opts.Frameworks & FrameworkBoost) &&
        (Template == "boost::serialization::guid_defined" ||
         Template == "boost::archive::detail::extra_detail::init_guid"))
      add(Target, "boost-export", Loc,
          "registered by name with " + Via("a boost::serialization::guid_defined specialization"),
          true, Spec);
    else if ((Opts.Frameworks & FrameworkCereal) && Template == "cereal::detail::binding_name")
      add(Target, "cereal-register", Loc,
          "registered by name with " + Via("a cereal::detail::binding_name specialization"), true,
          Spec);
    else if ((Opts.Frameworks & FrameworkNlohmann) && Template == "nlohmann::adl_serializer")
      add(Target, "json-adl", Loc, "nlohmann::adl_serializer is specialized for it", false, Spec);
    else if ((Opts.Frameworks & FrameworkQt) && Template == "QMetaTypeId")
      add(Target, "qt-metatype", Loc, "registered by name with " + Via("QMetaTypeId"), true, Spec);
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier())
      return true;
    const TemplateArgumentList *TemplateArgs = Callee->getTemplateSpecializationArgs();
    auto FirstTemplateType = [&]() -> const TagDecl * {
      if (!TemplateArgs || TemplateArgs->size() == 0 ||
          (*TemplateArgs)[0].getKind() != TemplateArgument::Type)
        return nullptr;
      return evidenceTarget((*TemplateArgs)[0].getAsType());
    };
    SourceLocation Loc = SM.getExpansionLoc(Call->getBeginLoc());
    if ((Opts.Frameworks & FrameworkQt) && Callee->getName() == "qRegisterMetaType" &&
        Callee->getDeclContext()->isTranslationUnit()) {
      if (const TagDecl *Target = FirstTemplateType())
        add(Target, "qt-metatype", Loc, "registered by name with qRegisterMetaType", true, Call);
      return true;
    }
    if (Opts.RegistrationFunctions.empty() && Opts.SerializationFunctions.empty())
      return true;
    std::string Name = plainQualifiedName(Callee);
    if (llvm::is_contained(Opts.RegistrationFunctions, Name)) {
      if (const TagDecl *Target = FirstTemplateType())
        add(Target, "config-register", Loc,
            "registered by name with '" + Name + "' (option RegistrationFunctions)", true, Call);
    }
    if (llvm::is_contained(Opts.SerializationFunctions, Name)) {
      std::string Text = "passed to '" + Name + "' (option SerializationFunctions)";
      // Only the template arguments written at the call (`glz::read_json<T>(buffer)`):
      // deduced ones come from the arguments, and a deduced callback or buffer type says
      // nothing about what is serialized.
      auto AddAll = [&](QualType T) {
        forEachSerializedTag(T, 0, [&](const TagDecl *Target) {
          add(Target, "config-call", Loc, Text, false, Call);
        });
      };
      for (const TemplateArgumentLoc &Arg : explicitTemplateArgs(Call->getCallee()))
        if (Arg.getArgument().getKind() == TemplateArgument::Type)
          AddAll(Arg.getArgument().getAsType());
      for (const Expr *Arg : Call->arguments())
        AddAll(Arg->IgnoreImpCasts()->getType());
    }
    return true;
  }

private:
  /// `T` and, for a class template specialization, the types it is built from: reflection
  /// libraries serialize the elements of `std::vector<Local>` or `std::optional<Local>` too.
  void forEachSerializedTag(QualType T, unsigned Depth,
                            llvm::function_ref<void(const TagDecl *)> Callback) const {
    const TagDecl *Tag = evidenceTarget(T);
    if (!Tag || Depth > 4)
      return;
    Callback(Tag);
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Tag))
      for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
        if (Arg.getKind() == TemplateArgument::Type)
          forEachSerializedTag(Arg.getAsType(), Depth + 1, Callback);
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

  SourceLocation hookLocation(const FunctionDecl *FD) const {
    return SM.getExpansionLoc(firstDeclOf(FD)->getLocation());
  }

  /// Whether parameter `Index` of `FD` is a template parameter of the template it was
  /// instantiated from: a generic hook (nlohmann's to_json for every enum or range, cereal's
  /// enum save_minimal, Qt's enum QDataStream operators) was not written for the type it got,
  /// which it writes as a number or an array. Seen on real code whose library headers are
  /// not system headers (vendored nlohmann/cereal, Qt through pkg-config's -I).
  static bool isGenericParameter(const FunctionDecl *FD, unsigned Index) {
    const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
    return Pattern && Pattern != FD && Index < Pattern->getNumParams() &&
           Pattern->getParamDecl(Index)->getType()->isDependentType();
  }

  /// The declaration that carries the hook's body (what a fix moves), else its first one.
  static const FunctionDecl *definitionOf(const FunctionDecl *FD) {
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

  static llvm::ArrayRef<TemplateArgumentLoc> explicitTemplateArgs(const Expr *Callee) {
    Callee = Callee->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
      return Ref->template_arguments();
    if (const auto *Member = dyn_cast<MemberExpr>(Callee))
      return Member->template_arguments();
    return {};
  }

  /// Whether the translation unit declares the namespace `Path` ("boost::archive").
  bool declaresNamespace(std::initializer_list<llvm::StringRef> Path) const {
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

  /// An archive parameter (DESIGN §3a): a reference to a template type parameter, or to a
  /// Boost.Serialization or cereal archive class (local classes cannot have member templates,
  /// so their hooks name a concrete archive).
  ///
  /// A template parameter is an archive only where a framework could pass one: a TU that
  /// never includes Boost.Serialization or cereal cannot serialize its local or
  /// anonymous-namespace types with them, and `template <class Writer> void save(Writer &)`
  /// is common in code that has nothing to do with archives. Boost's hooks also always take
  /// the version as their last parameter (`VersionParam`: its index, or -1 when absent).
  bool isArchive(QualType Param, int VersionParam, const FunctionDecl *FD) const {
    if (!Param->isReferenceType())
      return false;
    QualType Pointee = Param.getNonReferenceType().getUnqualifiedType();
    if (Pointee->getAs<TemplateTypeParmType>()) {
      // The frameworks pass a mutable archive (`Archive &`), except to cereal's
      // save_minimal/load_minimal (`Archive const &`); `template <class T> void save(const T &)`
      // is how an archive implementation writes a value, not a hook.
      bool Minimal = FD->getName().ends_with("_minimal");
      if (Param.getNonReferenceType().isConstQualified() != Minimal ||
          !Param->isLValueReferenceType())
        return false;
      if (HasCereal)
        return true;
      return HasBoostSerialization && VersionParam >= 0 &&
             unsigned(VersionParam) + 1 == FD->getNumParams() &&
             FD->getParamDecl(VersionParam)->getType()->isIntegerType();
    }
    const CXXRecordDecl *Record = Pointee->getAsCXXRecordDecl();
    if (!Record)
      return false;
    auto IsArchiveClass = [&](const CXXRecordDecl *Class) {
      std::string Name = plainQualifiedName(Class);
      return ((Opts.Frameworks & FrameworkBoost) && startsWithNamespace(Name, "boost::archive")) ||
             ((Opts.Frameworks & FrameworkCereal) && startsWithNamespace(Name, "cereal") &&
              llvm::StringRef(Name).contains("Archive"));
    };
    if (IsArchiveClass(Record))
      return true;
    // A user archive derived from a library archive.
    const CXXRecordDecl *Def = Record->getDefinition();
    if (!Def || Def->isDependentContext())
      return false;
    return !Def->forallBases([&](const CXXRecordDecl *Base) { return !IsArchiveClass(Base); });
  }

  void checkArchiveFunction(FunctionDecl *FD, llvm::StringRef Name) {
    if (!(Opts.Frameworks & (FrameworkBoost | FrameworkCereal)) || FD->getNumParams() == 0)
      return;
    SourceLocation Loc = hookLocation(FD);
    const auto *Method = dyn_cast<CXXMethodDecl>(FD);
    if (Method && !Method->isStatic() && FD->getFriendObjectKind() == Decl::FOK_None) {
      // Boost: ar, version. cereal: ar [, version] (load_minimal: ar, value [, version]).
      if (Method->getParent()->isLambda() || !isArchive(FD->getParamDecl(0)->getType(), 1, FD))
        return;
      if (const TagDecl *Target = evidenceTarget(Ctx.getRecordType(Method->getParent())))
        add(Target, "archive-member", Loc,
            "member function '" + Name.str() + "' takes an archive", false, definitionOf(FD));
      return;
    }
    // Boost: ar, object, version. cereal: ar, object [, version].
    if (Method || FD->getNumParams() < 2 || !isArchive(FD->getParamDecl(0)->getType(), 2, FD) ||
        isGenericParameter(FD, 1))
      return;
    if (const TagDecl *Target = evidenceTarget(FD->getParamDecl(1)->getType()))
      add(Target, "archive-free", Loc,
          "function '" + Name.str() + "' takes an archive and '" + Target->getNameAsString() + "'",
          false, definitionOf(FD));
  }

  /// A nlohmann::basic_json parameter: the class itself, or the template parameter that the
  /// library's macros constrain with is_basic_json (NLOHMANN_DEFINE_TYPE_*) or use directly
  /// (NLOHMANN_JSON_SERIALIZE_ENUM).
  bool isBasicJson(const FunctionDecl *FD, QualType Param) const {
    QualType Pointee = Param.getNonReferenceType().getUnqualifiedType().getCanonicalType();
    if (const CXXRecordDecl *Record = Pointee->getAsCXXRecordDecl())
      return plainQualifiedName(Record) == "nlohmann::basic_json";
    if (!Pointee->getAs<TemplateTypeParmType>())
      return false;
    if (outermostMacroName(FD->getLocation(), SM, Ctx.getLangOpts()).starts_with("NLOHMANN_"))
      return true;
    const FunctionTemplateDecl *Template = FD->getDescribedFunctionTemplate();
    if (!Template)
      return false;
    for (const NamedDecl *P : *Template->getTemplateParameters())
      if (const auto *NonType = dyn_cast<NonTypeTemplateParmDecl>(P))
        if (llvm::StringRef(NonType->getType().getAsString()).contains("is_basic_json"))
          return true;
    return false;
  }

  void checkJsonFunction(FunctionDecl *FD, llvm::StringRef Name) {
    if (!(Opts.Frameworks & FrameworkNlohmann) || FD->getNumParams() != 2)
      return;
    if (isa<CXXMethodDecl>(FD) && FD->getFriendObjectKind() == Decl::FOK_None)
      return;
    if (!FD->getParamDecl(0)->getType()->isReferenceType() ||
        !isBasicJson(FD, FD->getParamDecl(0)->getType()) || isGenericParameter(FD, 1))
      return;
    if (const TagDecl *Target = evidenceTarget(FD->getParamDecl(1)->getType()))
      add(Target, "json-adl", hookLocation(FD),
          "function '" + Name.str() + "' converts it to and from nlohmann::json", false, definitionOf(FD));
  }

  void checkDataStreamOperator(FunctionDecl *FD) {
    if (!(Opts.Frameworks & FrameworkQt) || FD->getNumParams() != 2 || isa<CXXMethodDecl>(FD))
      return;
    QualType Stream = FD->getParamDecl(0)->getType();
    if (!Stream->isReferenceType())
      return;
    const CXXRecordDecl *StreamClass = Stream.getNonReferenceType()->getAsCXXRecordDecl();
    if (!StreamClass || plainQualifiedName(StreamClass) != "QDataStream" ||
        isGenericParameter(FD, 1))
      return;
    if (const TagDecl *Target = evidenceTarget(FD->getParamDecl(1)->getType()))
      add(Target, "qt-datastream", hookLocation(FD),
          std::string("'operator") +
              (FD->getOverloadedOperator() == OO_LessLess ? "<<" : ">>") +
              "' streams it through a QDataStream",
          false, definitionOf(FD));
  }

  void addConfiguredEvidence(const CXXRecordDecl *Record) {
    // Dependent contexts too (a local class of a function template): its instantiations are
    // not candidates, and non-dependent bases resolve in the pattern.
    if (Opts.SerializableBases.empty())
      return;
    // The note points at the type's own base specifier, and names the class it leads to
    // when that is not the configured base itself.
    for (const CXXBaseSpecifier &Direct : Record->bases()) {
      const CXXRecordDecl *DirectClass = Direct.getType()->getAsCXXRecordDecl();
      if (!DirectClass)
        continue;
      std::string Found = configuredBaseOf(DirectClass, 0);
      if (Found.empty())
        continue;
      std::string Text = "derives from '" + Found + "'";
      if (std::string Via = plainQualifiedName(DirectClass); Via != Found)
        Text += " through '" + Via + "'";
      if (const TagDecl *Target = evidenceTarget(Ctx.getRecordType(Record)))
        add(Target, "config-base", SM.getExpansionLoc(Direct.getBeginLoc()),
            Text + " (option SerializableBases)", false, Record);
      return;
    }
  }

  /// `Class` itself or the first of its (indirect) bases named in SerializableBases.
  std::string configuredBaseOf(const CXXRecordDecl *Class, unsigned Depth) const {
    std::string Name = plainQualifiedName(Class);
    if (llvm::is_contained(Opts.SerializableBases, Name))
      return Name;
    const CXXRecordDecl *Def = Class->getDefinition();
    if (!Def || Depth > 32)
      return "";
    for (const CXXBaseSpecifier &Base : Def->bases())
      if (const CXXRecordDecl *BaseClass = Base.getType()->getAsCXXRecordDecl())
        if (std::string Found = configuredBaseOf(BaseClass, Depth + 1); !Found.empty())
          return Found;
    return "";
  }

  template <typename NodeT>
  void add(const TagDecl *Target, llvm::StringRef Id, SourceLocation Loc, std::string Text,
           bool RegistersByName, const NodeT *Source) {
    std::vector<Evidence> &List = Index.ByType[Target];
    if (llvm::any_of(List, [&](const Evidence &E) { return E.Id == Id && E.Loc == Loc; }))
      return;
    const Decl *SourceDecl = nullptr;
    if constexpr (std::is_base_of_v<Decl, NodeT>)
      SourceDecl = Source;
    List.push_back(Evidence{Id, Loc, std::move(Text), RegistersByName, SourceDecl});
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  const Options &Opts;
  EvidenceIndex &Index;
  bool HasBoostSerialization = false;
  bool HasCereal = false;
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
