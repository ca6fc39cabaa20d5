//===- FixVerification.h - fixes handed out only when they hold together --===//
//
// A translation unit's fixes are planned on one AST, under one compile command. The tool hands
// out the fixes of many units at once, for files that several units (several configurations
// of one file: `-DCOVERAGE` and not) see. Before any fix is written or exported, these checks
// take away the fixes that would not hold together, each with a note that says why.
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_TOOL_FIXVERIFICATION_H
#define SERIALSCOPE_TOOL_FIXVERIFICATION_H

#include "FixBlocker.h"
#include "Report.h"
#include "TranslationUnitRunner.h"
#include <map>
#include <string>
#include <vector>

namespace serialscope {

/// Takes the fix away from a report, with the reason; notes about what the fix did go too.
/// `FixFrom` is the report's entry in the run's fix-origin list.
void dropFix(Report &R, size_t &FixFrom, const FixBlocker &Why);

/// A fix is applied whole or not at all. A fix whose edits overlap an earlier report's fix in
/// the same file loses its fix (edits identical to ones already taken are applied once).
/// Returns how many fixes were dropped.
unsigned dropOverlappingFixes(std::vector<Report> &Reports, std::vector<size_t> &FixFrom);

/// Every file's text with all its fixes applied, by absolute path.
std::map<std::string, std::string> fixedFiles(const std::vector<Report> &Reports);

/// Analyzes again, with every fixed file's new text in memory, each unit whose fixes change a
/// file and each unit whose main file changes, under every compile command the database has
/// for it. A file whose new text fails to compile in one of them loses all its fixes. Repeats
/// until every remaining fix compiles. Returns how many units were analyzed again.
unsigned verifyFixes(const clang::tooling::CompilationDatabase &Database,
                     const std::vector<TranslationUnitJob> &Units, const RunSettings &Settings,
                     std::vector<Report> &Reports, std::vector<size_t> &FixFrom);

} // namespace serialscope

#endif
