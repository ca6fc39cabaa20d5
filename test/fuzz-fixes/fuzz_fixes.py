#!/usr/bin/env python3
"""The fix fuzzer: generates programs, fixes them with serialscope, checks the fixes.

For each seed: generate a program (generate.py), compile and run it (a program that does not
compile or run is a generator bug), run `serialscope --fix`, then
  * every finding refused (a `no fix` note each): the file must be byte-identical;
  * a finding with a fix: the file must change, compile, and print what the original printed
    (also in the other configuration of its `#if` regions, when it has one);
  * `--fix` on the fixed file changes nothing.
Failures are saved under the output folder as <kind>/seed-<N>/ (program, fixed file, diff,
log with the commands); the summary lists them by kind. Exit status 1 when anything failed.

Usage: fuzz_fixes.py --serialscope build/serialscope [--start S] [--count N] [-j 2] [--out DIR]
"""
import argparse
import collections
import difflib
import multiprocessing
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import generate  # noqa: E402

DIAG = re.compile(r'^(.*?):(\d+):(\d+): (warning|error|note): (.*)$')
TIMEOUT = 300

# Shapes that hit an open engine bug, with the test that documents it. Pass them to --avoid
# to keep a seed range green while the bug is open; the tests are XFAIL until it is fixed.
KNOWN_BUGS = {}


class Failure(Exception):
    def __init__(self, kind, detail):
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


def run(cmd, log, timeout=TIMEOUT):
    log.append('$ ' + ' '.join(cmd))
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure('timeout', '%s took over %ds' % (cmd[0], timeout))
    log.append(proc.stdout + proc.stderr + '[exit %d]' % proc.returncode)
    return proc


def findings(text):
    """[(warning line, refused?)] from the tool's output, warnings in order."""
    result = []
    for line in text.splitlines():
        match = DIAG.match(line)
        if not match:
            continue
        kind, message = match.group(4), match.group(5)
        if kind == 'warning':
            result.append([message, None])
        elif kind == 'note' and message.startswith('no fix') and result:
            result[-1][1] = message
    return result


def refusal_kind(note):
    """A refusal note without its names, to count refusals by what blocks them."""
    return re.sub(r"'[^']*'", "'…'", note)


class Check:
    def __init__(self, args, seed, work):
        self.args = args
        self.program = generate(seed, args.avoid)
        self.work = work
        self.log = []

    def path(self, name):
        folder = os.path.join(self.work, name)
        os.makedirs(folder, exist_ok=True)
        return os.path.join(folder, 'program.cpp')

    def write(self, name, text):
        path = self.path(name)
        with open(path, 'w', newline='', encoding='utf-8') as f:
            f.write(text)
        return path

    def build_and_run(self, path, flags, kind):
        other = flags != self.program.flags
        exe = path[:-len('.cpp')] + ('-other' if other else '')
        proc = run([self.args.clangxx] + flags + [path, '-o', exe] + self.program.link, self.log)
        if proc.returncode != 0:
            raise Failure(kind + ('-compile-other-config' if other else '-compile'),
                          proc.stderr[-4000:])
        proc = run([exe], self.log, timeout=60)
        return proc.returncode, proc.stdout

    def serialscope_fix(self, path):
        cmd = [self.args.serialscope, '--fix', '-j', '1']
        for option in self.program.options:
            cmd += ['--option', option]
        proc = run(cmd + [path, '--'] + self.program.flags, self.log)
        if proc.returncode not in (0, 1):
            raise Failure('tool-error', 'exit %d\n%s' % (proc.returncode, proc.stderr[-4000:]))
        return proc

    def outputs(self, path):
        result = {'main': self.build_and_run(path, self.program.flags, self.stage)}
        if self.program.alt_flags:
            result['other configuration'] = self.build_and_run(path, self.program.alt_flags,
                                                               self.stage)
        return result

    def run(self):
        self.stage = 'generator'
        original = self.program.source
        before = self.outputs(self.write('original', original))
        for rc, out in before.values():
            if rc != 0 or not out:
                raise Failure('generator-run', 'exit %d, output:\n%s' % (rc, out))
        fix_path = self.write('fixed', original)
        found = findings(self.serialscope_fix(fix_path).stdout)
        with open(fix_path, newline='', encoding='utf-8') as f:
            fixed = f.read()
        self.result = {'findings': len(found), 'refused': [n for _, n in found if n],
                       'changed': fixed != original}
        if len(found) != self.program.serializable_types:
            raise Failure('finding-count', '%d findings for %d serializable types:\n%s'
                          % (len(found), self.program.serializable_types,
                             '\n'.join(w for w, _ in found)))
        offered = [w for w, n in found if not n]
        if not offered:
            if fixed != original:
                raise Failure('refused-but-changed', 'every finding was refused')
            return
        if fixed == original:
            raise Failure('fix-not-applied', 'findings without a `no fix` note:\n'
                          + '\n'.join(offered))
        if original.startswith('\ufeff') and (not fixed.startswith('\ufeff')
                                               or fixed.count('\ufeff') != 1):
            raise Failure('byte-order-mark', 'the fixed file lost or repeated the BOM')
        if '\r\n' in original and (re.search(r'(?<!\r)\n', fixed) or '\r\r' in fixed):
            raise Failure('line-endings', 'a CRLF file got LF or CRCRLF line endings')
        self.stage = 'fixed'
        after = self.outputs(fix_path)
        for config, result in before.items():
            if after[config] != result:
                raise Failure('behaviour-changed', '%s: before (exit %d):\n%s\nafter (exit %d):\n%s'
                              % (config, result[0], result[1], after[config][0],
                                 after[config][1]))
        again_path = self.write('again', fixed)
        self.serialscope_fix(again_path)
        with open(again_path, newline='', encoding='utf-8') as f:
            again = f.read()
        if again != fixed:
            raise Failure('second-fix-changed', diff(fixed, again, 'fixed', 'fixed again'))


def diff(a, b, name_a, name_b):
    return '\n'.join(difflib.unified_diff(a.splitlines(), b.splitlines(), name_a, name_b,
                                          lineterm=''))


def cpu_seconds():
    """CPU time of this worker's finished children (compilers, serialscope, programs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def check_seed(job):
    args, seed = job
    work = os.path.join(args.out, 'work', 'seed-%d' % seed)
    start = time.monotonic()
    cpu_start = cpu_seconds()
    check = Check(args, seed, work)
    check.result = {'findings': 0, 'refused': [], 'changed': False}
    outcome = {'seed': seed, 'shapes': check.program.shapes, 'kind': None}
    try:
        check.run()
    except Failure as failure:
        outcome['kind'] = failure.kind
        save_failure(args, check, failure)
    outcome.update(check.result)
    outcome['seconds'] = time.monotonic() - start
    outcome['cpu'] = cpu_seconds() - cpu_start
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return outcome


def save_failure(args, check, failure):
    folder = os.path.join(args.out, failure.kind, 'seed-%d' % check.program.seed)
    os.makedirs(folder, exist_ok=True)
    original = check.program.source
    with open(os.path.join(folder, 'program.cpp'), 'w', newline='', encoding='utf-8') as f:
        f.write(original)
    fixed_path = os.path.join(check.work, 'fixed', 'program.cpp')
    if os.path.exists(fixed_path):
        with open(fixed_path, newline='', encoding='utf-8') as f:
            fixed = f.read()
        with open(os.path.join(folder, 'fixed.cpp'), 'w', newline='', encoding='utf-8') as f:
            f.write(fixed)
        with open(os.path.join(folder, 'diff.txt'), 'w', encoding='utf-8') as f:
            f.write(diff(original, fixed, 'program.cpp', 'fixed.cpp') + '\n')
    again_path = os.path.join(check.work, 'again', 'program.cpp')
    if os.path.exists(again_path):
        shutil.copy(again_path, os.path.join(folder, 'fixed-again.cpp'))
    with open(os.path.join(folder, 'log.txt'), 'w', encoding='utf-8') as f:
        f.write('seed %d: %s\n%s\n\nflags: %s\noptions: %s\nshapes: %s\n\n%s\n'
                % (check.program.seed, failure.kind, failure.detail,
                   ' '.join(check.program.flags + check.program.link),
                   ' '.join(check.program.options), ' '.join(check.program.shapes),
                   '\n'.join(check.log)))


def summarize(outcomes, wall, out):
    failures = collections.defaultdict(list)
    refusals = collections.Counter()
    for o in outcomes:
        if o['kind']:
            failures[o['kind']].append(o['seed'])
        refusals.update(refusal_kind(n) for n in o['refused'])
    n = len(outcomes)
    print('fuzz-fixes: %d programs, %d findings (%d refused), %d files fixed; per program '
          '%.1f s (%.1f s CPU); %.0f s wall' % (n, sum(o['findings'] for o in outcomes),
                                                sum(len(o['refused']) for o in outcomes),
                                                sum(1 for o in outcomes if o['changed']),
                                                sum(o['seconds'] for o in outcomes) / max(n, 1),
                                                sum(o['cpu'] for o in outcomes) / max(n, 1),
                                                wall))
    for note, count in refusals.most_common():
        print('  refused %3d× %s' % (count, note))
    for kind, seeds in sorted(failures.items()):
        print('FAIL %s: %d (seeds %s)' % (kind, len(seeds), ' '.join(map(str, sorted(seeds)))))
    for o in outcomes:
        known = [shape for shape in o['shapes'] if shape in KNOWN_BUGS]
        if o['kind'] and known:
            print('  seed %d has shapes of known bugs: %s' % (o['seed'], ', '.join(
                '%s (%s)' % (shape, KNOWN_BUGS[shape]) for shape in known)))
    if failures:
        print('failures saved under %s/<kind>/seed-<N>/' % out)
    else:
        print('no failures')
    return not failures


def interrupt(signum, frame):
    raise KeyboardInterrupt


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--serialscope', required=True, help='the built serialscope tool')
    parser.add_argument('--clangxx', default='clang++-19')
    parser.add_argument('--start', type=int, default=1, help='first seed')
    parser.add_argument('--count', type=int, default=20, help='number of seeds')
    parser.add_argument('--seeds', help='comma-separated seeds (instead of --start/--count)')
    parser.add_argument('-j', '--jobs', type=int, default=2)
    parser.add_argument('--out', help='where failures are saved (default: a new temp folder)')
    parser.add_argument('--keep', action='store_true', help='keep the work files of passing seeds')
    parser.add_argument('--avoid', action='append', default=[], metavar='SHAPE',
                        help='leave a shape out of the programs (repeatable)')
    args = parser.parse_args()
    args.serialscope = os.path.abspath(args.serialscope)
    args.out = os.path.abspath(args.out or tempfile.mkdtemp(prefix='fuzz-fixes-'))
    marker = os.path.join(args.out, '.fuzz-fixes')
    if os.path.exists(marker):
        shutil.rmtree(args.out)  # an earlier run's results, not someone's folder
    elif os.path.isdir(args.out) and os.listdir(args.out):
        sys.exit('fuzz_fixes.py: %s is not empty and not an earlier output folder' % args.out)
    os.makedirs(args.out, exist_ok=True)
    open(marker, 'w').close()
    seeds = ([int(s) for s in args.seeds.split(',')] if args.seeds
             else range(args.start, args.start + args.count))
    start = time.monotonic()
    outcomes = []
    pool = multiprocessing.Pool(args.jobs, initializer=signal.signal,
                                initargs=(signal.SIGINT, signal.SIG_IGN))
    signal.signal(signal.SIGTERM, interrupt)  # after the fork: workers keep the default
    interrupted = False
    try:
        for outcome in pool.imap_unordered(check_seed, [(args, s) for s in seeds]):
            outcomes.append(outcome)
            if outcome['kind']:
                print('seed %d: FAIL %s' % (outcome['seed'], outcome['kind']), flush=True)
            if len(outcomes) % 10 == 0:
                sys.stderr.write('fuzz-fixes: %d/%d programs, %.0f s\n'
                                 % (len(outcomes), len(seeds), time.monotonic() - start))
        pool.close()
    except KeyboardInterrupt:
        # Stopped early: the summary covers the programs that finished.
        print('interrupted after %d of %d programs' % (len(outcomes), len(seeds)))
        interrupted = True
        pool.terminate()
    pool.join()
    outcomes.sort(key=lambda o: o['seed'])
    passed = summarize(outcomes, time.monotonic() - start, args.out)
    sys.exit(130 if interrupted else 0 if passed else 1)


if __name__ == '__main__':
    main()
