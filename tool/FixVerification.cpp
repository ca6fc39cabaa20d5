//===- FixVerification.cpp ------------------------------------------------===//
#include "FixVerification.h"
#include "NameResolution.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

namespace serialscope {
namespace {

std::string firstErrorLine(llvm::StringRef Output) {
  for (llvm::StringRef Line : llvm::split(Output, '\n'))
    if (Line.contains("error: "))
      return Line.trim().str();
  return "its analysis failed";
}

bool sameEdit(const ReportEdit &A, const ReportEdit &B) {
  return A.File == B.File && A.Offset == B.Offset && A.Length == B.Length && A.Text == B.Text;
}

/// Whether two edits of one file cannot both be applied in a defined order: they share bytes,
/// one inserts strictly inside the other's removal, or one inserts where the other removes.
bool overlap(const ReportEdit &A, const ReportEdit &B) {
  uint64_t AEnd = A.Offset + A.Length, BEnd = B.Offset + B.Length;
  bool Meets = A.Offset < BEnd && B.Offset < AEnd;
  bool Inside = (A.Length == 0 && B.Offset < A.Offset && A.Offset < BEnd) ||
                (B.Length == 0 && A.Offset < B.Offset && B.Offset < AEnd);
  bool Ambiguous = A.Offset == B.Offset && (A.Length != 0) != (B.Length != 0);
  return Meets || Inside || Ambiguous;
}

std::string describeReport(const Report &R) {
  return "'" + R.TypeName + "' (" + llvm::sys::path::filename(R.Where.File).str() + ":" +
         std::to_string(R.Where.Line) + ")";
}

} // namespace

void dropFix(Report &R, size_t &FixFrom, const FixBlocker &Why) {
  R.Fix.clear();
  R.HoistedNames.clear();
  FixFrom = NameResolution::NoUnit;
  llvm::erase_if(R.Notes, [](const ReportNote &N) { return N.What == ReportNote::Kind::Fix; });
  R.Notes.push_back({R.Where, describe(Why), ReportNote::Kind::Blocker});
  R.FixBlocker = blockerId(Why.K).str();
}

namespace {
FixBlocker toolBlocker(FixBlocker::Kind K, std::string Detail) {
  FixBlocker B{K, {}};
  B.Detail = std::move(Detail);
  return B;
}
} // namespace

unsigned dropOverlappingFixes(std::vector<Report> &Reports, std::vector<size_t> &FixFrom) {
  unsigned Dropped = 0;
  // Per file: the edits taken so far, and the report that gave the first edit at each place.
  std::map<std::string, std::vector<ReportEdit>> Taken;
  std::map<std::string, std::vector<size_t>> TakenFrom;
  for (size_t I = 0; I < Reports.size(); ++I) {
    Report &R = Reports[I];
    if (R.Fix.empty())
      continue;
    std::vector<ReportEdit> Fresh;
    for (const ReportEdit &Edit : R.Fix)
      if (llvm::none_of(Taken[Edit.File], [&](const ReportEdit &E) { return sameEdit(E, Edit); }))
        Fresh.push_back(Edit);
    std::optional<size_t> Blocker;
    for (const ReportEdit &Edit : Fresh)
      for (size_t K = 0; K < Taken[Edit.File].size() && !Blocker; ++K)
        if (overlap(Taken[Edit.File][K], Edit))
          Blocker = TakenFrom[Edit.File][K];
    // A fix whose own edits overlap cannot be applied whole (applyEdits would skip some).
    bool SelfOverlap = false;
    for (size_t A = 0; A < Fresh.size(); ++A)
      for (size_t B = A + 1; B < Fresh.size(); ++B)
        SelfOverlap |= Fresh[A].File == Fresh[B].File && overlap(Fresh[A], Fresh[B]);
    if (SelfOverlap) {
      dropFix(R, FixFrom[I], toolBlocker(FixBlocker::Kind::OverlappingEdits, ""));
      ++Dropped;
      continue;
    }
    if (Blocker) {
      dropFix(R, FixFrom[I],
              toolBlocker(FixBlocker::Kind::OverlappingFixes, describeReport(Reports[*Blocker])));
      ++Dropped;
      continue;
    }
    for (const ReportEdit &Edit : Fresh) {
      Taken[Edit.File].push_back(Edit);
      TakenFrom[Edit.File].push_back(I);
    }
  }
  return Dropped;
}

std::map<std::string, std::string> fixedFiles(const std::vector<Report> &Reports) {
  std::map<std::string, std::vector<ReportEdit>> ByFile;
  for (const Report &R : Reports)
    for (const ReportEdit &Edit : R.Fix)
      if (llvm::none_of(ByFile[Edit.File], [&](const ReportEdit &E) { return sameEdit(E, Edit); }))
        ByFile[Edit.File].push_back(Edit);
  std::map<std::string, std::string> Result;
  for (auto &[File, Edits] : ByFile) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      continue; // The writer reports what it cannot read.
    unsigned Conflicts = 0;
    std::string Fixed = applyEdits((*Buffer)->getBuffer(), Edits, Conflicts);
    if (Fixed != (*Buffer)->getBuffer())
      Result.emplace(File, std::move(Fixed));
  }
  return Result;
}

unsigned verifyFixes(const clang::tooling::CompilationDatabase &Database,
                     const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                     std::vector<Report> &Reports, std::vector<size_t> &FixFrom) {
  unsigned Analyzed = 0;
  std::vector<std::string> MainFiles;
  for (const TranslationUnitJob &Job : Units)
    MainFiles.push_back(absolutePath(Job.File));
  // Dropping a file's fixes changes what the other units see: check again until all hold (each
  // round drops the fixes of at least one file, so this ends).
  for (;;) {
    std::map<std::string, std::string> Fixed = fixedFiles(Reports);
    if (Fixed.empty())
      break;
    // Each unit to analyze again, with the fixed files it vouches for.
    std::map<size_t, std::set<std::string>> Vouches;
    for (size_t I = 0; I < Reports.size(); ++I)
      if (FixFrom[I] != NameResolution::NoUnit)
        for (const ReportEdit &Edit : Reports[I].Fix)
          if (Fixed.count(Edit.File))
            Vouches[FixFrom[I]].insert(Edit.File);
    for (size_t U = 0; U < Units.size(); ++U)
      if (Fixed.count(MainFiles[U]))
        Vouches[U].insert(MainFiles[U]);

    std::vector<TranslationUnitJob> Jobs;
    std::vector<size_t> Which;
    for (const auto &[Unit, Files] : Vouches) {
      Jobs.push_back(Units[Unit]);
      Jobs.back().Overlay = Fixed;
      Which.push_back(Unit);
    }
    std::map<std::string, std::string> Broken; // file -> why
    runTranslationUnits(Database, Jobs, Settings, [&](size_t I, TranslationUnitResult Result) {
      if (Result.State == TranslationUnitResult::Status::Ok)
        return;
      std::string Why = "'" + llvm::sys::path::filename(Units[Which[I]].File).str() + "' (" +
                        firstErrorLine(Result.CompilerOutput) + ")";
      for (const std::string &File : Vouches[Which[I]])
        Broken.emplace(File, Why);
    });
    Analyzed += Jobs.size();
    if (Broken.empty())
      break;
    for (size_t I = 0; I < Reports.size(); ++I) {
      auto In = llvm::find_if(Reports[I].Fix, [&](const ReportEdit &E) {
        return Broken.count(E.File) != 0;
      });
      if (In != Reports[I].Fix.end())
        dropFix(Reports[I], FixFrom[I],
                toolBlocker(FixBlocker::Kind::FixDoesNotCompile, Broken[In->File]));
    }
    for (const auto &[File, Why] : Broken)
      llvm::errs() << "serialscope: warning: the fixes for '" << File
                   << "' are not applied: applied together, they would not compile in "
                      "translation unit "
                   << Why << "\n";
  }
  return Analyzed;
}

} // namespace serialscope
