//===- FileWriter.h - every file serialscope writes, written one safe way --===//
//
// Sources (the tool's --fix) and reports (SARIF, exported fixes, merged SARIF, the plugin's
// shard) go through here, so that they share one policy (docs/writing-files.md):
// - a symlink is followed and its target written; the link stays;
// - a path that is not a regular file (a FIFO, a device, /dev/stdout, /dev/fd/N) is written as
//   a stream, never replaced; `-` is standard output;
// - a regular file is replaced through a temporary file in its directory and a rename, with its
//   mode, owner and group; it is written in place instead when a rename would change what other
//   names or users see (several hard links, an owner the temporary file cannot take);
// - a file the user may not write is left alone, also as root when no write bit is set;
// - every failure is reported, and leaves the old file as it was.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_FILEWRITER_H
#define SERIALSCOPE_CORE_FILEWRITER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace serialscope {

/// What became of one file serialscope was asked to write.
enum class WriteStatus {
  Written,
  /// The file's content and the wanted content are the same: nothing was written.
  Unchanged,
  /// The user may not write it (or, as root, its mode has no write bit): left as it was.
  NotWritable,
  /// The source is not the text the analysis saw (edited meanwhile): left as it was.
  ChangedSinceAnalysis,
  /// Reading or writing failed (no space, file size limit, I/O error, a symlink loop...).
  /// A replaced file is as it was; a stream may have received part of the content.
  Failed,
};

struct WriteResult {
  WriteStatus Status = WriteStatus::Written;
  /// Why, in one line naming the file; empty when written or unchanged.
  std::string Message;

  bool ok() const { return Status == WriteStatus::Written || Status == WriteStatus::Unchanged; }
};

/// The fingerprint of a source's content that fixes carry from the analysis to the writer.
uint64_t contentHash(llvm::StringRef Text);

/// Whether `Path` names standard output: `-`, /dev/stdout, /dev/fd/1 or /proc/self/fd/1.
bool isStandardOutput(llvm::StringRef Path);

/// Writes a report (`Content`) to `Path` under the policy above. A new regular file gets mode
/// 0666 minus the umask.
WriteResult writeOutputFile(llvm::StringRef Path, llvm::StringRef Content);

/// Checks before a long run that writeOutputFile(Path) can succeed: the path's target is not a
/// directory, its directory exists and takes a new file, an existing file may be written.
WriteResult checkOutputFile(llvm::StringRef Path);

/// Rewrites an existing source file: reads it (through symlinks), refuses it when its
/// contentHash is not `AnalyzedHash` (when given), and writes `Rewrite(old text)` under the
/// policy above.
WriteResult rewriteSourceFile(llvm::StringRef Path, std::optional<uint64_t> AnalyzedHash,
                              llvm::function_ref<std::string(llvm::StringRef)> Rewrite);

} // namespace serialscope

#endif
