#!/bin/sh
# Long fuzzing runs (`make fuzz`): each target for FUZZ_TIME seconds, seeded from fuzz/corpus/<target>
# (and, for the analysis, the test inputs). New inputs go to <build>/fuzz-corpus/<target>, crashes
# to <build>/fuzz-artifacts/. Prints the executions of each target; exits 1 if any target failed.
# usage: fuzz/run.sh <sanitizer build dir> [seconds per target] [target...]
set -u
build=${1:?usage: fuzz/run.sh <build dir> [seconds] [target...]}
time=${2:-300}
shift; [ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
targets=${*:-compile-database tidy-config sarif analysis}
status=0
for target in $targets; do
  binary=$build/fuzz/fuzz-$target
  [ -x "$binary" ] || { echo "fuzz: $binary is missing (configure with -DSERIALSCOPE_FUZZERS=ON)"; exit 2; }
  mkdir -p "$build/fuzz-corpus/$target" "$build/fuzz-artifacts"
  seeds=$here/corpus/$target
  [ "$target" = analysis ] && seeds="$seeds $here/../test/fixes $here/../test/detection"
  log=$build/fuzz-artifacts/$target.log
  # shellcheck disable=SC2086 # $seeds is a list of directories
  if "$binary" -max_total_time="$time" -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$target-" "$build/fuzz-corpus/$target" $seeds \
      >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (input and report: $build/fuzz-artifacts/$target-*, $log)"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "fuzz-$target: ${runs:-?} executions in ${time}s: $result"
done
exit $status
