"""`bench/run.py --project <build dir>`: the benchmark on any compile database.

Takes the database's entries (or --sample N of them, spread evenly over the sorted files),
writes them to a scratch database, and measures on exactly those TUs, each contender once per
round, rounds interleaved (--repeat R; the fastest round counts):

  parse -j1, -jN          each entry's own command with -fsyntax-only, through clang++-19
  serialscope cold -j1, -jN   the tool with an empty result cache
  serialscope warm -jN    the tool again over the cache the cold -jN run filled
  clang-tidy (our check)  clang-tidy-19 with only serialscope's check, one process

Nothing is written into the project: the scratch database and the cache live in a temp dir.
"""
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

# Flags that make the compiler write something or that only the build cares about.
DROP_WITH_VALUE = {'-o', '-MF', '-MT', '-MQ'}
DROP = {'-c', '-MD', '-MMD', '-M', '-MM', '-MP', '-Werror'}


def entry_arguments(entry):
    if 'arguments' in entry:
        return list(entry['arguments'])
    return shlex.split(entry['command'])


def syntax_only(entry, clangxx):
    """The entry's command as a parse: clang++-19, -fsyntax-only, nothing written."""
    args = entry_arguments(entry)[1:]
    out, skip = [clangxx, '-fsyntax-only'], False
    for arg in args:
        if skip:
            skip = False
        elif arg in DROP_WITH_VALUE:
            skip = True
        elif arg in DROP or arg.startswith('-Werror=') or (arg.startswith('-o') and len(arg) > 2):
            continue
        else:
            out.append(arg)
    return out


def sample_entries(database, count):
    """Every entry, or `count` of them spread evenly over the files in sorted order (the same
    choice on every run of the same database)."""
    entries = sorted(database, key=lambda e: (e['file'], e['directory']))
    if not count or count >= len(entries):
        return entries
    step = len(entries) / float(count)
    return [entries[int(i * step)] for i in range(count)]


def run_project(args, tool, tidy_module, clangxx, clang_tidy, measure):
    path = os.path.join(os.path.abspath(args.project), 'compile_commands.json')
    try:
        with open(path) as f:
            database = json.load(f)
    except (OSError, ValueError) as error:
        sys.exit('bench: cannot read %s: %s' % (path, error))
    if not isinstance(database, list) or not database:
        sys.exit('bench: %s holds no compile commands' % path)

    entries = sample_entries(database, args.sample)
    jobs = max(1, args.jobs)
    scratch = tempfile.mkdtemp(prefix='serialscope-bench-project-')
    try:
        with open(os.path.join(scratch, 'compile_commands.json'), 'w') as f:
            json.dump(entries, f, indent=1)
        files = [os.path.join(e['directory'], e['file']) for e in entries]
        parse = [(syntax_only(e, clangxx), e['directory']) for e in entries]
        tool_help = subprocess.run([tool, '--help'], stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT).stdout.decode('utf-8', 'replace')
        has_cache = '--cache-dir' in tool_help
        print('serialscope benchmark on %s: %d of %d entries, N = %d, %d core(s), best of %d%s'
              % (args.project, len(entries), len(database), jobs, os.cpu_count() or 1,
                 args.repeat, '' if has_cache else ' (this serialscope has no result cache)'))

        def tool_run(label_jobs, cache):
            cmd = [tool, '-p', scratch, '-j%d' % label_jobs, '--progress=off']
            if has_cache:
                cmd += ['--cache-dir', cache]
            return [(cmd, scratch)]

        cold_cache = os.path.join(scratch, 'cache-cold')
        warm_cache = os.path.join(scratch, 'cache-warm')
        runs = [
            ('parse -j1', lambda: parse, 1, None),
            ('parse -j%d' % jobs, lambda: parse, jobs, None),
            ('serialscope cold -j1', lambda: tool_run(1, cold_cache), 1, cold_cache),
            ('serialscope cold -j%d' % jobs, lambda: tool_run(jobs, warm_cache), 1, warm_cache),
        ]
        if has_cache:
            runs.append(('serialscope warm -j%d' % jobs, lambda: tool_run(jobs, warm_cache), 1,
                         None))
        runs.append(('clang-tidy (our check)',
                     lambda: [([clang_tidy, '--load=' + tidy_module, '-checks=-*,serialscope-*',
                                '-p', scratch, '--quiet'] + files, scratch)], 1, None))

        results, failures = {}, {}
        for _ in range(args.repeat):
            for name, commands, parallel, fresh_cache in runs:
                if fresh_cache:
                    shutil.rmtree(fresh_cache, ignore_errors=True)
                wall, cpu, rss, statuses, errors = measure(commands(), parallel)
                if name.startswith('parse'):
                    failed = sum(1 for s in statuses if s)
                    if failed:
                        failures[name] = (failed, errors[[bool(s) for s in statuses].index(True)])
                # A TU that does not compile makes the tool exit 2 as well; it is the same TU
                # for every contender, and the note below names the first.
                elif (any(s not in (0, 1, 2) or (s == 2 and not failures) for s in statuses)
                      and not name.startswith('clang-tidy')):
                    sys.exit('bench: %s failed (%s):\n%s' % (name, statuses,
                                                             '\n'.join(errors)[-3000:]))
                best = results.get(name)
                if best is None or wall < best[0]:
                    results[name] = (wall, cpu, rss)
        for name, _, _, _ in runs:
            print('  %-30s wall %8.2f s   cpu %8.2f s   peak RSS %6.0f MiB' %
                  ((name,) + results[name]))
        for name, (count, error) in failures.items():
            print('  note: %s: %d of %d TUs did not parse; the first said:\n%s' %
                  (name, count, len(entries), error.strip()[-1500:]))

        p1, pn = results['parse -j1'], results['parse -j%d' % jobs]
        c1, cn = results['serialscope cold -j1'], results['serialscope cold -j%d' % jobs]
        tidy = results['clang-tidy (our check)']
        print('ratios:')
        print('  serialscope cold -j1 / parse -j1   wall %.2fx  cpu %.2fx' %
              (c1[0] / p1[0], c1[1] / p1[1]))
        print('  serialscope cold -j%d / parse -j%d   wall %.2fx  cpu %.2fx' %
              (jobs, jobs, cn[0] / pn[0], cn[1] / pn[1]))
        print('  serialscope cold -j1 / clang-tidy  wall %.2fx  cpu %.2fx' %
              (c1[0] / tidy[0], c1[1] / tidy[1]))
        if has_cache:
            warm = results['serialscope warm -j%d' % jobs]
            print('  serialscope warm / cold -j%d        wall %.3fx cpu %.3fx  (target <= 0.05x)' %
                  (jobs, warm[0] / cn[0], warm[1] / cn[1]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
