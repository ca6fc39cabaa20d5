//===- TidyConfigFuzzer.cpp - .clang-tidy text into the check's options ---===//
//
// The input is a .clang-tidy file. Whatever parseTidyConfig accepts must be accepted again by
// Options (it promises to have checked every value), and an option written back with get()
// must read back to the same value: clang-tidy stores options that way (storeOptions).
//===----------------------------------------------------------------------===//
#include "FuzzCheck.h"
#include "Options.h"
#include "TidyConfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  std::map<std::string, std::string> Values;
  bool InheritParent = false;
  if (llvm::Error E = serialscope::parseTidyConfig(Text, "fuzz/.clang-tidy", Values, InheritParent)) {
    std::string Message = llvm::toString(std::move(E));
    FUZZ_CHECK(llvm::StringRef(Message).starts_with("fuzz/.clang-tidy: "),
               "a configuration error names the file");
    return 0;
  }
  serialscope::Options Parsed;
  if (llvm::Error E = Parsed.setAll(Values)) {
    llvm::consumeError(std::move(E));
    FUZZ_CHECK(false, "values parseTidyConfig accepted are accepted by Options");
  }
  serialscope::Options Reread;
  for (llvm::StringRef Key : serialscope::Options::keys()) {
    std::string Stored = Parsed.get(Key);
    if (llvm::Error E = Reread.set(Key, Stored)) {
      llvm::consumeError(std::move(E));
      FUZZ_CHECK(false, "an option's stored text is accepted again");
    }
    FUZZ_CHECK(Reread.get(Key) == Stored, "an option's stored text reads back unchanged");
  }
  return 0;
}
