//===- Merge.h - serialscope merge: SARIF shards into one run -------------===//
#ifndef SERIALSCOPE_TOOL_MERGE_H
#define SERIALSCOPE_TOOL_MERGE_H

namespace serialscope {

/// `serialscope merge [--sarif-root=<dir>] [--sarif-category=<name>] [-o <file>]
/// [--gitlab-codequality=<file>] <inputs...>`: reads SARIF shards (files, or directories whose
/// *.sarif files are read), deduplicates findings seen by several translation units (a type in
/// a header) and writes one run, and GitLab's Code Quality report of the same findings.
/// Exit status as the tool's: 0 no findings, 1 findings, 2 error.
int runMerge(int argc, const char **argv);

} // namespace serialscope

#endif
