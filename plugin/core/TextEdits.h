//===- TextEdits.h - the insertions and removals a fix is made of --------===//
#ifndef SERIALSCOPE_CORE_TEXTEDITS_H
#define SERIALSCOPE_CORE_TEXTEDITS_H

#include "SourceText.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
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
                     clang::SourceLocation &At, const std::vector<std::string> &Conditions = {});

struct MovedText;

/// The text `Moved` becomes at its new place: its range with the edits inside it applied, then
/// its suffix, in its conditions. Nothing when two edits inside it overlap or one is not
/// inside it.
std::optional<std::string> renderMoved(const SourceText &Text, const clang::SourceManager &SM,
                                       const MovedText &Moved);

/// Whether `Edit` lies inside [Begin, End) (an insertion strictly inside), or overlaps the
/// range without lying inside it; an edit that removes the whole range is outside it.
enum class Containment { Outside, Inside, Straddles };
Containment containment(const clang::FixItHint &Edit, clang::SourceLocation Begin,
                        clang::SourceLocation End, const clang::SourceManager &SM);

/// Sorts `Edits` into file order; edits at one place keep their order.
void sortInFileOrder(std::vector<clang::FixItHint> &Edits, const clang::SourceManager &SM);

} // namespace serialscope

#endif
