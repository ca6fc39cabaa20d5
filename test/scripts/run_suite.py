#!/usr/bin/env python3
"""Runs the lit suite of a build tree and ends with one line: `N passed, M failed`."""
import os
import re
import subprocess
import sys

build = sys.argv[1] if len(sys.argv) > 1 else 'build'
lit = os.environ.get('LIT', '/usr/lib/llvm-19/build/utils/lit/lit.py')
cmd = [sys.executable, lit, '-sv', os.path.join(build, 'test')] + sys.argv[2:]
proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                        universal_newlines=True)
counts = {}
for line in proc.stdout:
    sys.stdout.write(line)
    match = re.match(r'^\s*(Passed|Failed|Unresolved|Timed Out|Unsupported|Expectedly Failed|'
                     r'Unexpectedly Passed)\s*:\s*(\d+)', line)
    if match:
        counts[match.group(1)] = int(match.group(2))
status = proc.wait()
passed = counts.get('Passed', 0) + counts.get('Expectedly Failed', 0)
failed = sum(counts.get(k, 0) for k in ('Failed', 'Unresolved', 'Timed Out',
                                         'Unexpectedly Passed'))
if status != 0 and failed == 0:
    failed = 1  # lit itself failed (no summary): never report success
sys.stdout.flush()
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
