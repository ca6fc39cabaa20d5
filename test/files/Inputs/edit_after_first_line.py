#!/usr/bin/env python3
"""A slow reader that edits a file meanwhile: reads the first line of standard input, appends
`Text` to `File` (as an editor or a formatter would), then reads the rest.

Usage: edit_after_first_line.py <file> <text>
Prints the first line and the number of bytes read in all. The writer of standard input is held
at its write until this reads on, when it prints more than a pipe holds: so the edit happens
while the writer is still printing, before whatever it does after that.
"""
import sys

first = sys.stdin.buffer.readline()
with open(sys.argv[1], 'a') as f:
    f.write(sys.argv[2] + '\n')
rest = sys.stdin.buffer.read()
sys.stdout.write(first.decode('utf-8', 'replace'))
sys.stdout.write('%d bytes read\n' % (len(first) + len(rest)))
