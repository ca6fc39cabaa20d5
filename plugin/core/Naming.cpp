//===- Naming.cpp ---------------------------------------------------------===//
#include "Naming.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <vector>

using namespace clang;

namespace serialscope {

std::string derivedName(const TagDecl *Unit, const Decl *Outermost) {
  std::vector<std::string> Parts;
  for (const DeclContext *DC = Unit->getDeclContext(); DC && !DC->isFileContext();
       DC = DC->getParent()) {
    if (const auto *Record = dyn_cast<CXXRecordDecl>(DC)) {
      if (!Record->isLambda() && Record->getIdentifier())
        Parts.push_back(Record->getName().str());
    } else if (const auto *Function = dyn_cast<FunctionDecl>(DC)) {
      if (!isa<CXXConstructorDecl, CXXDestructorDecl>(Function) && Function->getIdentifier())
        Parts.push_back(Function->getName().str());
    }
  }
  // A lambda at namespace scope: the variable it initializes.
  if (Parts.empty())
    if (const auto *Named = dyn_cast<NamedDecl>(Outermost); Named && Named->getIdentifier())
      Parts.push_back(Named->getName().str());
  std::reverse(Parts.begin(), Parts.end());
  return joinedName(Parts, Unit->getName());
}

std::string joinedName(llvm::ArrayRef<std::string> OuterFirst, llvm::StringRef Name) {
  std::string Joined;
  for (const std::string &Part : OuterFirst)
    Joined += Part + "_";
  return Joined + Name.str();
}

std::string fileStemIdentifier(llvm::StringRef FileName) {
  std::string Stem;
  for (char C : llvm::sys::path::stem(FileName))
    Stem += llvm::isAlnum(C) ? C : '_';
  if (Stem.empty() || llvm::isDigit(Stem.front()))
    Stem = "tu_" + Stem;
  return Stem;
}

std::string typeNameFromDeclarator(llvm::StringRef Declarator) {
  llvm::StringRef Name = Declarator.trim('_');
  if (Name.size() > 2 && Name[1] == '_' && llvm::is_contained(llvm::StringRef("gmsk"), Name[0]))
    Name = Name.drop_front(2);
  else if (Name.size() > 1 && llvm::is_contained(llvm::StringRef("gmsk"), Name[0]) &&
           llvm::isUpper(Name[1]))
    Name = Name.drop_front(1);
  std::string Result;
  bool StartOfWord = true;
  for (char C : Name) {
    if (C == '_') {
      StartOfWord = true;
      continue;
    }
    Result += StartOfWord ? llvm::toUpper(C) : C;
    StartOfWord = false;
  }
  if (!Result.empty() && llvm::isDigit(Result.front()))
    return "";
  return Result;
}

std::optional<std::string> firstFreeName(llvm::StringRef Base,
                                         llvm::function_ref<bool(const std::string &)> Taken) {
  std::string Name = Base.str();
  for (int Counter = 2; Taken(Name); ++Counter) {
    if (Counter > 9)
      return std::nullopt;
    Name = Base.str() + "_" + std::to_string(Counter);
  }
  return Name;
}

} // namespace serialscope
