#!/usr/bin/env python3
"""Checks and uses serialscope's SARIF logs in tests.

  sarif_check.py github <log>        assert what GitHub code scanning requires (see
                                     test/sarif/github-requirements.test), print "ok"
  sarif_check.py results <log>       one line per result: uri:startLine:startColumn-endLine:
                                     endColumn type tier scope evidence fingerprint fixes=N
  sarif_check.py related <log>       the relatedLocations of every result
  sarif_check.py apply <log> <root>  apply every fix's replacements (byte regions) to the
                                     files below <root>, as a SARIF consumer would
"""
import json
import os
import re
import sys


def fail(message):
    sys.stderr.write('sarif_check: FAIL: %s\n' % message)
    sys.exit(1)


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def text(obj, key, where):
    value = obj.get(key, {}).get('text') if isinstance(obj.get(key), dict) else None
    if not isinstance(value, str) or not value.strip():
        fail('%s: no non-empty %s.text' % (where, key))
    return value


def github(log):
    if log.get('version') != '2.1.0' or len(log.get('runs', [])) != 1:
        fail('expected one SARIF 2.1.0 run')
    run = log['runs'][0]
    driver = run['tool']['driver']
    for key in ('name', 'version', 'informationUri'):
        if not driver.get(key):
            fail('tool.driver has no %s' % key)
    rules = driver.get('rules', [])
    expected = ['serialscope-non-resolvable-type', 'serialscope-duplicate-registration-key']
    if [rule.get('id') for rule in rules] != expected:
        fail('rule ids are %r, expected %r' % ([rule.get('id') for rule in rules], expected))
    for rule in rules:
        text(rule, 'shortDescription', 'rule')
        text(rule, 'fullDescription', 'rule')
        text(rule, 'help', 'rule')
        if not rule['help'].get('markdown'):
            fail('rule help has no markdown')
        page = rule['id'][len('serialscope-'):]
        if not re.match(r'^https://.*/docs/checks/%s\.md$' % page, rule.get('helpUri', '')):
            fail('rule helpUri %r is not the docs page' % rule.get('helpUri'))
    automation = run.get('automationDetails', {}).get('id', '')
    if not re.match(r'^[^/]+/[^/]*$', automation):
        fail('automationDetails.id %r is not "category/run-id"' % automation)
    bases = run.get('originalUriBaseIds', {})
    if not bases.get('%SRCROOT%', {}).get('uri', '').endswith('/'):
        fail('%SRCROOT% has no directory URI')
    for i, result in enumerate(run['results']):
        where = 'result %d' % i
        text(result, 'message', where)
        index = result.get('ruleIndex')
        if not isinstance(index, int) or index >= len(rules) or \
                result.get('ruleId') != rules[index]['id']:
            fail('%s: ruleId/ruleIndex do not name the rule' % where)
        locations = result.get('locations', [])
        if not locations:
            fail('%s: no location' % where)
        physical = locations[0]['physicalLocation']
        artifact = physical['artifactLocation']
        if artifact.get('uriBaseId') != '%SRCROOT%' or artifact['uri'].startswith(('/', 'file:')):
            fail('%s: URI %r is not relative to %%SRCROOT%%' % (where, artifact['uri']))
        region = physical.get('region', {})
        for key in ('startLine', 'startColumn', 'endLine', 'endColumn'):
            if not isinstance(region.get(key), int) or region[key] < 1:
                fail('%s: region has no %s' % (where, key))
        fingerprint = result.get('partialFingerprints', {}).get('primaryLocationLineHash', '')
        if not re.match(r'^[0-9a-f]{16}:[0-9]+$', fingerprint):
            fail('%s: primaryLocationLineHash %r' % (where, fingerprint))
        for fix in result.get('fixes', []):
            if not fix.get('artifactChanges'):
                fail('%s: a fix with an empty artifactChanges' % where)
            for change in fix['artifactChanges']:
                if not change.get('replacements'):
                    fail('%s: an artifactChange with no replacements' % where)
    print('ok: %d results' % len(run['results']))


def results(log):
    for result in log['runs'][0]['results']:
        physical = result['locations'][0]['physicalLocation']
        region = physical['region']
        props = result['properties']
        print('%s:%d:%d-%d:%d %s %s %s %s %s fixes=%d' % (
            physical['artifactLocation']['uri'], region['startLine'], region['startColumn'],
            region['endLine'], region['endColumn'], props['type'], props['tier'],
            props.get('scope', props.get('key')), ','.join(props.get('evidence', [])), result['partialFingerprints']['primaryLocationLineHash'],
            sum(len(c['replacements']) for f in result.get('fixes', [])
                for c in f['artifactChanges'])))


def related(log):
    for result in log['runs'][0]['results']:
        print('result %s' % result['properties']['type'])
        for location in result.get('relatedLocations', []):
            physical = location.get('physicalLocation')
            where = '-'
            if physical:
                where = '%s:%d:%d' % (physical['artifactLocation']['uri'],
                                      physical['region']['startLine'],
                                      physical['region']['startColumn'])
            print('  %d %s %s' % (location['id'], where, location['message']['text']))


def apply(log, root):
    run = log['runs'][0]
    base = run['originalUriBaseIds']['%SRCROOT%']['uri']
    edits = {}
    for result in run['results']:
        for fix in result.get('fixes', []):
            for change in fix['artifactChanges']:
                artifact = change['artifactLocation']
                path = os.path.join(root, artifact['uri']) if artifact.get('uriBaseId') else \
                    artifact['uri'][len('file://'):]
                for r in change['replacements']:
                    edits.setdefault(path, []).append(
                        (r['deletedRegion']['byteOffset'], r['deletedRegion']['byteLength'],
                         r.get('insertedContent', {}).get('text', '').encode('utf-8')))
    for path, changes in edits.items():
        with open(path, 'rb') as f:
            data = f.read()
        # Apply from the end so offsets stay valid; equal offsets keep their order.
        out, done = b'', 0
        for offset, length, new in sorted(changes, key=lambda c: c[0]):
            if offset < done:
                fail('overlapping replacements in %s' % path)
            out += data[done:offset] + new
            done = offset + length
        out += data[done:]
        with open(path, 'wb') as f:
            f.write(out)
    print('applied %d file(s) from %s' % (len(edits), base))


def main():
    command, path = sys.argv[1], sys.argv[2]
    log = load(path)
    if command == 'github':
        github(log)
    elif command == 'results':
        results(log)
    elif command == 'related':
        related(log)
    elif command == 'apply':
        apply(log, sys.argv[3])
    else:
        fail('unknown command %s' % command)


if __name__ == '__main__':
    main()
