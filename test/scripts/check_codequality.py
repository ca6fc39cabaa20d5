#!/usr/bin/env python3
"""Checks a GitLab Code Quality report (serialscope --gitlab-codequality) in tests.

  check_codequality.py <report>   assert the shape GitLab reads (a JSON array of issues, each
                                  with a non-empty description, check_name and fingerprint, a
                                  severity GitLab knows, a relative location.path and a
                                  location.lines.begin >= 1; fingerprints unique), then print
                                  one line per issue: path:line severity check_name fingerprint

What GitLab requires: docs.gitlab.com/ci/testing/code_quality (the "Code Quality report
format" section).
"""
import json
import sys

SEVERITIES = {'info', 'minor', 'major', 'critical', 'blocker'}


def fail(message):
    sys.stderr.write('check_codequality: FAIL: %s\n' % message)
    sys.exit(1)


def non_empty_string(issue, key, where):
    value = issue.get(key)
    if not isinstance(value, str) or not value.strip():
        fail('%s: %s is not a non-empty string: %r' % (where, key, value))
    return value


def check(issues):
    if not isinstance(issues, list):
        fail('the report is not a JSON array')
    seen = {}
    lines = []
    for index, issue in enumerate(issues):
        where = 'issue %d' % index
        if not isinstance(issue, dict):
            fail('%s is not an object' % where)
        non_empty_string(issue, 'description', where)
        check_name = non_empty_string(issue, 'check_name', where)
        fingerprint = non_empty_string(issue, 'fingerprint', where)
        severity = issue.get('severity')
        if severity not in SEVERITIES:
            fail('%s: severity %r is none of %s' % (where, severity, sorted(SEVERITIES)))
        location = issue.get('location')
        if not isinstance(location, dict):
            fail('%s: no location object' % where)
        path = non_empty_string(location, 'path', where + ' location')
        if path.startswith('/') or path.startswith('./') or '\\' in path:
            fail('%s: location.path %r is not relative to the repository' % (where, path))
        begin = location.get('lines', {}).get('begin') if isinstance(
            location.get('lines'), dict) else None
        # bool is an int in Python; GitLab wants a number.
        if not isinstance(begin, int) or isinstance(begin, bool) or begin < 1:
            fail('%s: location.lines.begin is not a line number: %r' % (where, begin))
        if fingerprint in seen:
            fail('%s and %s have the same fingerprint %s' % (seen[fingerprint], where, fingerprint))
        seen[fingerprint] = where
        lines.append('%s:%d %s %s %s' % (path, begin, severity, check_name, fingerprint))
    return lines


def main():
    if len(sys.argv) != 2:
        fail('usage: check_codequality.py <report>')
    try:
        with open(sys.argv[1], encoding='utf-8') as f:
            issues = json.load(f)
    except (OSError, ValueError) as error:
        fail('cannot read %s: %s' % (sys.argv[1], error))
    for line in check(issues):
        print(line)


if __name__ == '__main__':
    main()
