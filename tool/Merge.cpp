//===- Merge.cpp ----------------------------------------------------------===//
#include "Merge.h"
#include "FileWriter.h"
#include "Sarif.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
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

} // namespace

int runMerge(int argc, const char **argv) {
  std::string Output, Root = ".", Category;
  std::vector<std::string> Inputs;
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef Arg = argv[I];
    if (Arg == "-o" || Arg == "--output") {
      if (I + 1 == argc)
        return mergeError("-o needs a file name");
      Output = argv[++I];
    } else if (Arg.consume_front("-o=") || Arg.consume_front("--output=")) {
      Output = Arg.str();
    } else if (Arg.consume_front("--sarif-root=")) {
      Root = Arg.str();
    } else if (Arg.consume_front("--sarif-category=")) {
      Category = Arg.str();
    } else if (Arg == "--help" || Arg == "-h") {
      llvm::outs() << "usage: serialscope merge [--sarif-root=<dir>] [--sarif-category=<name>] "
                      "-o <merged.sarif> <shard.sarif or directory>...\n";
      return 0;
    } else if (Arg.starts_with("-")) {
      return mergeError("unknown option '" + Arg + "' (see serialscope merge --help)");
    } else {
      Inputs.push_back(Arg.str());
    }
  }
  if (Output.empty())
    return mergeError("no output file: use -o <merged.sarif>");
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

  std::vector<Report> All;
  std::vector<SarifFailure> Failures;
  std::string FirstCategory;
  for (const std::string &Shard : Shards) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer = llvm::MemoryBuffer::getFile(Shard);
    if (!Buffer)
      return mergeError("cannot read '" + Shard + "': " + Buffer.getError().message());
    nlohmann::json Log =
        nlohmann::json::parse((*Buffer)->getBuffer().begin(), (*Buffer)->getBuffer().end(), nullptr,
                              /*allow_exceptions=*/false);
    if (Log.is_discarded())
      return mergeError("'" + Shard + "' is not JSON");
    std::string Error;
    if (!readSarif(Log, All, Failures, Error))
      return mergeError("'" + Shard + "': " + Error);
    if (FirstCategory.empty() && Log["runs"].size() &&
        Log["runs"][0].contains("automationDetails") &&
        Log["runs"][0]["automationDetails"].contains("id") &&
        Log["runs"][0]["automationDetails"]["id"].is_string())
      FirstCategory = Log["runs"][0]["automationDetails"]["id"].get<std::string>();
  }

  // A header's finding comes from every TU that includes it: keep one, in a stable order.
  std::vector<size_t> Order(All.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](size_t A, size_t B) {
    return std::tie(All[A].Where.File, All[A].Where.Offset, A) <
           std::tie(All[B].Where.File, All[B].Where.Offset, B);
  });
  std::vector<Report> Reports;
  std::set<std::string> Seen;
  for (size_t Index : Order)
    if (Seen.insert(All[Index].key()).second)
      Reports.push_back(std::move(All[Index]));
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
  if (WriteResult Written = writeOutputFile(Output, makeSarif(Reports, Settings).dump(2));
      !Written.ok())
    return mergeError(Written.Message);
  llvm::errs() << "serialscope merge: " << Shards.size() << " shard"
               << (Shards.size() == 1 ? "" : "s") << ", " << Reports.size() << " finding"
               << (Reports.size() == 1 ? "" : "s") << ", " << Settings.Failures.size()
               << " failed\n";
  if (!Settings.Failures.empty())
    return 2;
  return Reports.empty() ? 0 : 1;
}

} // namespace serialscope
