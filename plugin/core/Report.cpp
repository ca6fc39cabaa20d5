//===- Report.cpp ---------------------------------------------------------===//
#include "Report.h"
#include "Analyzer.h"
#include "FileWriter.h"
#include "Options.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <limits>

using namespace clang;

namespace serialscope {
std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return std::string(Absolute);
}

llvm::StringRef ruleName(Rule R) {
  switch (R) {
  case Rule::NonResolvableType:
    return CheckName;
  case Rule::DuplicateRegistrationKey:
    return DuplicateKeyCheckName;
  }
  llvm_unreachable("unknown rule");
}

std::string Report::key() const {
  return Where.File + '\0' + std::to_string(Where.Offset) + '\0' +
         (Identity.empty() ? TypeName : Identity);
}

ReportLocation makeLocation(SourceLocation Loc, const SourceManager &SM,
                            const LangOptions &LangOpts) {
  ReportLocation Result;
  if (Loc.isInvalid())
    return Result;
  Loc = SM.getFileLoc(Loc);
  std::pair<FileID, unsigned> Decomposed = SM.getDecomposedLoc(Loc);
  if (OptionalFileEntryRef File = SM.getFileEntryRefForID(Decomposed.first))
    Result.File = absolutePath(File->getName());
  Result.Offset = Decomposed.second;
  Result.Line = SM.getLineNumber(Decomposed.first, Decomposed.second);
  Result.Column = SM.getColumnNumber(Decomposed.first, Decomposed.second);
  unsigned Length = Lexer::MeasureTokenLength(Loc, SM, LangOpts);
  Result.EndLine = Result.Line;
  Result.EndColumn = Result.Column + std::max(Length, 1u);
  return Result;
}

Report makeReport(const Finding &F, const SourceManager &SM, const LangOptions &LangOpts) {
  Report R;
  R.Where = makeLocation(F.location(), SM, LangOpts);
  R.Message = F.message();
  R.TypeName = F.typeName();
  R.Identity = F.identity();
  R.Scope = scopeId(F.Where.Kind).str();
  for (const Evidence &E : F.Evidences)
    if (!llvm::is_contained(R.EvidenceIds, E.Id.str()))
      R.EvidenceIds.push_back(E.Id.str());
  R.RegisteredByName = F.registeredByName();
  R.HoistedNames = F.HoistedNames;
  std::vector<FindingNote> Notes = notesOf(F);
  for (size_t I = 0; I < Notes.size(); ++I) {
    // notesOf lists the evidence, then what the fix does, then what blocks it.
    ReportNote::Kind What = I < F.Evidences.size() ? ReportNote::Kind::Evidence
                            : I < F.Evidences.size() + F.FixNotes.size() ? ReportNote::Kind::Fix
                                                                         : ReportNote::Kind::Blocker;
    R.Notes.push_back({makeLocation(Notes[I].Loc, SM, LangOpts), Notes[I].Message, What});
  }
  if (F.Blocker)
    R.FixBlocker = blockerId(F.Blocker->K).str();
  for (const FixItHint &Hint : F.Fix) {
    CharSourceRange Range = Hint.RemoveRange;
    ReportLocation Begin = makeLocation(Range.getBegin(), SM, LangOpts);
    unsigned EndOffset = SM.getFileOffset(Range.getEnd());
    if (Range.isTokenRange())
      EndOffset += Lexer::MeasureTokenLength(Range.getEnd(), SM, LangOpts);
    FileID File = SM.getFileID(SM.getFileLoc(Range.getBegin()));
    R.Fix.push_back({Begin.File, Begin.Offset, EndOffset - Begin.Offset, Hint.CodeToInsert,
                     contentHash(SM.getBufferData(File))});
  }
  return R;
}

nlohmann::json toJson(const ReportLocation &L) {
  return nlohmann::json{{"file", L.File},       {"offset", L.Offset},
                        {"line", L.Line},       {"column", L.Column},
                        {"endLine", L.EndLine}, {"endColumn", L.EndColumn}};
}

nlohmann::json toJson(const Report &R) {
  auto Location = [](const ReportLocation &L) { return toJson(L); };
  nlohmann::json Notes = nlohmann::json::array();
  for (const ReportNote &N : R.Notes)
    Notes.push_back({{"location", Location(N.Where)},
                     {"message", N.Message},
                     {"kind", static_cast<unsigned>(N.What)}});
  nlohmann::json Fix = nlohmann::json::array();
  for (const ReportEdit &E : R.Fix) {
    Fix.push_back({{"file", E.File}, {"offset", E.Offset}, {"length", E.Length}, {"text", E.Text}});
    if (E.FileHash)
      Fix.back()["fileHash"] = *E.FileHash;
  }
  return {{"location", Location(R.Where)},
          {"message", R.Message},
          {"type", R.TypeName},
          {"identity", R.Identity},
          {"scope", R.Scope},
          {"evidence", R.EvidenceIds},
          {"registeredByName", R.RegisteredByName},
          {"notes", std::move(Notes)},
          {"fix", std::move(Fix)},
          {"hoisted", R.HoistedNames},
          {"fixBlocker", R.FixBlocker}};
}

namespace {
template <typename T> bool read(const nlohmann::json &Object, const char *Key, T &Out) {
  auto It = Object.find(Key);
  if (It == Object.end())
    return false;
  if constexpr (std::is_same_v<T, std::string>) {
    if (!It->is_string())
      return false;
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!It->is_boolean())
      return false;
  } else {
    // A number that does not fit is malformed, not something to truncate.
    if (!It->is_number_unsigned() ||
        It->template get<uint64_t>() > uint64_t(std::numeric_limits<T>::max()))
      return false;
  }
  Out = It->template get<T>();
  return true;
}

bool readLocation(const nlohmann::json &Value, ReportLocation &L) {
  return Value.is_object() && read(Value, "file", L.File) && read(Value, "offset", L.Offset) &&
         read(Value, "line", L.Line) && read(Value, "column", L.Column) &&
         read(Value, "endLine", L.EndLine) && read(Value, "endColumn", L.EndColumn);
}
} // namespace

bool fromJson(const nlohmann::json &Value, ReportLocation &L) { return readLocation(Value, L); }

bool fromJson(const nlohmann::json &Value, Report &R) {
  if (!Value.is_object() || !Value.contains("location") ||
      !readLocation(Value["location"], R.Where) || !read(Value, "message", R.Message) ||
      !read(Value, "type", R.TypeName) || !read(Value, "identity", R.Identity) ||
      !read(Value, "scope", R.Scope) ||
      !read(Value, "registeredByName", R.RegisteredByName) ||
      !read(Value, "fixBlocker", R.FixBlocker))
    return false;
  auto Evidence = Value.find("evidence");
  auto Notes = Value.find("notes");
  auto Fix = Value.find("fix");
  auto Hoisted = Value.find("hoisted");
  if (Evidence == Value.end() || !Evidence->is_array() || Notes == Value.end() ||
      !Notes->is_array() || Fix == Value.end() || !Fix->is_array() || Hoisted == Value.end() ||
      !Hoisted->is_array())
    return false;
  for (const nlohmann::json &Id : *Evidence) {
    if (!Id.is_string())
      return false;
    R.EvidenceIds.push_back(Id.get<std::string>());
  }
  for (const nlohmann::json &Name : *Hoisted) {
    if (!Name.is_string())
      return false;
    R.HoistedNames.push_back(Name.get<std::string>());
  }
  for (const nlohmann::json &Note : *Notes) {
    ReportNote N;
    if (!Note.is_object() || !Note.contains("location") ||
        !readLocation(Note["location"], N.Where) || !read(Note, "message", N.Message))
      return false;
    unsigned What = 0;
    if (!read(Note, "kind", What) || What > static_cast<unsigned>(ReportNote::Kind::Blocker))
      return false;
    N.What = static_cast<ReportNote::Kind>(What);
    R.Notes.push_back(std::move(N));
  }
  for (const nlohmann::json &Edit : *Fix) {
    ReportEdit E;
    if (!Edit.is_object() || !read(Edit, "file", E.File) || !read(Edit, "offset", E.Offset) ||
        !read(Edit, "length", E.Length) || !read(Edit, "text", E.Text))
      return false;
    if (uint64_t Hash; read(Edit, "fileHash", Hash))
      E.FileHash = Hash;
    R.Fix.push_back(std::move(E));
  }
  return true;
}

std::string applyEdits(llvm::StringRef Text, const std::vector<ReportEdit> &Edits,
                       unsigned &Conflicts) {
  // Edits at one offset keep their given order (an insertion before a removal there).
  std::vector<size_t> Order(Edits.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](size_t A, size_t B) {
    return std::tie(Edits[A].Offset, A) < std::tie(Edits[B].Offset, B);
  });
  std::string Result;
  uint64_t Done = 0;
  Conflicts = 0;
  for (size_t Index : Order) {
    const ReportEdit &E = Edits[Index];
    // Written so that no sum can wrap around.
    if (E.Offset < Done || E.Offset > Text.size() || E.Length > Text.size() - E.Offset) {
      ++Conflicts;
      continue;
    }
    Result += Text.substr(Done, E.Offset - Done);
    Result += E.Text;
    Done = E.Offset + E.Length;
  }
  Result += Text.substr(Done);
  return Result;
}

} // namespace serialscope
