#!/usr/bin/env python3
"""Runs the lit suite against each build tree given (default: build) and ends with one line
for all of them: `N passed, M failed`. Options after `--` go to lit."""
import os
import re
import subprocess
import sys

args = sys.argv[1:]
lit_args = []
if '--' in args:
    lit_args = args[args.index('--') + 1:]
    args = args[:args.index('--')]
builds = args or ['build']


def lit_of(build):
    """The lit that CMake found for this build tree (LIT in the environment wins)."""
    if 'LIT' in os.environ:
        return os.environ['LIT']
    with open(os.path.join(build, 'CMakeCache.txt')) as cache:
        for line in cache:
            if line.startswith('SERIALSCOPE_LIT:'):
                return line.split('=', 1)[1].strip()
    sys.exit('serialscope: %s/CMakeCache.txt names no lit; configure it again' % build)

SUMMARY = re.compile(r'^\s*(Passed|Failed|Unresolved|Timed Out|Unsupported|Expectedly Failed|'
                     r'Unexpectedly Passed)\s*:\s*(\d+)')
passed = failed = 0
for build in builds:
    print('serialscope: the suite against %s/' % build.rstrip('/'), flush=True)
    cmd = [sys.executable, lit_of(build), '-sv', os.path.join(build, 'test')] + lit_args
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            universal_newlines=True)
    counts = {}
    for line in proc.stdout:
        sys.stdout.write(line)
        match = SUMMARY.match(line)
        if match:
            counts[match.group(1)] = int(match.group(2))
    status = proc.wait()
    build_failed = sum(counts.get(k, 0) for k in ('Failed', 'Unresolved', 'Timed Out',
                                                   'Unexpectedly Passed'))
    if status != 0 and build_failed == 0:
        build_failed = 1  # lit itself failed (no summary): never report success
    passed += counts.get('Passed', 0) + counts.get('Expectedly Failed', 0)
    failed += build_failed
sys.stdout.flush()
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
