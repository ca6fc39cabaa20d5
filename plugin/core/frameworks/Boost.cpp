//===- Boost.cpp - Boost.Serialization ------------------------------------===//
#include "ArchiveHooks.h"

using namespace clang;

namespace serialscope {
namespace {

bool isBoostArchive(llvm::StringRef QualifiedName) {
  return isInNamespace(QualifiedName, "boost::archive");
}

/// Boost passes an archive only where Boost.Serialization is included, and always passes the
/// version as the hook's last parameter.
bool takesTemplateArchive(const FunctionDecl &FD, unsigned VersionParam,
                          const EvidenceContext &Ctx) {
  return (Ctx.declaresNamespace({"boost", "archive"}) ||
          Ctx.declaresNamespace({"boost", "serialization"})) &&
         VersionParam + 1 == FD.getNumParams() &&
         FD.getParamDecl(VersionParam)->getType()->isIntegerType();
}

void matchFunction(const FunctionDecl &FD, EvidenceContext &Ctx) {
  matchArchiveHook(FD, {isBoostArchive, takesTemplateArchive}, Ctx);
}

// BOOST_CLASS_EXPORT and its _GUID, _KEY, _IMPLEMENT forms expand to these.
const SpecializationEvidence Specializations[] = {
    {"boost::serialization::guid_defined", "boost-export", true,
     "a boost::serialization::guid_defined specialization",
     {TokenKey::SpecializedFunction, "guid"}},
    {"boost::archive::detail::extra_detail::init_guid", "boost-export", true,
     "a boost::serialization::guid_defined specialization"},
};

/// BOOST_CLASS_EXPORT_KEY2(T, K) specializes `guid_defined<T>` and, next to it,
/// `const char *guid<T>() { return K; }`: K is the key. The specialization that
/// BOOST_CLASS_EXPORT_IMPLEMENT writes (init_guid) uses the key, it does not define one.
std::optional<RegistrationKeyText> registrationKey(const ClassTemplateSpecializationDecl &Spec) {
  if (Spec.getSpecializedTemplate()->getName() != "guid_defined" ||
      Spec.getTemplateArgs().size() != 1)
    return std::nullopt;
  QualType Type = Spec.getTemplateArgs()[0].getAsType().getCanonicalType();
  for (const NamedDecl *D : Spec.getDeclContext()->lookup(&Spec.getASTContext().Idents.get("guid")))
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      for (const FunctionDecl *Guid : Template->specializations()) {
        const TemplateArgumentList *Args = Guid->getTemplateSpecializationArgs();
        if (Args && Args->size() == 1 && Args->get(0).getKind() == TemplateArgument::Type &&
            Args->get(0).getAsType().getCanonicalType() == Type)
          if (const FunctionDecl *Def = Guid->getDefinition())
            return returnedStringLiteral(Def);
      }
  return std::nullopt;
}

const KeyedMacro KeyedMacros[] = {
    {"BOOST_CLASS_EXPORT", "BOOST_CLASS_EXPORT_GUID"},
    {"BOOST_CLASS_EXPORT_KEY", "BOOST_CLASS_EXPORT_KEY2"},
};

const llvm::StringLiteral TypeOnlyMacros[] = {
    "BOOST_CLASS_EXPORT_GUID",
    "BOOST_CLASS_EXPORT_KEY2",
    "BOOST_CLASS_EXPORT_IMPLEMENT",
    "BOOST_CLASS_VERSION",
    "BOOST_CLASS_IMPLEMENTATION",
    "BOOST_CLASS_TRACKING",
    "BOOST_CLASS_IS_WRAPPER",
    "BOOST_IS_BITWISE_SERIALIZABLE",
    "BOOST_SERIALIZATION_ASSUME_ABSTRACT",
};

} // namespace

extern const Framework BoostFramework;
const Framework BoostFramework = {
    /*OptionName=*/"boost",
    /*Title=*/"Boost.Serialization",
    Specializations,
    /*RegistrationFunctions=*/{},
    matchFunction,
    /*MatchCall=*/nullptr,
    /*MatchTagDefinition=*/nullptr,
    KeyedMacros,
    TypeOnlyMacros,
    /*NameWritingMacros=*/{},
    registrationKey,
};

} // namespace serialscope
