//===- Nlohmann.cpp - nlohmann_json ---------------------------------------===//
#include "EvidenceFinder.h"
#include "Framework.h"

#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace serialscope {
namespace {

/// A nlohmann::basic_json parameter: the class itself, or the template parameter that the
/// library's macros constrain with is_basic_json (NLOHMANN_DEFINE_TYPE_*) or use directly
/// (NLOHMANN_JSON_SERIALIZE_ENUM).
bool isBasicJson(const FunctionDecl &FD, QualType Param, const EvidenceContext &Ctx) {
  QualType Pointee = Param.getNonReferenceType().getUnqualifiedType().getCanonicalType();
  if (const CXXRecordDecl *Record = Pointee->getAsCXXRecordDecl())
    return plainQualifiedName(Record) == "nlohmann::basic_json";
  if (!Pointee->getAs<TemplateTypeParmType>())
    return false;
  if (Ctx.outermostMacroName(FD.getLocation()).starts_with("NLOHMANN_"))
    return true;
  const FunctionTemplateDecl *Template = FD.getDescribedFunctionTemplate();
  if (!Template)
    return false;
  for (const NamedDecl *P : *Template->getTemplateParameters())
    if (const auto *NonType = dyn_cast<NonTypeTemplateParmDecl>(P))
      if (llvm::StringRef(NonType->getType().getAsString()).contains("is_basic_json"))
        return true;
  return false;
}

/// `to_json(json &, const T &)` and `from_json(const json &, T &)`, found by ADL.
void matchFunction(const FunctionDecl &FD, EvidenceContext &Ctx) {
  const IdentifierInfo *II = FD.getIdentifier();
  if (!II || (II->getName() != "to_json" && II->getName() != "from_json") ||
      FD.getNumParams() != 2)
    return;
  if (isa<CXXMethodDecl>(FD) && FD.getFriendObjectKind() == Decl::FOK_None)
    return;
  if (!FD.getParamDecl(0)->getType()->isReferenceType() ||
      !isBasicJson(FD, FD.getParamDecl(0)->getType(), Ctx) || isGenericParameter(&FD, 1))
    return;
  if (const TagDecl *Target = evidenceTarget(FD.getParamDecl(1)->getType()))
    Ctx.add(Target, "json-adl", Ctx.hookLocation(&FD),
            "function '" + II->getName().str() + "' converts it to and from nlohmann::json",
            false, hookDefinition(&FD));
}

const SpecializationEvidence Specializations[] = {
    {"nlohmann::adl_serializer", "json-adl", false,
     "nlohmann::adl_serializer is specialized for it"},
};

const llvm::StringLiteral TypeOnlyMacros[] = {
    "NLOHMANN_DEFINE_TYPE_INTRUSIVE",
    "NLOHMANN_DEFINE_TYPE_INTRUSIVE_WITH_DEFAULT",
    "NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE",
    "NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT",
    "NLOHMANN_JSON_SERIALIZE_ENUM",
};

} // namespace

extern const Framework NlohmannFramework;
const Framework NlohmannFramework = {
    /*OptionName=*/"nlohmann",
    /*Title=*/"nlohmann_json",
    Specializations,
    /*RegistrationFunctions=*/{},
    matchFunction,
    /*MatchCall=*/nullptr,
    /*MatchTagDefinition=*/nullptr,
    /*KeyedMacros=*/{},
    TypeOnlyMacros,
    /*NameWritingMacros=*/{},
};

} // namespace serialscope
