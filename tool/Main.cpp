//===- Main.cpp - the serialscope standalone tool -------------------------===//
//
// serialscope [options] <files...> [-- <compiler flags>]
// serialscope [options] -p <build dir> [files...]
// serialscope merge [--sarif-root=<dir>] [-o <merged.sarif>] [--gitlab-codequality=<file>]
//                   <shards or directories...>
//
// Exit status: 0 no findings, 1 findings, 2 usage or input error (also when any translation
// unit failed to compile or to be analyzed: its findings may be incomplete, and when a fix or a
// report could not be written).
//===----------------------------------------------------------------------===//
#include "AnalysisRun.h"
#include "CommandLine.h"
#include "Merge.h"
#include "Outputs.h"
#include "ResultCache.h"
#include "WorkList.h"

#include "llvm/ADT/StringRef.h"

#include <chrono>
#include <signal.h>

int main(int argc, const char **argv) {
  using namespace serialscope;
  auto StartTime = std::chrono::steady_clock::now();
  // Past a file size limit (ulimit -f), a write fails with EFBIG, which is reported, instead
  // of the signal killing the process with half a file written.
  signal(SIGXFSZ, SIG_IGN);
  if (argc > 1 && llvm::StringRef(argv[1]) == "merge")
    return runMerge(argc - 1, argv + 1);

  llvm::Expected<Invocation> Run = parseCommandLine(argc, argv);
  if (!Run)
    return fail(llvm::toString(Run.takeError()));
  llvm::Expected<WorkList> Work = collectWork(*Run);
  if (!Work)
    return fail(llvm::toString(Work.takeError()));

  RunSettings Settings = runSettings(*Run, Work->Units.size());
  std::unique_ptr<ResultCache> Cache = openRunCache(*Run, Work->BuildDirectory);
  Settings.Cache = Cache.get();
  RunOutcome Outcome = analyzeAll(*Work->Database, Work->Units, Settings, *Run,
                                  std::move(Work->Failures));
  Outcome.MergedEntries = Work->MergedEntries;
  if (Cache)
    Cache->trim();
  writeOutputs(*Run, Outcome);
  printSummary(Outcome, Work->Units.size(), StartTime);
  return exitStatus(Outcome);
}
