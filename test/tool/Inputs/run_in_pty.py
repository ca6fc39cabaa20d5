#!/usr/bin/env python3
"""Runs a command with stderr on a pseudo-terminal (stdout stays a pipe) and prints what the
terminal received, with carriage returns and escapes made visible as <CR> and <ESC>.

Usage: run_in_pty.py <command> [args...]   Exits with the command's status.
"""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stderr=slave, stdout=subprocess.PIPE)
os.close(slave)
received = b''
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:  # EIO: the last writer closed the terminal
        break
    if not chunk:
        break
    received += chunk
out = proc.stdout.read()
status = proc.wait()
text = received.decode('utf-8', 'replace').replace('\r\n', '\n')
sys.stdout.write(text.replace('\r', '<CR>').replace('\x1b', '<ESC>'))
sys.stdout.write('\n--- stdout ---\n' + out.decode('utf-8', 'replace'))
sys.exit(status)
