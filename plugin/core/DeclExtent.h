//===- DeclExtent.h - where a declaration's text begins and ends ----------===//
#ifndef SERIALSCOPE_CORE_DECLEXTENT_H
#define SERIALSCOPE_CORE_DECLEXTENT_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"

namespace serialscope {

/// The declaration statement of `Function`'s body that declares `Unit`. Searched here rather
/// than through ASTContext::getParents, whose parent map covers the whole TU (every header)
/// and would cost more than the rest of the analysis.
const clang::DeclStmt *findDeclStmt(const clang::Decl *Function, const clang::Decl *Unit);
/// Just past the attributes written after `Unit`'s closing brace (`} __attribute__((packed))`,
/// or a macro expanding to attributes of `Unit`), else just past the brace. They belong to the
/// type: left behind, the moved type would change its layout (or not compile).
clang::SourceLocation trailingAttributesEnd(const clang::TagDecl *Unit,
                                            const clang::SourceManager &SM,
                                            const clang::LangOptions &LangOpts);
/// Whether a macro expansion spells part of `D` (a name or expression in its type).
bool spelledWithMacro(const clang::Decl *D);

} // namespace serialscope

#endif
