//===- Msgpack.cpp - msgpack-c --------------------------------------------===//
#include "ArchiveHooks.h"
#include "EvidenceFinder.h"

#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace serialscope {
namespace {

/// A parameter msgpack-c passes to a member hook: one of its classes (packer, object, zone),
/// or a template parameter in a unit that declares namespace msgpack (MSGPACK_DEFINE writes
/// `template <typename Packer> void msgpack_pack(Packer &) const`).
bool isMsgpackParameter(QualType T, const EvidenceContext &Ctx) {
  QualType Pointee = T.getNonReferenceType();
  if (Pointee->isPointerType())
    Pointee = Pointee->getPointeeType();
  Pointee = Pointee.getUnqualifiedType().getCanonicalType();
  if (Pointee->getAs<TemplateTypeParmType>())
    return Ctx.declaresNamespace({"msgpack"});
  if (const auto *Specialization = Pointee->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *Template =
            Specialization->getTemplateName().getAsTemplateDecl())
      return isInNamespace(plainQualifiedName(Template->getTemplatedDecl()), "msgpack");
  if (const CXXRecordDecl *Record = Pointee->getAsCXXRecordDecl())
    return isInNamespace(plainQualifiedName(Record), "msgpack");
  return false;
}

/// The member functions msgpack-c calls on a class: `msgpack_pack(packer &)`,
/// `msgpack_unpack(const object &)`, `msgpack_object(object *, zone &)`, which the
/// MSGPACK_DEFINE macros write and a class may also write itself.
void matchFunction(const FunctionDecl &FD, EvidenceContext &Ctx) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
  if (!Method || !FD.getIdentifier() || Method->isStatic())
    return;
  llvm::StringRef Name = FD.getName();
  unsigned Params = Name == "msgpack_pack" || Name == "msgpack_unpack" ? 1
                    : Name == "msgpack_object"                         ? 2
                                                                       : 0;
  if (!Params || FD.getNumParams() != Params)
    return;
  for (const ParmVarDecl *Param : FD.parameters())
    if (!isMsgpackParameter(Param->getType(), Ctx))
      return;
  llvm::StringRef Macro = Ctx.outermostMacroName(FD.getLocation());
  std::string Text = Macro.starts_with("MSGPACK_DEFINE")
                         ? "'" + Macro.str() + "' makes it packable with msgpack-c"
                         : "member function '" + Name.str() + "' makes it packable with msgpack-c";
  Ctx.add(Method->getParent(), "msgpack-member", Ctx.hookLocation(&FD), std::move(Text), false,
          hookDefinition(&FD));
}

// MSGPACK_ADD_ENUM writes the first four; a class may specialize any of them itself.
const SpecializationEvidence Specializations[] = {
    {"msgpack::adaptor::pack", "msgpack-adaptor", false,
     "a msgpack::adaptor::pack specialization"},
    {"msgpack::adaptor::convert", "msgpack-adaptor", false,
     "a msgpack::adaptor::convert specialization"},
    {"msgpack::adaptor::object", "msgpack-adaptor", false,
     "a msgpack::adaptor::object specialization"},
    {"msgpack::adaptor::object_with_zone", "msgpack-adaptor", false,
     "a msgpack::adaptor::object_with_zone specialization"},
};

const llvm::StringLiteral TypeOnlyMacros[] = {
    "MSGPACK_ADD_ENUM",
};

} // namespace

extern const Framework MsgpackFramework;
const Framework MsgpackFramework = {
    /*OptionName=*/"msgpack",
    /*Title=*/"msgpack-c",
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
