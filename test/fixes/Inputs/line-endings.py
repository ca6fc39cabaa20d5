#!/usr/bin/env python3
"""Line-ending helpers for fix tests, which keep their inputs with LF in the repository.

  line-endings.py crlf <input> <output>     writes <input> with CRLF line endings
  line-endings.py check-crlf <before> <after>
      fails unless <after> differs from <before> and every line of it ends in CRLF
      (no bare LF, no CR CR LF)
"""
import re
import sys


def main():
    command, first, second = sys.argv[1:4]
    with open(first, 'rb') as f:
        before = f.read()
    if command == 'crlf':
        with open(second, 'wb') as f:
            f.write(before.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'))
        return 0
    with open(second, 'rb') as f:
        after = f.read()
    if after == before:
        sys.stderr.write('line-endings.py: the file did not change\n')
        return 1
    for number, line in enumerate(after.split(b'\n')[:-1], 1):
        if not line.endswith(b'\r') or line.endswith(b'\r\r'):
            sys.stderr.write('line-endings.py: line %d ends in %r\n'
                             % (number, line[-2:] + b'\n'))
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
