//===- ReportWriters.cpp --------------------------------------------------===//
#include "ReportWriters.h"
#include "Options.h"

#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
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
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Where.File);
  if (!Buffer)
    return;
  llvm::StringRef Text = (*Buffer)->getBuffer();
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
  printLocated(R.Where, "warning", R.Message + " [" + CheckName.str() + "]", OS);
  for (const ReportNote &Note : R.Notes)
    printLocated(Note.Where, "note", Note.Message, OS);
}

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content) {
  return llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) {
    OS << Content;
    return llvm::Error::success();
  });
}

llvm::Error applyFixes(const std::vector<Report> &Reports, unsigned &FilesChanged,
                       unsigned &Conflicts) {
  std::map<std::string, std::vector<ReportEdit>> ByFile;
  for (const Report &R : Reports)
    for (const ReportEdit &Edit : R.Fix)
      ByFile[Edit.File].push_back(Edit);
  FilesChanged = Conflicts = 0;
  for (auto &[File, Edits] : ByFile) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read '%s' to fix it: %s",
                                     File.c_str(), Buffer.getError().message().c_str());
    unsigned FileConflicts = 0;
    std::string Fixed = applyEdits((*Buffer)->getBuffer(), Edits, FileConflicts);
    Conflicts += FileConflicts;
    if (Fixed == (*Buffer)->getBuffer())
      continue;
    if (llvm::Error E = writeFileAtomically(File, Fixed))
      return E;
    ++FilesChanged;
  }
  return llvm::Error::success();
}

llvm::Error exportFixes(const std::vector<Report> &Reports, llvm::StringRef Path) {
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
        return E;
    }
    llvm::SmallVector<clang::tooling::DiagnosticMessage, 1> Notes;
    for (const ReportNote &Note : R.Notes) {
      clang::tooling::DiagnosticMessage N(Note.Message);
      N.FilePath = Note.Where.File;
      N.FileOffset = Note.Where.Offset;
      Notes.push_back(std::move(N));
    }
    Export.Diagnostics.emplace_back(CheckName, Message, Notes, clang::tooling::Diagnostic::Warning,
                                    BuildDirectory);
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output YAML(OS);
  YAML << Export;
  OS.flush();
  return writeFileAtomically(Path, Text);
}

} // namespace serialscope
