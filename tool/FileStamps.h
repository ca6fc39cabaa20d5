//===- FileStamps.h - what a file was when a translation unit read it -----===//
//
// The result cache (ResultCache.h) keeps, with each unit's result, every file the unit read.
// A file is checked the way ninja and ccache check one: its size and modification time first,
// and its content hash only when they changed.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_FILESTAMPS_H
#define SERIALSCOPE_TOOL_FILESTAMPS_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace serialscope {

/// Size and modification time of a file (nanoseconds since the epoch).
struct FileStat {
  uint64_t Size = 0;
  int64_t Modified = 0;
  bool operator==(const FileStat &Other) const {
    return Size == Other.Size && Modified == Other.Modified;
  }
  bool operator!=(const FileStat &Other) const { return !(*this == Other); }
};

/// A file a unit read, as it was then.
struct FileStamp {
  std::string Path; ///< Absolute.
  FileStat Stat;
  std::string Hash; ///< bytesHash of its bytes.
};

/// BLAKE3 of `Bytes`, 128 bits in hex.
std::string bytesHash(llvm::StringRef Bytes);

/// None when the file cannot be stat'ed (gone, no permission).
std::optional<FileStat> statFile(llvm::StringRef Path);

/// bytesHash of the file's bytes; none when it cannot be read.
std::optional<std::string> hashFile(llvm::StringRef Path);

/// Stamps every file in `Paths` (absolute). None when one cannot be read, or was modified at
/// or after `StartedNs` (the analysis, which began then, may have read another text than the
/// one hashed now): such a result must not be kept.
std::optional<std::vector<FileStamp>> stampFiles(const std::set<std::string> &Paths,
                                                 int64_t StartedNs);

/// The current time as file modification times count it.
int64_t nowNs();

} // namespace serialscope

#endif
