//===- Merge.cpp ----------------------------------------------------------===//
#include "Merge.h"
#include "CodeQuality.h"
#include "FileWriter.h"
#include "InputFile.h"
#include "ReportWriters.h"
#include "Sarif.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <iterator>
#include <map>
#include <optional>
#include <set>

namespace serialscope {
namespace {

int mergeError(const llvm::Twine &Message) {
  llvm::errs() << "serialscope merge: error: " << Message << "\n";
  return 2;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Result(Path);
  llvm::sys::fs::make_absolute(Result);
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

/// Reads one shard into `Reports` and `Failures`; the reason when it is refused (then
/// nothing of it is kept).
std::optional<std::string> readShard(const std::string &Shard, std::vector<Report> &Reports,
                                     std::vector<SarifFailure> &Failures,
                                     std::vector<KeyRecord> &Keys,
                                     std::vector<KeyCandidate> &Candidates,
                                     std::string &FirstCategory) {
  InputFile File = readInputFile(Shard);
  if (File.State != InputFile::Status::Read)
    return "it " + File.Problem;
  llvm::StringRef Text = File.Buffer->getBuffer();
  nlohmann::json Log =
      nlohmann::json::parse(Text.begin(), Text.end(), nullptr, /*allow_exceptions=*/false);
  if (Log.is_discarded())
    return std::string("it is not JSON");
  std::vector<Report> Read;
  std::vector<SarifFailure> ReadFailures;
  std::vector<KeyRecord> ReadKeys;
  std::vector<KeyCandidate> ReadCandidates;
  std::string Error;
  if (!readSarif(Log, Read, ReadFailures, Error, &ReadKeys, &ReadCandidates))
    return Error;
  // A shard's key collisions are those within its unit: the merge finds them again, with
  // those across units, from the keys.
  llvm::erase_if(Read, [](const Report &R) { return R.Rule == Rule::DuplicateRegistrationKey; });
  std::move(Read.begin(), Read.end(), std::back_inserter(Reports));
  std::move(ReadKeys.begin(), ReadKeys.end(), std::back_inserter(Keys));
  std::move(ReadCandidates.begin(), ReadCandidates.end(), std::back_inserter(Candidates));
  std::move(ReadFailures.begin(), ReadFailures.end(), std::back_inserter(Failures));
  if (FirstCategory.empty() && Log["runs"].size() &&
      Log["runs"][0].contains("automationDetails") &&
      Log["runs"][0]["automationDetails"].contains("id") &&
      Log["runs"][0]["automationDetails"]["id"].is_string())
    FirstCategory = Log["runs"][0]["automationDetails"]["id"].get<std::string>();
  return std::nullopt;
}

/// A log of the standalone tool holds the keys of the units it parsed, and only candidates for
/// those its prefilter skipped (RegistrationKeys.h): a candidate of one log that another log
/// registers elsewhere may be a collision that no log has the types of. Said, not reported.
void warnOfSkippedKeys(const std::vector<KeyRecord> &Keys,
                       const std::vector<KeyCandidate> &Candidates,
                       const std::vector<size_t> &Shards) {
  std::vector<bool> Shares = candidatesSharingKeys(Keys, Candidates, &Shards);
  for (size_t I = 0; I < Candidates.size(); ++I) {
    if (!Shares[I])
      continue;
    const KeyCandidate &C = Candidates[I];
    llvm::errs() << "serialscope merge: warning: " << C.Where.File << ":" << C.Where.Line
                 << ": registration key '" << C.Key << "' (" << C.Registry
                 << ") is also registered in another log, but this registration's unit was not "
                    "parsed (the tool's prefilter): run that analysis with --prefilter=off to "
                    "compare the types\n";
  }
}

/// One result per finding, in a stable order: a header's finding comes from every TU that
/// includes it, while two types at one place (one macro expansion, a header included twice)
/// are two findings (Report::key). As in the tool, a copy with a fix gives the kept one its
/// fix (a TU with compile errors reports the finding without one).
std::vector<Report> uniqueReports(std::vector<Report> All) {
  std::vector<size_t> Order(All.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](size_t A, size_t B) {
    return std::tie(All[A].Where.File, All[A].Where.Offset, All[A].Message, A) <
           std::tie(All[B].Where.File, All[B].Where.Offset, All[B].Message, B);
  });
  std::vector<Report> Reports;
  std::map<std::string, size_t> Seen;
  for (size_t Index : Order) {
    Report &R = All[Index];
    auto [It, New] = Seen.try_emplace(R.key(), Reports.size());
    if (New) {
      Reports.push_back(std::move(R));
    } else if (Reports[It->second].Fix.empty() && !R.Fix.empty()) {
      Reports[It->second].Fix = std::move(R.Fix);
      Reports[It->second].HoistedNames = std::move(R.HoistedNames);
    }
  }
  return Reports;
}

} // namespace

int runMerge(int argc, const char **argv) {
  std::string Output, CodeQuality, Root = ".", Category;
  std::vector<std::string> Inputs;
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef Arg = argv[I];
    if (Arg == "-o" || Arg == "--output") {
      if (I + 1 == argc)
        return mergeError("-o needs a file name");
      Output = argv[++I];
    } else if (Arg.consume_front("-o=") || Arg.consume_front("--output=")) {
      Output = Arg.str();
    } else if (Arg.consume_front("--gitlab-codequality=")) {
      CodeQuality = Arg.str();
    } else if (Arg.consume_front("--sarif-root=")) {
      Root = Arg.str();
    } else if (Arg.consume_front("--sarif-category=")) {
      Category = Arg.str();
    } else if (Arg == "--help" || Arg == "-h") {
      llvm::outs() << "usage: serialscope merge [--sarif-root=<dir>] [--sarif-category=<name>] "
                      "[-o <merged.sarif>] [--gitlab-codequality=<report.json>] "
                      "<shard.sarif or directory>...\n";
      return 0;
    } else if (Arg.starts_with("-")) {
      return mergeError("unknown option '" + Arg + "' (see serialscope merge --help)");
    } else {
      Inputs.push_back(Arg.str());
    }
  }
  if (Output.empty() && CodeQuality.empty())
    return mergeError("no output file: use -o <merged.sarif> or --gitlab-codequality=<file>");
  if (Inputs.empty())
    return mergeError("no SARIF shards to merge");
  Root = absolute(Root);
  if (!llvm::sys::fs::is_directory(Root))
    return mergeError("--sarif-root: '" + Root + "' is not a directory");

  // Directories hold one shard per translation unit (-fplugin-arg-serialscope-sarif=<dir>).
  std::vector<std::string> Shards;
  for (const std::string &Input : Inputs) {
    if (!llvm::sys::fs::is_directory(Input)) {
      Shards.push_back(Input);
      continue;
    }
    std::vector<std::string> Found;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Input, EC), End; It != End && !EC; It.increment(EC))
      if (llvm::sys::path::extension(It->path()) == ".sarif")
        Found.push_back(It->path());
    if (EC)
      return mergeError("cannot list '" + Input + "': " + EC.message());
    llvm::sort(Found);
    llvm::append_range(Shards, Found);
  }

  // Every refused shard is named before giving up, so that one run shows them all; a merged
  // log without them would look complete (and close their alerts in code scanning).
  std::vector<Report> All;
  std::vector<SarifFailure> Failures;
  std::vector<KeyRecord> Keys;
  std::vector<KeyCandidate> Candidates;
  /// The shard each candidate comes from.
  std::vector<size_t> CandidateShards;
  std::string FirstCategory;
  unsigned Refused = 0;
  for (size_t I = 0; I < Shards.size(); ++I) {
    if (std::optional<std::string> Problem =
            readShard(Shards[I], All, Failures, Keys, Candidates, FirstCategory)) {
      mergeError("refused '" + Shards[I] + "': " + *Problem);
      ++Refused;
    }
    CandidateShards.resize(Candidates.size(), I);
  }
  if (Refused)
    return mergeError(llvm::Twine(Refused) + " of " + llvm::Twine(Shards.size()) + " shard" +
                      (Shards.size() == 1 ? "" : "s") + " refused; nothing written");

  Keys = uniqueKeys(std::move(Keys));
  for (const KeyCollision &C : findKeyCollisions(Keys))
    All.push_back(keyCollisionReport(Keys, C));
  warnOfSkippedKeys(Keys, Candidates, CandidateShards);
  std::vector<Report> Reports = uniqueReports(std::move(All));
  std::vector<SarifFailure> UniqueFailures;
  std::set<std::pair<std::string, std::string>> SeenFailures;
  for (SarifFailure &F : Failures)
    if (SeenFailures.insert({F.File, F.Message}).second)
      UniqueFailures.push_back(std::move(F));

  SarifSettings Settings;
  Settings.SourceRoot = Root;
  Settings.AutomationId = !Category.empty()        ? Category + "/"
                          : !FirstCategory.empty() ? FirstCategory
                                                   : "serialscope/";
  Settings.Failures = std::move(UniqueFailures);
  Settings.Keys = std::move(Keys);
  Settings.KeyCandidates = std::move(Candidates);
  // Like the tool, every report that can be written is, each failure on its own line.
  bool WriteFailed = false;
  auto Write = [&](const std::string &Path, const std::string &Content) {
    if (WriteResult Written = writeOutputFile(Path, Content); !Written.ok()) {
      mergeError(Written.Message);
      WriteFailed = true;
    }
  };
  if (!Output.empty())
    Write(Output, makeSarif(Reports, Settings).dump(2));
  if (!CodeQuality.empty())
    Write(CodeQuality, makeCodeQuality(Reports, Root).dump(2));
  if (WriteFailed)
    return 2;
  llvm::errs() << "serialscope merge: " << Shards.size() << " shard"
               << (Shards.size() == 1 ? "" : "s") << ", " << Reports.size() << " finding"
               << (Reports.size() == 1 ? "" : "s") << ", " << Settings.Failures.size()
               << " failed\n";
  if (!Settings.Failures.empty())
    return 2;
  return Reports.empty() ? 0 : 1;
}

} // namespace serialscope
