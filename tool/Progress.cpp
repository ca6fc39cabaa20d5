//===- Progress.cpp -------------------------------------------------------===//
#include "Progress.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"

#include <cmath>

namespace serialscope {
namespace {

std::string duration(double Seconds) {
  long Total = std::lround(Seconds);
  std::string Result;
  llvm::raw_string_ostream(Result) << llvm::format("%ld:%02ld", Total / 60, Total % 60);
  return Result;
}

} // namespace

Progress::Progress(Style S, double IntervalSeconds, llvm::raw_ostream &OS)
    : Kind(S), Interval(IntervalSeconds), OS(OS) {}

Progress::Style Progress::detect(llvm::raw_ostream &OS) {
  return OS.is_displayed() ? Style::Bar : Style::Lines;
}

void Progress::start(size_t N) {
  Total = N;
  Start = LastDraw = std::chrono::steady_clock::now();
}

std::string Progress::status(size_t Done, size_t Failed) const {
  double Elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
  std::string Text = std::to_string(Done) + "/" + std::to_string(Total) + " TUs";
  if (Failed)
    Text += ", " + std::to_string(Failed) + " failed";
  if (Done > 0 && Done < Total)
    Text += ", ETA " + duration(Elapsed / Done * (Total - Done));
  else
    Text += ", " + duration(Elapsed) + " elapsed";
  return Text;
}

void Progress::update(size_t Done, size_t Failed) {
  LastDone = Done;
  LastFailed = Failed;
  if (Kind == Style::Off || Total == 0)
    return;
  auto Now = std::chrono::steady_clock::now();
  double SinceDraw = std::chrono::duration<double>(Now - LastDraw).count();
  if (Kind == Style::Lines) {
    if (SinceDraw < Interval)
      return;
    OS << "serialscope: " << status(Done, Failed) << "\n";
  } else {
    // Redraw at most ten times a second: terminals are slow.
    if (SinceDraw < 0.1 && Done != Total && BarShown)
      return;
    constexpr unsigned Width = 30;
    unsigned Filled = Total ? unsigned(Width * Done / Total) : Width;
    std::string Bar(Filled, '=');
    if (Filled < Width)
      Bar += '>' + std::string(Width - Filled - 1, ' ');
    OS << "\r\x1b[K[" << Bar << "] " << llvm::format("%3u%%", unsigned(100 * Done / Total)) << " "
       << status(Done, Failed);
    BarShown = true;
  }
  LastDraw = Now;
  OS.flush();
}

void Progress::clear() {
  if (Kind == Style::Bar && BarShown) {
    OS << "\r\x1b[K";
    OS.flush();
    BarShown = false;
  }
}

void Progress::finish() { clear(); }

} // namespace serialscope
