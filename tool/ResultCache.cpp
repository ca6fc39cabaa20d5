//===- ResultCache.cpp ----------------------------------------------------===//
#include "ResultCache.h"
#include "Options.h"
#include "Report.h"

#include "clang/Basic/Version.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>

namespace serialscope {
namespace {

/// Bumped when an entry's layout or meaning changes (it is part of every key).
constexpr const char *EntryFormat = "serialscope result cache 1";
/// An entry is a few hundred kilobytes at most (a unit that reads thousands of headers); a
/// larger file is not ours, and is not read.
constexpr uint64_t MaxEntryBytes = 16 << 20;
/// Deeper JSON than an entry has is not parsed into memory.
constexpr int MaxEntryDepth = 32;
/// A temporary file older than this was left by a run that crashed or was killed.
constexpr int64_t StaleTemporaryNs = int64_t(3600) * 1000 * 1000 * 1000;

/// Environment variables the compiler driver reads to find headers.
constexpr const char *IncludeEnvironment[] = {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH",
                                              "OBJC_INCLUDE_PATH", "OBJCPLUS_INCLUDE_PATH"};

/// Writes `Content` to `Path` whole or not at all: a temporary file in the same directory,
/// renamed over it, so that a concurrent reader or a crash never sees half an entry.
std::error_code writeAtomically(llvm::StringRef Path, llvm::StringRef Content) {
  int FD = -1;
  llvm::SmallString<256> Temporary;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%%%", FD, Temporary))
    return EC;
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Content;
    OS.close();
    EC = OS.error();
  }
  if (!EC)
    EC = llvm::sys::fs::rename(Temporary, Path);
  if (EC)
    llvm::sys::fs::remove(Temporary);
  return EC;
}

/// Entries are `<dir>/<2 hex digits>/<rest of the key's hash>`, as ccache lays them out, so
/// that no directory grows huge.
bool isShardName(llvm::StringRef Name) {
  return Name.size() == 2 && llvm::all_of(Name, llvm::isHexDigit);
}

struct EntryFile {
  std::string Path;
  uint64_t Size;
  int64_t Used;
};

} // namespace

std::unique_ptr<ResultCache> ResultCache::open(llvm::StringRef Dir, uint64_t MaxBytes,
                                               std::string &Why) {
  std::string Absolute = absolutePath(Dir);
  if (std::error_code EC = llvm::sys::fs::create_directories(Absolute)) {
    Why = "cannot create '" + Absolute + "': " + EC.message();
    return nullptr;
  }
  llvm::SmallString<256> Tag(Absolute);
  llvm::sys::path::append(Tag, "CACHEDIR.TAG");
  // Backup tools skip a directory with this tag (https://bford.info/cachedir/); writing it
  // also proves the directory writable.
  if (std::error_code EC =
          writeAtomically(Tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                               "# This file is a cache directory tag created by serialscope.\n")) {
    Why = "cannot write to '" + Absolute + "': " + EC.message();
    return nullptr;
  }
  // The executable holds the whole analysis (the core is linked in): a rebuilt tool does not
  // reuse the results of the old one.
  std::string Executable = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  std::optional<std::string> ToolHash = hashFile(Executable);
  if (!ToolHash) {
    Why = "cannot read the tool's executable '" + Executable + "'";
    return nullptr;
  }
  return std::unique_ptr<ResultCache>(
      new ResultCache(Absolute, MaxBytes, *ToolHash + " " + clang::getClangFullVersion()));
}

std::string ResultCache::keyOf(const clang::tooling::CompilationDatabase &Database,
                               const TranslationUnitJob &Job, const RunSettings &Settings) const {
  nlohmann::json Key;
  Key["format"] = EntryFormat;
  Key["tool"] = Tool;
  Key["resourceDir"] = Settings.ResourceDir;
  Key["prefilter"] = static_cast<int>(Settings.Prefilter);
  Key["collectNames"] = Settings.CollectNames;
  Key["readKeys"] = Settings.ReadKeys;
  Key["compilerWarnings"] = Settings.CompilerWarnings;
  // Test hooks change what a worker does.
  Key["crashOn"] = Settings.CrashOnFile;
  Key["skipsAll"] = getenv("SERIALSCOPE_TEST_PREFILTER_SKIPS_ALL") != nullptr;
  for (const char *Name : IncludeEnvironment)
    if (const char *Value = getenv(Name))
      Key["environment"][Name] = Value;
  for (llvm::StringRef Option : Options::keys())
    Key["options"][Option.str()] = Job.Config.get(Option);
  Key["reserved"] = Job.Config.ReservedNames;
  Key["sharedKeys"] = Job.Config.SharedKeys;
  Key["takenKeys"] = Job.Config.TakenKeys;
  Key["file"] = Job.File;
  nlohmann::json Commands = nlohmann::json::array();
  for (const clang::tooling::CompileCommand &Command : Database.getCompileCommands(Job.File))
    Commands.push_back({Command.Directory, Command.Filename, Command.CommandLine});
  Key["commands"] = std::move(Commands);
  return bytesHash(Key.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string ResultCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, llvm::StringRef(Key).take_front(2),
                          llvm::StringRef(Key).drop_front(2));
  return std::string(Path);
}

bool ResultCache::unchanged(const FileStamp &Stamp, bool &Restamped) {
  auto [It, New] = Files.try_emplace(Stamp.Path);
  Current &Now = It->second;
  if (New)
    Now.Stat = statFile(Stamp.Path);
  if (!Now.Stat)
    return false;
  if (*Now.Stat == Stamp.Stat)
    return true;
  if (!Now.Hashed) {
    Now.Hash = hashFile(Stamp.Path);
    Now.Hashed = true;
  }
  if (Now.Hash != Stamp.Hash)
    return false;
  Restamped = true;
  return true;
}

std::optional<TranslationUnitResult> ResultCache::lookup(const std::string &Key) {
  std::string Path = entryPath(Key);
  std::optional<FileStat> Entry = statFile(Path);
  if (!Entry || Entry->Size > MaxEntryBytes)
    return std::nullopt;
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer || (*Buffer)->getBufferSize() > MaxEntryBytes)
    return std::nullopt;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  nlohmann::json Value = nlohmann::json::parse(
      Text.begin(), Text.end(),
      [](int Depth, nlohmann::json::parse_event_t, nlohmann::json &) {
        return Depth <= MaxEntryDepth;
      },
      /*allow_exceptions=*/false);
  TranslationUnitResult Result;
  using Status = TranslationUnitResult::Status;
  if (!Value.is_object() || Value.value("key", nlohmann::json()) != Key ||
      !Value.contains("result") || !resultFromJson(Value["result"], Result) ||
      Result.Inputs.empty() ||
      (Result.State != Status::Ok && Result.State != Status::CompileErrors))
    return std::nullopt;
  bool Restamped = false;
  for (const FileStamp &Stamp : Result.Inputs)
    if (!unchanged(Stamp, Restamped))
      return std::nullopt;
  if (Restamped) {
    // Same contents, new times (a checkout, a touch): the next lookup need not hash again.
    for (FileStamp &Stamp : Result.Inputs)
      Stamp.Stat = *Files[Stamp.Path].Stat;
    store(Key, Result);
  } else {
    // The entry's time says when it was last used: trim() removes the oldest first.
    ::utimensat(AT_FDCWD, Path.c_str(), nullptr, 0);
  }
  Result.Inputs = {};
  Result.FromCache = true;
  return Result;
}

void ResultCache::store(const std::string &Key, const TranslationUnitResult &Result) {
  using Status = TranslationUnitResult::Status;
  if (!Writable || Result.Inputs.empty() ||
      (Result.State != Status::Ok && Result.State != Status::CompileErrors))
    return;
  std::string Path = entryPath(Key);
  std::error_code EC = llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  if (!EC) {
    nlohmann::json Entry = {{"key", Key}, {"result", resultToJson(Result)}};
    EC =
        writeAtomically(Path, Entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (EC) {
    llvm::errs() << "serialscope: warning: cannot write to the result cache '" << Dir
                 << "': " << EC.message() << "; the rest of this run is not cached\n";
    Writable = false;
    return;
  }
  Stored = true;
}

void ResultCache::trim() {
  if (!Stored)
    return;
  std::vector<EntryFile> Entries;
  uint64_t Total = 0;
  int64_t Now = nowNs();
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator Shard(Dir, EC), End; !EC && Shard != End;
       Shard.increment(EC)) {
    if (!isShardName(llvm::sys::path::filename(Shard->path())))
      continue;
    std::error_code InnerEC;
    for (llvm::sys::fs::directory_iterator File(Shard->path(), InnerEC); !InnerEC && File != End;
         File.increment(InnerEC)) {
      std::optional<FileStat> Stat = statFile(File->path());
      if (!Stat)
        continue;
      if (llvm::StringRef(File->path()).contains(".tmp-")) {
        if (Now - Stat->Modified > StaleTemporaryNs)
          llvm::sys::fs::remove(File->path());
        continue;
      }
      Entries.push_back({File->path(), Stat->Size, Stat->Modified});
      Total += Stat->Size;
    }
  }
  if (Total <= MaxBytes)
    return;
  // Down to nine tenths of the bound, so that the next runs do not trim again at once.
  uint64_t Goal = MaxBytes / 10 * 9;
  std::sort(Entries.begin(), Entries.end(),
            [](const EntryFile &A, const EntryFile &B) { return A.Used < B.Used; });
  for (const EntryFile &Entry : Entries) {
    if (Total <= Goal)
      break;
    // Another run may have removed it first: either way it is gone.
    llvm::sys::fs::remove(Entry.Path);
    Total -= Entry.Size;
  }
}

std::unique_ptr<ResultCache> openRunCache(const Invocation &Run, llvm::StringRef BuildDirectory) {
  if (Run.NoCache || (Run.CacheDir.empty() && BuildDirectory.empty()))
    return nullptr;
  std::string Dir = Run.CacheDir;
  if (Dir.empty()) {
    llvm::SmallString<256> Default(BuildDirectory);
    llvm::sys::path::append(Default, ".serialscope-cache");
    Dir = std::string(Default);
  }
  std::string Why;
  std::unique_ptr<ResultCache> Cache =
      ResultCache::open(Dir, Run.CacheBytes ? Run.CacheBytes : ResultCache::DefaultMaxBytes, Why);
  if (!Cache)
    llvm::errs() << "serialscope: warning: cannot use the result cache: " << Why
                 << "; every unit is analyzed\n";
  return Cache;
}

} // namespace serialscope
