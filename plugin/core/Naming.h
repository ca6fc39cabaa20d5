//===- Naming.h - the names the fix gives moved types --------------------===//
#ifndef SERIALSCOPE_CORE_NAMING_H
#define SERIALSCOPE_CORE_NAMING_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace serialscope {

/// A name for a moved type whose own name is taken: the names of the function around it
/// (with its class) before the type's: `parse_Point`, `Reader_load_Point`.
std::string derivedName(const clang::TagDecl *Unit, const clang::Decl *Outermost);
/// `OuterFirst` and `Name` joined with '_': {"Reader", "load"}, "Point" -> "Reader_load_Point".
std::string joinedName(llvm::ArrayRef<std::string> OuterFirst, llvm::StringRef Name);
/// An identifier from a file's name without directory and extension, for the name of a type
/// renamed out of the file's anonymous namespace: `src/io-v2.cpp` -> `io_v2`; `tu_` goes
/// before one that would be empty or start with a digit.
std::string fileStemIdentifier(llvm::StringRef FileName);
/// A type name for an unnamed class or enum from the variable or member it declares: prefixes
/// `g_`, `m_`, `s_`, `k` and `m`/`g`/`s` before a capital, and outer underscores, dropped;
/// snake_case joined in CamelCase: `position` -> `Position`, `g_geometry` -> `Geometry`,
/// `m_state`, `state_`, `mState` -> `State`, `motor_limits` -> `MotorLimits`. Empty when nothing
/// usable is left.
std::string typeNameFromDeclarator(llvm::StringRef Declarator);
/// The first of `Base`, `Base_2`, ..., `Base_9` that is not `Taken`; nothing when all are.
std::optional<std::string> firstFreeName(llvm::StringRef Base,
                                         llvm::function_ref<bool(const std::string &)> Taken);

} // namespace serialscope

#endif
