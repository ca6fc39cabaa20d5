//===- InputFile.h - reading files that come from elsewhere, bounded ------===//
//
// A SARIF shard, or a source file a shard points into, can name anything: a FIFO (reading
// it waits forever), a device (/dev/zero never ends), a file of many gigabytes. Only regular
// files up to a size bound are read; anything else is refused with the reason, without
// reading (or for a FIFO, even opening) it.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_INPUTFILE_H
#define SERIALSCOPE_CORE_INPUTFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <memory>
#include <string>

namespace serialscope {

/// The largest input read (docs/sarif.md): far above any source file or per-TU shard, and
/// low enough that parsing it fits in memory (a JSON document takes several times its size).
inline constexpr uint64_t MaxInputFileBytes = uint64_t(256) << 20;

struct InputFile {
  enum class Status {
    Read,
    /// No such file (a shard merged on another machine points to files not here).
    Missing,
    /// A FIFO, a device, a socket, a directory.
    NotRegular,
    /// Larger than the bound.
    TooLarge,
    /// Exists but cannot be opened or read (permissions, I/O error).
    Unreadable
  };
  Status State = Status::Missing;
  std::unique_ptr<llvm::MemoryBuffer> Buffer; ///< Set when State is Read.
  /// When not Read: why, as a phrase to follow the file's name ("is a FIFO",
  /// "is 300 MiB, more than the 256 MiB serialscope reads").
  std::string Problem;
};

/// Reads `Path` if it is a regular file of at most `MaxBytes` bytes.
InputFile readInputFile(llvm::StringRef Path, uint64_t MaxBytes = MaxInputFileBytes);

} // namespace serialscope

#endif
