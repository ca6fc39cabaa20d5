//===- InputFile.cpp ------------------------------------------------------===//
#include "InputFile.h"

#include "llvm/ADT/SmallString.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace serialscope {
namespace {

const char *kindOf(mode_t Mode) {
  if (S_ISFIFO(Mode))
    return "a FIFO";
  if (S_ISCHR(Mode))
    return "a character device";
  if (S_ISBLK(Mode))
    return "a block device";
  if (S_ISSOCK(Mode))
    return "a socket";
  if (S_ISDIR(Mode))
    return "a directory";
  return "not a regular file";
}

std::string mebibytes(uint64_t Bytes) {
  return std::to_string((Bytes + (uint64_t(1) << 20) - 1) >> 20) + " MiB";
}

/// Refuses what is not a regular file, or is too large; State is Read when `Status` passes.
InputFile refusal(const struct stat &Status, uint64_t MaxBytes) {
  InputFile Result;
  if (!S_ISREG(Status.st_mode)) {
    Result.State = InputFile::Status::NotRegular;
    Result.Problem = std::string("is ") + kindOf(Status.st_mode) + ", not a regular file";
  } else if (uint64_t(Status.st_size) > MaxBytes) {
    Result.State = InputFile::Status::TooLarge;
    Result.Problem = "is " + mebibytes(Status.st_size) + ", more than the " +
                     mebibytes(MaxBytes) + " serialscope reads";
  } else {
    Result.State = InputFile::Status::Read;
  }
  return Result;
}

InputFile failure(int Errno) {
  InputFile Result;
  Result.State = Errno == ENOENT || Errno == ENOTDIR ? InputFile::Status::Missing
                                                     : InputFile::Status::Unreadable;
  Result.Problem = std::string("cannot be read: ") + std::strerror(Errno);
  return Result;
}

} // namespace

InputFile readInputFile(llvm::StringRef Path, uint64_t MaxBytes) {
  llvm::SmallString<256> CPath(Path);
  struct stat Status;
  // Look before opening: opening a device can have effects of its own.
  if (::stat(CPath.c_str(), &Status) != 0)
    return failure(errno);
  if (InputFile Refused = refusal(Status, MaxBytes); Refused.State != InputFile::Status::Read)
    return Refused;
  // Non-blocking: should the path have become a FIFO meanwhile, open() does not wait for a
  // writer; fstat then refuses it.
  int FD = ::open(CPath.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (FD < 0)
    return failure(errno);
  InputFile Result =
      ::fstat(FD, &Status) != 0 ? failure(errno) : refusal(Status, MaxBytes);
  if (Result.State == InputFile::Status::Read) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer = llvm::MemoryBuffer::getOpenFile(
        FD, Path, uint64_t(Status.st_size), /*RequiresNullTerminator=*/false);
    if (Buffer) {
      Result.Buffer = std::move(*Buffer);
    } else {
      Result.State = InputFile::Status::Unreadable;
      Result.Problem = "cannot be read: " + Buffer.getError().message();
    }
  }
  ::close(FD);
  return Result;
}

} // namespace serialscope
