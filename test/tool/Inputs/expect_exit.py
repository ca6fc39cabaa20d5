#!/usr/bin/env python3
"""Runs a command and fails unless it exits with the expected status.

Usage: expect_exit.py <status> <command> [args...]
stdout and stderr pass through unchanged, so the output can still be FileChecked. A death by
signal (a crash) never matches: Python reports it as a negative status.
"""
import subprocess
import sys

expected = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:])
if proc.returncode != expected:
    sys.stderr.write('expect_exit: %s exited with %d, expected %d\n'
                     % (sys.argv[2], proc.returncode, expected))
    sys.exit(1)
