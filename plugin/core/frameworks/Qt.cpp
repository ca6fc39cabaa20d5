//===- Qt.cpp - Qt's meta-type system and QDataStream ---------------------===//
#include "EvidenceFinder.h"
#include "Framework.h"
#include "QtTypeName.h"

using namespace clang;

namespace serialscope {
namespace {

/// `QDataStream &operator<<(QDataStream &, const T &)` and `operator>>`.
void matchFunction(const FunctionDecl &FD, EvidenceContext &Ctx) {
  OverloadedOperatorKind Operator = FD.getOverloadedOperator();
  if ((Operator != OO_LessLess && Operator != OO_GreaterGreater) || FD.getNumParams() != 2 ||
      isa<CXXMethodDecl>(FD))
    return;
  QualType Stream = FD.getParamDecl(0)->getType();
  if (!Stream->isReferenceType())
    return;
  const CXXRecordDecl *StreamClass = Stream.getNonReferenceType()->getAsCXXRecordDecl();
  if (!StreamClass || plainQualifiedName(StreamClass) != "QDataStream" ||
      isGenericParameter(&FD, 1))
    return;
  if (const TagDecl *Target = evidenceTarget(FD.getParamDecl(1)->getType()))
    Ctx.add(Target, "qt-datastream", Ctx.hookLocation(&FD),
            std::string("'operator") + (Operator == OO_LessLess ? "<<" : ">>") +
                "' streams it through a QDataStream",
            false, hookDefinition(&FD));
}

const llvm::StringLiteral RegistrationFunctions[] = {"qRegisterMetaType"};

void matchCall(const CallExpr &Call, const FunctionDecl &Callee, EvidenceContext &Ctx) {
  if (!Callee.getDeclContext()->isTranslationUnit() ||
      !llvm::is_contained(RegistrationFunctions, Callee.getName()))
    return;
  const TagDecl *Target = firstTemplateTypeArgument(&Call);
  if (!Target)
    return;
  SourceLocation Loc = Ctx.SM.getExpansionLoc(Call.getBeginLoc());
  Ctx.add(Target, "qt-metatype", Loc, "registered by name with qRegisterMetaType", true, nullptr);
  // The name argument is the key (Q_DECLARE_METATYPE passes its stringized type, and its
  // evidence is at the same place); without one, the call uses Q_DECLARE_METATYPE's key.
  // qRegisterMetaType registers the name normalized, so that is what two names must match.
  if (Call.getNumArgs() > 0)
    if (std::optional<RegistrationKeyText> Written = stringLiteralText(Call.getArg(0)))
      Ctx.addKey(Target, Loc, "qt", *Written, qtNormalizedTypeName(Written->Key));
}

// Q_DECLARE_METATYPE expands to it.
const SpecializationEvidence Specializations[] = {
    {"QMetaTypeId", "qt-metatype", true, "QMetaTypeId"},
};

const NameWritingMacro NameWritingMacros[] = {
    {"Q_DECLARE_METATYPE",
     "'Q_DECLARE_METATYPE' writes that name into QVariant data and has no form that keeps the "
     "old name"},
};

} // namespace

extern const Framework QtFramework;
const Framework QtFramework = {
    /*OptionName=*/"qt",
    /*Title=*/"Qt",
    Specializations,
    RegistrationFunctions,
    matchFunction,
    matchCall,
    /*MatchTagDefinition=*/nullptr,
    /*KeyedMacros=*/{},
    /*TypeOnlyMacros=*/{},
    NameWritingMacros,
    /*RegistrationKey=*/nullptr,
    {TokenKey::FirstArgument},
    qtNormalizedTypeName,
};

} // namespace serialscope
