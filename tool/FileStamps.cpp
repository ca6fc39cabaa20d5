//===- FileStamps.cpp -----------------------------------------------------===//
#include "FileStamps.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include <chrono>

namespace serialscope {

std::string bytesHash(llvm::StringRef Bytes) {
  llvm::BLAKE3Result<16> Hash = llvm::BLAKE3::hash<16>(llvm::arrayRefFromStringRef(Bytes));
  return llvm::toHex(Hash, /*LowerCase=*/true);
}

std::optional<FileStat> statFile(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status) || !llvm::sys::fs::is_regular_file(Status))
    return std::nullopt;
  FileStat Stat;
  Stat.Size = Status.getSize();
  Stat.Modified = std::chrono::duration_cast<std::chrono::nanoseconds>(
                      Status.getLastModificationTime().time_since_epoch())
                      .count();
  return Stat;
}

std::optional<std::string> hashFile(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return bytesHash((*Buffer)->getBuffer());
}

std::optional<std::vector<FileStamp>> stampFiles(const std::set<std::string> &Paths,
                                                 int64_t StartedNs) {
  std::vector<FileStamp> Stamps;
  for (const std::string &Path : Paths) {
    std::optional<FileStat> Before = statFile(Path);
    if (!Before || Before->Modified >= StartedNs)
      return std::nullopt;
    std::optional<std::string> Hash = hashFile(Path);
    // Changed while it was hashed: the hash may be of neither text.
    if (!Hash || statFile(Path) != Before)
      return std::nullopt;
    Stamps.push_back({Path, *Before, std::move(*Hash)});
  }
  return Stamps;
}

int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

} // namespace serialscope
