//===- FileWriter.cpp -----------------------------------------------------===//
//
// Plain POSIX calls with every result checked: llvm::raw_fd_ostream reports a failed write
// only when destroyed, by aborting the process ("IO failure on output stream").
//===----------------------------------------------------------------------===//
#include "FileWriter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace serialscope {
namespace {

/// Symlinks followed before giving up (the kernel's own limit).
constexpr int MaxLinkDepth = 40;

std::string quoted(llvm::StringRef Path) { return "'" + Path.str() + "'"; }

WriteResult failure(WriteStatus Status, const std::string &Message) { return {Status, Message}; }

WriteResult errnoFailure(WriteStatus Status, llvm::StringRef What, int Error,
                         llvm::StringRef Consequence = "") {
  std::string Message = What.str() + ": " + strerror(Error);
  if (!Consequence.empty())
    Message += "; " + Consequence.str();
  return {Status, Message};
}

/// The descriptor a path names without being a file: `-`, /dev/stdout, /dev/fd/N...
std::optional<int> descriptorPath(llvm::StringRef Path) {
  if (Path == "-" || Path == "/dev/stdout")
    return 1;
  if (Path == "/dev/stderr")
    return 2;
  unsigned Number;
  if ((Path.consume_front("/dev/fd/") || Path.consume_front("/proc/self/fd/")) &&
      !Path.getAsInteger(10, Number))
    return static_cast<int>(Number);
  return std::nullopt;
}

/// Where a path's symlinks lead: the file to write, or (Descriptor) an open descriptor. A
/// dangling link leads to the file it would create.
struct Destination {
  std::string File;
  std::optional<int> Descriptor;
};

std::optional<Destination> resolve(llvm::StringRef Path, WriteResult &Error) {
  std::string Current = Path.str();
  for (int Depth = 0; Depth <= MaxLinkDepth; ++Depth) {
    if (std::optional<int> FD = descriptorPath(Current))
      return Destination{Current, FD};
    struct stat St;
    if (::lstat(Current.c_str(), &St) != 0 || !S_ISLNK(St.st_mode))
      return Destination{Current, std::nullopt};
    char Target[4096];
    ssize_t Length = ::readlink(Current.c_str(), Target, sizeof(Target) - 1);
    if (Length < 0) {
      Error = errnoFailure(WriteStatus::Failed, "cannot follow the link " + quoted(Current), errno);
      return std::nullopt;
    }
    llvm::StringRef Next(Target, Length);
    if (llvm::sys::path::is_absolute(Next)) {
      Current = Next.str();
    } else {
      llvm::SmallString<256> Joined(llvm::sys::path::parent_path(Current));
      llvm::sys::path::append(Joined, Next);
      Current = std::string(Joined);
    }
  }
  Error = failure(WriteStatus::Failed,
                  "cannot follow the link " + quoted(Path) + ": too many levels of symbolic links");
  return std::nullopt;
}

/// Writes all of `Content` at the descriptor's position (Offset < 0) or at `Offset`; returns 0
/// or the errno, and counts in `Written` the bytes that were written.
int writeAll(int FD, llvm::StringRef Content, off_t Offset = -1, size_t *Written = nullptr) {
  size_t Done = 0;
  int Error = 0;
  while (Done < Content.size()) {
    ssize_t N = Offset < 0 ? ::write(FD, Content.data() + Done, Content.size() - Done)
                           : ::pwrite(FD, Content.data() + Done, Content.size() - Done,
                                      Offset + static_cast<off_t>(Done));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      Error = N < 0 ? errno : EIO;
      break;
    }
    Done += N;
  }
  if (Written)
    *Written = Done;
  return Error;
}

WriteResult writeStream(int FD, llvm::StringRef Shown, llvm::StringRef Content) {
  if (int Error = writeAll(FD, Content))
    return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(Shown), Error);
  return {};
}

WriteResult writeDescriptor(int FD, llvm::StringRef Shown, llvm::StringRef Content) {
  // Whatever the process printed before goes first.
  if (FD == 1)
    llvm::outs().flush();
  if (FD == 2)
    llvm::errs().flush();
  if (::fcntl(FD, F_GETFD) < 0)
    return failure(WriteStatus::Failed, "cannot write " + quoted(Shown) + ": file descriptor " +
                                            std::to_string(FD) + " is not open");
  return writeStream(FD, Shown, Content);
}

/// Whether the user may write the file. Root may write anything, but a file with no write bit
/// was made read-only on purpose (a vendored or generated file, a VCS checkout that wants an
/// explicit "edit"): root leaves it alone too.
WriteResult mayWrite(const std::string &File, const struct stat &St) {
  if (::faccessat(AT_FDCWD, File.c_str(), W_OK, AT_EACCESS) != 0)
    return errnoFailure(WriteStatus::NotWritable, "cannot write " + quoted(File), errno,
                        "it was left as it was");
  if (::geteuid() == 0 && (St.st_mode & 0222) == 0)
    return failure(WriteStatus::NotWritable,
                   "cannot write " + quoted(File) + ": it is read-only (no write permission " +
                       "bit); serialscope does not override that as root; it was left as it was");
  return {};
}

/// Writes over the file's own blocks, so that every hard link sees the new text and the owner
/// stays. Space is reserved first; should a write still fail, the old text is put back.
WriteResult writeInPlace(const std::string &File, llvm::StringRef Content,
                         std::optional<llvm::StringRef> OldContent, off_t OldSize) {
  int FD = ::open(File.c_str(), O_WRONLY | O_CLOEXEC);
  if (FD < 0)
    return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), errno,
                        "it was left as it was");
  if (static_cast<off_t>(Content.size()) > OldSize) {
    int Error = ::posix_fallocate(FD, OldSize, static_cast<off_t>(Content.size()) - OldSize);
    if (Error && Error != EOPNOTSUPP && Error != EINVAL && Error != ENOSYS) {
      (void)::ftruncate(FD, OldSize);
      ::close(FD);
      return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), Error,
                          "it was left as it was");
    }
  }
  size_t Written = 0;
  int Error = writeAll(FD, Content, 0, &Written);
  if (!Error && ::ftruncate(FD, static_cast<off_t>(Content.size())) != 0)
    Error = errno;
  if (!Error && ::fsync(FD) != 0 && errno != EINVAL)
    Error = errno;
  if (Error) {
    // A source's old text goes back over what was overwritten (that much fits: it was just
    // written; all of it when the length changed); a report is emptied, so that its old
    // content does not look current.
    bool Restored;
    if (OldContent) {
      llvm::StringRef Overwritten =
          Written < Content.size() ? OldContent->take_front(Written) : *OldContent;
      Restored =
          !writeAll(FD, Overwritten, 0) && !::ftruncate(FD, static_cast<off_t>(OldContent->size()));
    } else {
      Restored = !::ftruncate(FD, 0);
    }
    ::close(FD);
    return errnoFailure(
        WriteStatus::Failed, "cannot write " + quoted(File), Error,
        Restored ? (OldContent ? "its old text was restored" : "the old file was emptied")
                 : "restoring it failed too: check the file");
  }
  if (::close(FD) != 0)
    return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), errno);
  return {};
}

/// The result of trying a rename: done, failed for good, or better written in place.
enum class ReplaceStep { Done, Failed, WriteInPlace };

/// Writes a temporary file beside `File`, gives it `Existing`'s owner, group and mode (or a new
/// file's mode), and renames it over `File`: readers never see half a file, and a failure
/// leaves the old one.
ReplaceStep replaceByRename(const std::string &File, llvm::StringRef Content,
                            const struct stat *Existing, WriteResult &Result) {
  llvm::SmallString<256> Model(llvm::sys::path::parent_path(File));
  if (Model.empty())
    Model = ".";
  llvm::sys::path::append(Model, "." + llvm::sys::path::filename(File) + ".serialscope-%%%%%%");
  int FD;
  llvm::SmallString<256> Temporary;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Model, FD, Temporary, llvm::sys::fs::OF_None, 0600)) {
    // A writable file in a directory that takes no new file: write it where it is.
    if (Existing &&
        (EC == std::errc::permission_denied || EC == std::errc::operation_not_permitted))
      return ReplaceStep::WriteInPlace;
    Result = errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), EC.value());
    return ReplaceStep::Failed;
  }
  auto Discard = [&] {
    ::close(FD);
    ::unlink(Temporary.c_str());
  };
  mode_t Mode;
  if (Existing) {
    // Another owner or group than ours can only be kept by root or a group member.
    struct stat Mine;
    if (::fstat(FD, &Mine) == 0 &&
        (Mine.st_uid != Existing->st_uid || Mine.st_gid != Existing->st_gid) &&
        ::fchown(FD, Existing->st_uid, Existing->st_gid) != 0) {
      Discard();
      return ReplaceStep::WriteInPlace;
    }
    Mode = Existing->st_mode & 07777;
  } else {
    // What open(O_CREAT, 0666) would give; the umask can only be read by setting it (the
    // writers run on one thread).
    mode_t Mask = ::umask(0);
    ::umask(Mask);
    Mode = 0666 & ~Mask;
  }
  int Error = writeAll(FD, Content);
  // fchown clears set-id bits, so the mode comes after it.
  if (!Error && ::fchmod(FD, Mode) != 0)
    Error = errno;
  // Replacing a file: its new content is on disk before the rename, so that a crash leaves the
  // old file or the new one, never an empty one. (A new file has nothing to lose.)
  if (!Error && Existing && ::fsync(FD) != 0 && errno != EINVAL)
    Error = errno;
  if (Error) {
    Discard();
    Result = errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), Error,
                          Existing ? "it was left as it was" : "");
    return ReplaceStep::Failed;
  }
  if (::close(FD) != 0) {
    Error = errno;
    ::unlink(Temporary.c_str());
    Result = errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), Error);
    return ReplaceStep::Failed;
  }
  if (::rename(Temporary.c_str(), File.c_str()) != 0) {
    Error = errno;
    ::unlink(Temporary.c_str());
    // A file bind-mounted on its own (containers) cannot be renamed over.
    if (Existing && (Error == EBUSY || Error == EXDEV))
      return ReplaceStep::WriteInPlace;
    Result = errnoFailure(WriteStatus::Failed, "cannot write " + quoted(File), Error);
    return ReplaceStep::Failed;
  }
  return ReplaceStep::Done;
}

/// Replaces the content of an existing regular file the user may write.
WriteResult replaceRegularFile(const std::string &File, const struct stat &St,
                               llvm::StringRef Content, std::optional<llvm::StringRef> OldContent) {
  // A rename would give only this name the new text.
  if (St.st_nlink <= 1) {
    WriteResult Result;
    ReplaceStep Step = replaceByRename(File, Content, &St, Result);
    if (Step != ReplaceStep::WriteInPlace)
      return Result;
  }
  return writeInPlace(File, Content, OldContent, St.st_size);
}

bool readAll(int FD, std::string &Text) {
  char Chunk[65536];
  for (;;) {
    ssize_t N = ::read(FD, Chunk, sizeof(Chunk));
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      return false;
    if (N == 0)
      return true;
    Text.append(Chunk, N);
  }
}

} // namespace

uint64_t contentHash(llvm::StringRef Text) { return llvm::xxh3_64bits(Text); }

bool isStandardOutput(llvm::StringRef Path) { return descriptorPath(Path) == 1; }

WriteResult writeOutputFile(llvm::StringRef Path, llvm::StringRef Content) {
  WriteResult Result;
  std::optional<Destination> To = resolve(Path, Result);
  if (!To)
    return Result;
  if (To->Descriptor)
    return writeDescriptor(*To->Descriptor, Path, Content);
  struct stat St;
  if (::stat(To->File.c_str(), &St) != 0) {
    if (errno != ENOENT)
      return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(Path), errno);
    replaceByRename(To->File, Content, nullptr, Result);
    return Result;
  }
  if (S_ISDIR(St.st_mode))
    return failure(WriteStatus::Failed, "cannot write " + quoted(Path) + ": it is a directory");
  if (!S_ISREG(St.st_mode)) {
    // A FIFO, a device, a terminal: the reader is there; the path must stay what it is.
    int FD = ::open(To->File.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (FD < 0)
      return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(Path), errno);
    Result = writeStream(FD, Path, Content);
    if (::close(FD) != 0 && Result.ok())
      Result = errnoFailure(WriteStatus::Failed, "cannot write " + quoted(Path), errno);
    return Result;
  }
  Result = mayWrite(To->File, St);
  if (!Result.ok())
    return Result;
  return replaceRegularFile(To->File, St, Content, std::nullopt);
}

WriteResult checkOutputFile(llvm::StringRef Path) {
  WriteResult Result;
  std::optional<Destination> To = resolve(Path, Result);
  if (!To || To->Descriptor)
    return Result;
  struct stat St;
  if (::stat(To->File.c_str(), &St) == 0) {
    if (S_ISDIR(St.st_mode))
      return failure(WriteStatus::Failed, "cannot write " + quoted(Path) + ": it is a directory");
    if (!S_ISREG(St.st_mode))
      return {};
    return mayWrite(To->File, St);
  }
  llvm::SmallString<256> Directory(llvm::sys::path::parent_path(To->File));
  if (Directory.empty())
    Directory = ".";
  if (!llvm::sys::fs::is_directory(Directory))
    return failure(WriteStatus::Failed, "cannot write " + quoted(Path) + ": directory '" +
                                            std::string(Directory) + "' does not exist");
  if (::faccessat(AT_FDCWD, Directory.c_str(), W_OK | X_OK, AT_EACCESS) != 0)
    return errnoFailure(WriteStatus::Failed, "cannot write " + quoted(Path), errno);
  return {};
}

WriteResult rewriteSourceFile(llvm::StringRef Path, std::optional<uint64_t> AnalyzedHash,
                              llvm::function_ref<std::string(llvm::StringRef)> Rewrite) {
  WriteResult Result;
  std::optional<Destination> To = resolve(Path, Result);
  if (!To)
    return Result;
  int FD = To->Descriptor ? -1 : ::open(To->File.c_str(), O_RDONLY | O_CLOEXEC);
  if (FD < 0)
    return errnoFailure(WriteStatus::Failed, "cannot read " + quoted(Path) + " to fix it",
                        To->Descriptor ? EINVAL : errno);
  struct stat St = {};
  std::string Old;
  bool Read = ::fstat(FD, &St) == 0 && S_ISREG(St.st_mode) && readAll(FD, Old);
  int ReadError = errno;
  ::close(FD);
  if (!Read)
    return failure(WriteStatus::Failed,
                   "cannot read " + quoted(Path) + " to fix it: " +
                       (S_ISREG(St.st_mode) ? strerror(ReadError) : "not a regular file"));
  if (AnalyzedHash && contentHash(Old) != *AnalyzedHash)
    return failure(WriteStatus::ChangedSinceAnalysis,
                   quoted(Path) + " changed after it was analyzed; its fixes were not applied " +
                       "(run serialscope again)");
  std::string New = Rewrite(Old);
  if (New == Old)
    return {WriteStatus::Unchanged, ""};
  Result = mayWrite(To->File, St);
  if (!Result.ok())
    return Result;
  return replaceRegularFile(To->File, St, New, llvm::StringRef(Old));
}

} // namespace serialscope
