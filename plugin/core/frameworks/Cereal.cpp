//===- Cereal.cpp - cereal ------------------------------------------------===//
#include "ArchiveHooks.h"

using namespace clang;

namespace serialscope {
namespace {

bool isCerealArchive(llvm::StringRef QualifiedName) {
  return isInNamespace(QualifiedName, "cereal") && QualifiedName.contains("Archive");
}

/// cereal passes an archive only where it is included; the version parameter is optional.
bool takesTemplateArchive(const FunctionDecl &, unsigned, const EvidenceContext &Ctx) {
  return Ctx.declaresNamespace({"cereal"});
}

void matchFunction(const FunctionDecl &FD, EvidenceContext &Ctx) {
  matchArchiveHook(FD, {isCerealArchive, takesTemplateArchive}, Ctx);
}

// CEREAL_REGISTER_TYPE and CEREAL_REGISTER_TYPE_WITH_NAME expand to it.
const SpecializationEvidence Specializations[] = {
    {"cereal::detail::binding_name", "cereal-register", true,
     "a cereal::detail::binding_name specialization", {TokenKey::StaticMethod, "name"}},
};

/// `binding_name<T>` has `static const char *name() { return "Key"; }`.
std::optional<RegistrationKeyText> registrationKey(const ClassTemplateSpecializationDecl &Spec) {
  for (const CXXMethodDecl *Method : Spec.methods())
    if (Method->getIdentifier() && Method->getName() == "name" && Method->isStatic())
      return returnedStringLiteral(Method->getDefinition());
  return std::nullopt;
}

const KeyedMacro KeyedMacros[] = {
    {"CEREAL_REGISTER_TYPE", "CEREAL_REGISTER_TYPE_WITH_NAME"},
};

const llvm::StringLiteral TypeOnlyMacros[] = {
    "CEREAL_REGISTER_TYPE_WITH_NAME",
    "CEREAL_REGISTER_POLYMORPHIC_RELATION",
    "CEREAL_CLASS_VERSION",
    "CEREAL_SPECIALIZE_FOR_ALL_ARCHIVES",
    "CEREAL_SPECIALIZE_FOR_ARCHIVE",
};

} // namespace

extern const Framework CerealFramework;
const Framework CerealFramework = {
    /*OptionName=*/"cereal",
    /*Title=*/"cereal",
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
