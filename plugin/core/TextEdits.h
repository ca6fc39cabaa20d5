//===- TextEdits.h - the insertions and removals a fix is made of --------===//
#ifndef SERIALSCOPE_CORE_TEXTEDITS_H
#define SERIALSCOPE_CORE_TEXTEDITS_H

#include "SourceText.h"
#include "clang/Basic/Diagnostic.h"
#include <string>
#include <vector>

namespace serialscope {

/// Whether text at indentation `Indent` is unchanged when re-based to `Indent`: then a split of
/// an anonymous namespace can leave it where it is and edit only the braces around it.
bool staysInPlace(llvm::StringRef Text, llvm::StringRef Indent);

/// Removes a declaration statement that moves: from `MovedBegin` (its leading comments) to its
/// semicolon `Semi`, with the lines it leaves empty.
clang::FixItHint statementRemoval(const SourceText &Text, clang::SourceLocation MovedBegin,
                                  clang::SourceLocation Semi, clang::SourceLocation OutermostBegin);

/// The text that puts `Moved` (indented by `FromIndent` in the function) before the outermost
/// declaration, whose leading comments start at `InsertLoc`, and where it goes.
void insertionBefore(const SourceText &Text, llvm::StringRef Moved, llvm::StringRef FromIndent,
                     clang::SourceLocation InsertLoc, std::string &InsertText,
                     clang::SourceLocation &At);

/// Sorts `Edits` into file order; edits at one place keep their order.
void sortInFileOrder(std::vector<clang::FixItHint> &Edits, const clang::SourceManager &SM);

} // namespace serialscope

#endif
