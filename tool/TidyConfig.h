//===- TidyConfig.h - the check's options from the nearest .clang-tidy ---===//
//
// One .clang-tidy configures every front end: the standalone tool reads the
// `serialscope-non-resolvable-type.<Key>` CheckOptions the way clang-tidy does (the nearest
// .clang-tidy above the file; `InheritParentConfig: true` merges the parent's first).
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_TIDYCONFIG_H
#define SERIALSCOPE_TOOL_TIDYCONFIG_H

#include "Options.h"
#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>

namespace serialscope {

/// Check options found in .clang-tidy files, cached per directory.
class TidyConfig {
public:
  /// The options for `File`: defaults, then the .clang-tidy CheckOptions, then `Overrides`
  /// (the command line's --option). Errors name the .clang-tidy file and the option.
  llvm::Expected<Options> optionsFor(llvm::StringRef File,
                                     const std::map<std::string, std::string> &Overrides);

private:
  /// CheckOptions of our check that apply in `Directory` (merged through InheritParentConfig).
  llvm::Expected<std::map<std::string, std::string>> valuesIn(llvm::StringRef Directory);

  std::map<std::string, std::optional<std::map<std::string, std::string>>> Cache;
};

/// Parses one .clang-tidy text: our check's CheckOptions (list of key/value or mapping form)
/// into `Values` (without the check prefix), and its InheritParentConfig flag.
llvm::Error parseTidyConfig(llvm::StringRef Text, llvm::StringRef FileName,
                            std::map<std::string, std::string> &Values, bool &InheritParent);

} // namespace serialscope

#endif
