//===- Progress.h - how far a run is, on a terminal or in a log ----------===//
#ifndef SERIALSCOPE_TOOL_PROGRESS_H
#define SERIALSCOPE_TOOL_PROGRESS_H

#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstddef>

namespace serialscope {

/// On a terminal: one bar line, redrawn in place, with counts and ETA. Elsewhere (CI logs):
/// a plain line every `Interval` seconds. Output that goes to the same terminal must call
/// clear() first, so that the bar never splits a line of findings.
class Progress {
public:
  enum class Style { Off, Bar, Lines };
  Progress(Style S, double IntervalSeconds, llvm::raw_ostream &OS);

  void start(size_t Total);
  void update(size_t Done, size_t Failed);
  /// Erases the bar (no-op for lines), so other output starts on a clean line.
  void clear();
  void finish();

  static Style detect(llvm::raw_ostream &OS);

private:
  std::string status(size_t Done, size_t Failed) const;

  Style Kind;
  double Interval;
  llvm::raw_ostream &OS;
  size_t Total = 0, LastDone = 0, LastFailed = 0;
  bool BarShown = false;
  std::chrono::steady_clock::time_point Start, LastDraw;
};

} // namespace serialscope

#endif
