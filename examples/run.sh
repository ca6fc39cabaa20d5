#!/bin/sh
# Runs serialscope on the bundled example project, then fixes a copy of it and proves that the
# fixed copy builds and behaves like the original.
#
#   examples/run.sh <serialscope build dir>      (what `make example` runs)
#
# Builds go to <build dir>/example and <build dir>/example-fixed; the fixed sources to
# examples/out/ (not committed).
set -eu

if [ $# -ne 1 ] || [ ! -x "$1/serialscope" ]; then
  echo "usage: $0 <serialscope build dir>  (the directory that holds the serialscope binary)" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
serialscope="$build/serialscope"
out="$here/out"

step() { printf '\n== %s\n' "$*"; }

# Runs serialscope and accepts its exit status 0 (no findings) or 1 (findings); 2 is an error.
analyze() {
  status=0
  "$serialscope" "$@" || status=$?
  [ "$status" -le 1 ] || { echo "run.sh: serialscope failed (exit status $status)" >&2; exit 1; }
}

configure() { # <source dir> <build dir>
  cmake -S "$1" -B "$2" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$2.log" 2>&1 ||
    { cat "$2.log" >&2; exit 1; }
}

mkdir -p "$build/example" "$build/example-fixed"

step "serialscope -p $build/example   (the example as written)"
configure "$here" "$build/example"
analyze -p "$build/example"

step "serialscope --fix on a copy in examples/out"
rm -rf "$out"
mkdir -p "$out"
cp -R "$here/CMakeLists.txt" "$here/include" "$here/src" "$out/"
configure "$out" "$build/example-fixed"
analyze -p "$build/example-fixed" --fix >"$build/example-fixed/fix.log"
# The diff, without the timestamps that would only be noise here.
tab=$(printf '\t')
(cd "$here" && diff -ru src out/src || true) | sed -E "s/^((---|\+\+\+) [^$tab]*)$tab.*/\1/"

step "the fixed copy still has the finding that has no fix"
analyze -p "$build/example-fixed"

step "building the original and the fixed copy, and running both"
ninja -C "$build/example" >"$build/example/ninja.log" 2>&1 ||
  { cat "$build/example/ninja.log" >&2; exit 1; }
ninja -C "$build/example-fixed" >"$build/example-fixed/ninja.log" 2>&1 ||
  { cat "$build/example-fixed/ninja.log" >&2; exit 1; }
"$build/example/shop" >"$build/example/output.txt"
"$build/example-fixed/shop" >"$build/example-fixed/output.txt"
cat "$build/example-fixed/output.txt"
if cmp -s "$build/example/output.txt" "$build/example-fixed/output.txt"; then
  echo "The fixed copy builds and prints the same as the original."
else
  echo "run.sh: the fixed copy prints something else:" >&2
  diff "$build/example/output.txt" "$build/example-fixed/output.txt" >&2
  exit 1
fi
