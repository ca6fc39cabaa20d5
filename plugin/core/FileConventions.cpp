//===- FileConventions.cpp ------------------------------------------------===//
#include "FileConventions.h"

using namespace clang;

namespace serialscope {

bool usesCRLF(llvm::StringRef Buffer) {
  size_t Newline = Buffer.find('\n');
  return Newline != llvm::StringRef::npos && Newline > 0 && Buffer[Newline - 1] == '\r';
}

size_t byteOrderMarkLength(llvm::StringRef Buffer) {
  return Buffer.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

std::string withLineEndings(llvm::StringRef Text, bool CRLF) {
  std::string Result;
  Result.reserve(Text.size());
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
      continue; // Written with the '\n' that follows.
    if (Text[I] == '\n' && CRLF)
      Result += '\r';
    Result += Text[I];
  }
  return Result;
}

void followFileConventions(std::vector<FixItHint> &Edits, const SourceManager &SM) {
  for (FixItHint &Edit : Edits) {
    SourceLocation Begin = Edit.RemoveRange.getBegin();
    if (Begin.isInvalid() || !Begin.isFileID())
      continue;
    std::pair<FileID, unsigned> Where = SM.getDecomposedLoc(Begin);
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(Where.first, &Invalid);
    if (Invalid)
      continue;
    bool CRLF = usesCRLF(Buffer);
    if (!Edit.CodeToInsert.empty())
      Edit.CodeToInsert = withLineEndings(Edit.CodeToInsert, CRLF);
    unsigned Offset = Where.second;
    bool Removes = Edit.RemoveRange.getBegin() != Edit.RemoveRange.getEnd();
    if (Removes && Offset > 0 && Offset < Buffer.size() && Buffer[Offset] == '\n' &&
        Buffer[Offset - 1] == '\r')
      Edit.RemoveRange.setBegin(Begin.getLocWithOffset(-1));
    size_t BOM = byteOrderMarkLength(Buffer);
    if (!Removes && Offset < BOM) {
      SourceLocation After = Begin.getLocWithOffset(BOM - Offset);
      Edit.RemoveRange = CharSourceRange::getCharRange(After, After);
    }
  }
}

} // namespace serialscope
