//===- CheckSelection.cpp -------------------------------------------------===//
#include "CheckSelection.h"

#include "llvm/Support/GlobPattern.h"

namespace serialscope {

llvm::Expected<CheckSelection> CheckSelection::parse(llvm::StringRef Globs) {
  CheckSelection Result;
  llvm::SmallVector<llvm::StringRef, 4> Items;
  Globs.split(Items, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    bool Enable = !Item.consume_front("-");
    Item = Item.trim();
    if (Item.empty())
      continue;
    llvm::Expected<llvm::GlobPattern> Pattern = llvm::GlobPattern::create(Item);
    if (!Pattern)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "checks: malformed glob '%s': %s", Item.str().c_str(),
                                     llvm::toString(Pattern.takeError()).c_str());
    if (Pattern->match(ruleName(Rule::NonResolvableType)))
      Result.NonResolvableType = Enable;
    if (Pattern->match(ruleName(Rule::DuplicateRegistrationKey)))
      Result.DuplicateRegistrationKey = Enable;
  }
  return Result;
}

} // namespace serialscope
