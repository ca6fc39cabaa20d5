//===- SarifFuzzer.cpp - SARIF shards as `serialscope merge` reads them ---===//
//
// The input is a SARIF log (a plugin's shard). What readSarif accepts, makeSarif writes again
// (merge's output) and readSarif must read back to the same findings: a merged log is exactly
// what one run would write. The same text also goes through fromJson, the reader of the
// reports a standalone worker sends its driver.
//===----------------------------------------------------------------------===//
#include "FuzzCheck.h"
#include "Report.h"
#include "Sarif.h"

#include <cstddef>
#include <cstdint>

namespace {

void checkSameReports(const std::vector<serialscope::Report> &Before,
                      const std::vector<serialscope::Report> &After) {
  FUZZ_CHECK(Before.size() == After.size(), "every finding survives a rewrite");
  for (size_t I = 0; I < Before.size(); ++I) {
    const serialscope::Report &A = Before[I], &B = After[I];
    FUZZ_CHECK(A.key() == B.key(), "a finding keeps its file and offset");
    FUZZ_CHECK(A.Message == B.Message && A.TypeName == B.TypeName && A.Scope == B.Scope,
               "a finding keeps its message, type and scope");
    FUZZ_CHECK(A.Notes.size() == B.Notes.size(), "a finding keeps its notes");
    FUZZ_CHECK(A.Fix.size() == B.Fix.size(), "a finding keeps its fix");
    for (size_t E = 0; E < A.Fix.size(); ++E)
      FUZZ_CHECK(A.Fix[E].File == B.Fix[E].File && A.Fix[E].Offset == B.Fix[E].Offset &&
                     A.Fix[E].Length == B.Fix[E].Length && A.Fix[E].Text == B.Fix[E].Text,
                 "a fix keeps its edits");
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  nlohmann::json Log = nlohmann::json::parse(Data, Data + Size, nullptr,
                                             /*allow_exceptions=*/false);
  if (Log.is_discarded())
    return 0;

  serialscope::Report Worker;
  if (serialscope::fromJson(Log, Worker)) {
    serialscope::Report Again;
    FUZZ_CHECK(serialscope::fromJson(serialscope::toJson(Worker), Again),
               "a worker's report reads back");
    checkSameReports({Worker}, {Again});
  }

  std::vector<serialscope::Report> Reports;
  std::vector<serialscope::SarifFailure> Failures;
  std::string Error;
  if (!serialscope::readSarif(Log, Reports, Failures, Error)) {
    FUZZ_CHECK(!Error.empty(), "a refused log says why");
    return 0;
  }
  serialscope::SarifSettings Settings; // No source root: every URI is absolute.
  Settings.Failures = Failures;
  nlohmann::json Written = serialscope::makeSarif(Reports, Settings);
  std::vector<serialscope::Report> Reread;
  std::vector<serialscope::SarifFailure> RereadFailures;
  FUZZ_CHECK(serialscope::readSarif(Written, Reread, RereadFailures, Error),
             "what makeSarif writes, readSarif reads");
  checkSameReports(Reports, Reread);
  FUZZ_CHECK(RereadFailures.size() == Failures.size(), "every failure survives a rewrite");
  return 0;
}
