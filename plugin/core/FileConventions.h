//===- FileConventions.h - fixes written the way the file is written -----===//
//
// The planner builds its text with '\n' and counts lines from their first character. A file
// with CRLF line endings or a byte order mark must come out of a fix with the same: no LF line
// in a CRLF file, no '\r' left alone, nothing inserted before the BOM (which would then be
// read as text).
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_CORE_FILECONVENTIONS_H
#define SERIALSCOPE_CORE_FILECONVENTIONS_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace serialscope {

/// Whether the file's first line ends with CRLF.
bool usesCRLF(llvm::StringRef Buffer);

/// Length of the UTF-8 byte order mark that starts `Buffer` (0 or 3).
size_t byteOrderMarkLength(llvm::StringRef Buffer);

/// `Text` with each line ending, '\n' or "\r\n", written as "\r\n" when `CRLF`, else '\n'.
std::string withLineEndings(llvm::StringRef Text, bool CRLF);

/// Rewrites the edits of one fix to the conventions of the files they edit: inserted text
/// takes the file's line endings, a removal that starts at the '\n' of a CRLF takes its '\r'
/// too, and an insertion at the start of a file goes after its byte order mark.
void followFileConventions(std::vector<clang::FixItHint> &Edits, const clang::SourceManager &SM);

} // namespace serialscope

#endif
