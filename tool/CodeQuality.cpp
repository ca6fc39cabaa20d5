//===- CodeQuality.cpp ----------------------------------------------------===//
#include "CodeQuality.h"
#include "Sarif.h"

#include "llvm/Support/MD5.h"

#include <algorithm>

namespace serialscope {

llvm::StringRef codeQualitySeverity(const Report &R) {
  return R.RegisteredByName ? "critical" : "major";
}

nlohmann::json makeCodeQuality(const std::vector<Report> &Reports, llvm::StringRef SourceRoot) {
  // SARIF's line hash does not change when lines are added above a finding; GitLab wants a
  // fingerprint unique in the report, so the file it is in joins it (SARIF's consumers add the
  // file themselves).
  std::vector<std::string> Hashes = lineHashes(Reports);
  nlohmann::json Issues = nlohmann::json::array();
  for (size_t I = 0; I < Reports.size(); ++I) {
    const Report &R = Reports[I];
    std::string Path = pathBelow(R.Where.File, SourceRoot).value_or(R.Where.File);
    llvm::MD5 Hash;
    Hash.update(Path);
    Hash.update(llvm::StringRef("\0", 1));
    Hash.update(Hashes[I]);
    llvm::MD5::MD5Result Digest = Hash.final();
    Issues.push_back(
        {{"description", R.Message},
         {"check_name", ruleName(R.Rule).str()},
         {"fingerprint", Digest.digest().str().str()},
         {"severity", codeQualitySeverity(R).str()},
         {"location", {{"path", Path}, {"lines", {{"begin", std::max(R.Where.Line, 1u)}}}}}});
  }
  return Issues;
}

} // namespace serialscope
