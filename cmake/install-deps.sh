#!/bin/sh
# Installs what building and testing serialscope needs on Debian 12, skipping what is there.
# Arguments: the LLVM/Clang major versions to build for (default 19); the first one also gets
# the sanitizer and fuzzer runtimes (the sanitizer build uses it).
set -eu

[ $# -gt 0 ] || set -- 19
packages="cmake ninja-build python3 pkg-config
  nlohmann-json3-dev libboost-serialization-dev libcereal-dev qtbase5-dev libmsgpack-cxx-dev
  googletest libgtest-dev git pre-commit python3-yaml libclang-rt-$1-dev libfuzzer-$1-dev"
for v in "$@"; do
  packages="$packages llvm-$v-dev libclang-$v-dev clang-$v clang-tidy-$v clang-tools-$v llvm-$v-tools"
done

missing=""
# Node.js (for the SARIF schema validator) may come from elsewhere with its own npm.
command -v npm >/dev/null 2>&1 || missing=" nodejs npm"
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  echo "serialscope: installing$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The SARIF schema validator of the test suite (ajv, ajv-draft-04, ajv-formats; versions pinned
# in test/sarif/package-lock.json), installed into test/sarif/node_modules, nothing global.
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$root/test/sarif/node_modules/ajv-draft-04" ] || [ ! -d "$root/test/sarif/node_modules/ajv-formats" ]; then
  echo "serialscope: installing the SARIF validator into test/sarif/node_modules"
  npm ci --prefix "$root/test/sarif" --no-audit --no-fund --silent
fi
