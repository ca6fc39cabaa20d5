//===- ResultCache.h - an unchanged translation unit is not analyzed twice ===//
//
// The standalone tool keeps what a worker returned for one job (TranslationUnitResult: the
// reports, the declared names, the prefilter's counts), keyed by everything the result depends
// on besides file contents: the tool and clang, the job's options, the run settings that change
// results, the compile commands. An entry lists every file the unit read with its size,
// modification time and content hash; a lookup stats them and hashes only those whose size
// or time changed, as ccache's manifests and ninja's logs do. Project-wide steps (names unique
// in the project, fix verification) run each time from these per-unit results.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_RESULTCACHE_H
#define SERIALSCOPE_TOOL_RESULTCACHE_H

#include "CommandLine.h"
#include "FileStamps.h"
#include "TranslationUnitRunner.h"

#include "llvm/ADT/StringMap.h"

#include <memory>
#include <optional>
#include <string>

namespace serialscope {

class ResultCache {
public:
  /// The size bound when none is given.
  static constexpr uint64_t DefaultMaxBytes = uint64_t(1) << 30;

  /// Opens the cache in `Dir`, creating it; null, with `Why` set, when it cannot be created
  /// or written.
  static std::unique_ptr<ResultCache> open(llvm::StringRef Dir, uint64_t MaxBytes,
                                           std::string &Why);

  /// What identifies a job's result, but for the contents of the files it reads.
  std::string keyOf(const clang::tooling::CompilationDatabase &Database,
                    const TranslationUnitJob &Job, const RunSettings &Settings) const;

  /// The result stored under `Key` when every file it read is as it was; none otherwise (no
  /// entry, a changed file, an unreadable or malformed entry).
  std::optional<TranslationUnitResult> lookup(const std::string &Key);

  /// Keeps an Ok or CompileErrors result that lists the files it read; ignores any other.
  /// A failure to write warns once and turns storing off.
  void store(const std::string &Key, const TranslationUnitResult &Result);

  /// Removes the least recently used entries while the cache is over its size bound (and
  /// temporary files that a crashed run left), when this run added to it.
  void trim();

private:
  ResultCache(std::string Dir, uint64_t MaxBytes, std::string Tool)
      : Dir(std::move(Dir)), MaxBytes(MaxBytes), Tool(std::move(Tool)) {}
  std::string entryPath(const std::string &Key) const;
  bool unchanged(const FileStamp &Stamp, bool &Restamped);
  bool writeEntry(const std::string &Key, const TranslationUnitResult &Result);

  std::string Dir;
  uint64_t MaxBytes;
  /// The tool's own identity: its executable's hash and clang's version.
  std::string Tool;
  /// What each file is now, looked up once per run: its stat, and its hash once needed.
  struct Current {
    std::optional<FileStat> Stat;
    std::optional<std::string> Hash;
    bool Hashed = false;
  };
  llvm::StringMap<Current> Files;
  bool Stored = false, Writable = true;
};

/// The run's cache: --cache-dir, else SERIALSCOPE_CACHE_DIR, else `.serialscope-cache` in
/// `BuildDirectory` (none without one); null with --no-cache, and with a warning when the
/// directory cannot be used (the run goes on without it).
std::unique_ptr<ResultCache> openRunCache(const Invocation &Run, llvm::StringRef BuildDirectory);

} // namespace serialscope

#endif
