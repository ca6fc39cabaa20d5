//===- ReportWriters.cpp --------------------------------------------------===//
#include "ReportWriters.h"
#include "FileWriter.h"
#include "InputFile.h"
#include "Options.h"

#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/YAMLTraits.h"

#include <map>

namespace serialscope {
namespace {

void printLocated(const ReportLocation &Where, llvm::StringRef Severity, llvm::StringRef Message,
                  llvm::raw_ostream &OS) {
  if (Where.File.empty()) {
    OS << Severity << ": " << Message << "\n";
    return;
  }
  OS << Where.File << ":" << Where.Line << ":" << Where.Column << ": " << Severity << ": "
     << Message << "\n";
  // The snippet is a courtesy: a file that is gone, or is no longer a regular file, has none.
  InputFile Source = readInputFile(Where.File);
  if (Source.State != InputFile::Status::Read)
    return;
  llvm::StringRef Text = Source.Buffer->getBuffer();
  if (Where.Offset > Text.size())
    return;
  size_t Begin = Text.substr(0, Where.Offset).rfind('\n');
  Begin = Begin == llvm::StringRef::npos ? 0 : Begin + 1;
  llvm::StringRef Line = Text.substr(Begin).split('\n').first.rtrim("\r");
  OS << llvm::format("%5u", Where.Line) << " | " << Line << "\n";
  std::string Caret;
  for (unsigned I = 1; I < Where.Column && I - 1 < Line.size(); ++I)
    Caret += Line[I - 1] == '\t' ? '\t' : ' ';
  OS << "      | " << Caret << "^\n";
}

} // namespace

void printReport(const Report &R, llvm::raw_ostream &OS) {
  printLocated(R.Where, "warning", R.Message + " [" + ruleName(R.Rule).str() + "]", OS);
  for (const ReportNote &Note : R.Notes)
    printLocated(Note.Where, "note", Note.Message, OS);
}

FixOutcome applyFixes(const std::vector<Report> &Reports) {
  std::map<std::string, std::vector<ReportEdit>> ByFile;
  for (const Report &R : Reports)
    for (const ReportEdit &Edit : R.Fix)
      ByFile[Edit.File].push_back(Edit);
  FixOutcome Outcome;
  for (const auto &Entry : ByFile) {
    const std::string &File = Entry.first;
    const std::vector<ReportEdit> &Edits = Entry.second;
    // Two translation units that saw two versions of the file: it changed during the run.
    std::optional<uint64_t> Hash = Edits.front().FileHash;
    if (llvm::any_of(Edits, [&](const ReportEdit &E) { return E.FileHash != Hash; })) {
      Outcome.NotWritten.push_back(
          {File, "'" + File + "' changed while it was analyzed; its fixes were not applied " +
                     "(run serialscope again)"});
      continue;
    }
    unsigned FileConflicts = 0;
    WriteResult Result = rewriteSourceFile(
        File, Hash, [&](llvm::StringRef Text) { return applyEdits(Text, Edits, FileConflicts); });
    Outcome.Conflicts += FileConflicts;
    if (Result.Status == WriteStatus::Written)
      ++Outcome.FilesChanged;
    else if (!Result.ok())
      Outcome.NotWritten.push_back({File, Result.Message});
  }
  return Outcome;
}

llvm::Expected<std::string> fixesYaml(const std::vector<Report> &Reports) {
  clang::tooling::TranslationUnitDiagnostics Export;
  llvm::SmallString<256> BuildDirectory;
  llvm::sys::fs::current_path(BuildDirectory);
  for (const Report &R : Reports) {
    clang::tooling::DiagnosticMessage Message(R.Message);
    Message.FilePath = R.Where.File;
    Message.FileOffset = R.Where.Offset;
    for (const ReportEdit &Edit : R.Fix) {
      clang::tooling::Replacement Replacement(Edit.File, Edit.Offset, Edit.Length, Edit.Text);
      if (llvm::Error E = Message.Fix[Edit.File].add(Replacement))
        return std::move(E);
    }
    llvm::SmallVector<clang::tooling::DiagnosticMessage, 1> Notes;
    for (const ReportNote &Note : R.Notes) {
      clang::tooling::DiagnosticMessage N(Note.Message);
      N.FilePath = Note.Where.File;
      N.FileOffset = Note.Where.Offset;
      Notes.push_back(std::move(N));
    }
    Export.Diagnostics.emplace_back(ruleName(R.Rule), Message, Notes,
                                    clang::tooling::Diagnostic::Warning, BuildDirectory);
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output YAML(OS);
  YAML << Export;
  OS.flush();
  return Text;
}

} // namespace serialscope
