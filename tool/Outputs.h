//===- Outputs.h - what a run writes: reports, fixes, the summary ---------===//
#ifndef SERIALSCOPE_TOOL_OUTPUTS_H
#define SERIALSCOPE_TOOL_OUTPUTS_H

#include "AnalysisRun.h"
#include "CommandLine.h"

#include <chrono>

namespace serialscope {

/// Writes the --export-fixes YAML, the SARIF log, the Code Quality report, then the fixes
/// (--fix). Every file that cannot be written is a failure of the outcome, named on its own
/// line; the others are still written.
void writeOutputs(const Invocation &Run, RunOutcome &Outcome);

/// The summary on standard error: units, findings, files with fixes, failures by kind.
void printSummary(const RunOutcome &Outcome, size_t Units,
                  std::chrono::steady_clock::time_point Start);

/// 0 no findings, 1 findings, 2 when anything failed.
int exitStatus(const RunOutcome &Outcome);

} // namespace serialscope

#endif
