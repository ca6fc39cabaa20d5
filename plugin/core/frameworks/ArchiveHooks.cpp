//===- ArchiveHooks.cpp ---------------------------------------------------===//
#include "ArchiveHooks.h"
#include "ClangCompat.h"
#include "EvidenceFinder.h"

#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace serialscope {

bool isInNamespace(llvm::StringRef Qualified, llvm::StringRef Namespace) {
  return Qualified.starts_with(Namespace) &&
         Qualified.substr(Namespace.size()).starts_with("::");
}

namespace {

/// An archive parameter: a reference to a template type parameter, or to an
/// archive class of the framework (local classes cannot have member templates, so their hooks
/// name a concrete archive).
///
/// A template parameter is an archive only where the framework could pass one: a TU that
/// never includes it cannot serialize its local or anonymous-namespace types with it, and
/// `template <class Writer> void save(Writer &)` is common in code that has nothing to do
/// with archives.
bool isArchive(QualType Param, unsigned VersionParam, const FunctionDecl &FD,
               const ArchiveKind &Kind, const EvidenceContext &Ctx) {
  if (!Param->isReferenceType())
    return false;
  QualType Pointee = Param.getNonReferenceType().getUnqualifiedType();
  if (Pointee->getAs<TemplateTypeParmType>()) {
    // The frameworks pass a mutable archive (`Archive &`), except to cereal's
    // save_minimal/load_minimal (`Archive const &`); `template <class T> void save(const T &)`
    // is how an archive implementation writes a value, not a hook.
    bool Minimal = FD.getName().ends_with("_minimal");
    if (Param.getNonReferenceType().isConstQualified() != Minimal ||
        !Param->isLValueReferenceType())
      return false;
    return Kind.TakesTemplateArchive(FD, VersionParam, Ctx);
  }
  const CXXRecordDecl *Record = Pointee->getAsCXXRecordDecl();
  if (!Record)
    return false;
  auto IsArchiveClass = [&](const CXXRecordDecl *Class) {
    return Kind.IsArchiveClass(plainQualifiedName(Class));
  };
  if (IsArchiveClass(Record))
    return true;
  // A user archive derived from a library archive.
  const CXXRecordDecl *Def = Record->getDefinition();
  if (!Def || Def->isDependentContext())
    return false;
  return !Def->forallBases([&](const CXXRecordDecl *Base) { return !IsArchiveClass(Base); });
}

} // namespace

void matchArchiveHook(const FunctionDecl &FD, const ArchiveKind &Kind, EvidenceContext &Ctx) {
  const IdentifierInfo *II = FD.getIdentifier();
  if (!II || FD.getNumParams() == 0 ||
      !llvm::is_contained({"serialize", "save", "load", "save_minimal", "load_minimal"},
                          II->getName()))
    return;
  std::string Name = II->getName().str();
  SourceLocation Loc = Ctx.hookLocation(&FD);
  const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
  if (Method && !Method->isStatic() && FD.getFriendObjectKind() == Decl::FOK_None) {
    // Boost: ar, version. cereal: ar [, version] (load_minimal: ar, value [, version]).
    if (Method->getParent()->isLambda() ||
        !isArchive(FD.getParamDecl(0)->getType(), 1, FD, Kind, Ctx))
      return;
    if (const TagDecl *Target = evidenceTarget(compat::tagType(Ctx.Ctx, Method->getParent())))
      Ctx.add(Target, "archive-member", Loc, "member function '" + Name + "' takes an archive",
              false, hookDefinition(&FD));
    return;
  }
  // Boost: ar, object, version. cereal: ar, object [, version].
  if (Method || FD.getNumParams() < 2 ||
      !isArchive(FD.getParamDecl(0)->getType(), 2, FD, Kind, Ctx) || isGenericParameter(&FD, 1))
    return;
  if (const TagDecl *Target = evidenceTarget(FD.getParamDecl(1)->getType()))
    Ctx.add(Target, "archive-free", Loc,
            "function '" + Name + "' takes an archive and '" + Target->getNameAsString() + "'",
            false, hookDefinition(&FD));
}

} // namespace serialscope
