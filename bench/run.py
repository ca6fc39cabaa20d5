#!/usr/bin/env python3
"""serialscope benchmark: one command, one run, the same TUs for every contender.

Generates a multi-TU project whose TUs include the real Boost.Serialization, cereal and
nlohmann_json headers (half of them with findings), then measures over all of its TUs:

  parse -j1      clang++-19 -fsyntax-only, one TU after the other (the floor)
  parse -jN      the same, N at a time
  serialscope    -j1 and -jN (N: the number of cores, or --jobs)
  clang-tidy     clang-tidy-19 with only serialscope's check, one process over all TUs
  result cache   serialscope -jN over the project with an empty cache, then again unchanged
                 (every TU from the cache), then after one source file changed

and prints wall time, CPU time (user+sys of the process and its children), the peak RSS of
the largest process, and the ratios the project promises (docs/performance.md):
serialscope <= 1.10x the parse, faster than clang-tidy with our check alone, >= 1.8x from -j1
to -j2; and the prefilter on the same TUs without any finding and with a finding in each
(<= 0.35x and <= 1.05x the parse). Every other serialscope run is made with --no-cache; the
warm cache's run must take <= 0.05x the cold one.

Usage: python3 bench/run.py [--build build] [--tus 24] [--jobs N] [--out DIR] [--repeat R]
       python3 bench/run.py --project <build dir with compile_commands.json> [--sample N]
                            (any project; bench/project.py says what it measures)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import project as project_bench

HERE = os.path.dirname(os.path.abspath(__file__))
FLAGS = ['-std=c++17']

BOOST = '''#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <sstream>

namespace bench{i} {{
{outside}
std::string write() {{
{inside}
  std::ostringstream os;
  boost::archive::text_oarchive ar(os);
  ar << Record{{}};
  return os.str();
}}
}} // namespace bench{i}
'''
BOOST_TYPE = '''struct Record {{
  std::vector<int> values{{1, 2, 3}};
  std::map<std::string, int> names{{{{"a", {i}}}}};
  void serialize(boost::archive::text_oarchive &ar, unsigned) {{ ar & values & names; }}
}};'''

CEREAL = '''#include <cereal/archives/binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <sstream>

namespace bench{i} {{
{outside}
std::string write() {{
{inside}
  std::ostringstream os;
  {{
    cereal::BinaryOutputArchive ar(os);
    Record r;
    ar(r);
  }}
  return os.str();
}}
}} // namespace bench{i}
'''
CEREAL_TYPE = '''struct Record {{
  std::vector<int> values{{1, 2, 3}};
  std::map<std::string, int> names{{{{"a", {i}}}}};
  void serialize(cereal::BinaryOutputArchive &ar) {{ ar(values, names); }}
}};'''

JSON = '''#include <nlohmann/json.hpp>
#include <map>
#include <string>
#include <vector>

namespace bench{i} {{
{outside}
std::string write() {{
  nlohmann::json j = Record{{}};
  return j.dump();
}}
}} // namespace bench{i}
'''
JSON_TYPE = '''struct Record {
  std::vector<int> values{1, 2, 3};
  std::map<std::string, int> names{{"a", 1}};
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Record, values, names)
};'''


def indent(text, by):
    return '\n'.join((' ' * by + line) if line else line for line in text.splitlines())


def generate(out, count, findings='half'):
    """Writes the project: TU i uses Boost, cereal or nlohmann (i % 3); with findings='half',
    odd TUs have a finding (a local type for Boost and cereal, an anonymous-namespace type for
    nlohmann); 'none' and 'all' give every TU the same text with the type moved out or in."""
    os.makedirs(os.path.join(out, 'src'), exist_ok=True)
    entries = []
    for i in range(count):
        kind = ('boost', 'cereal', 'json')[i % 3]
        finding = {'half': i % 2 == 1, 'none': False, 'all': True}[findings]
        if kind == 'json':
            outside = JSON_TYPE
            if finding:
                outside = 'namespace {\n' + outside + '\n} // namespace'
            text = JSON.format(i=i, outside=outside)
        else:
            template, typ = (BOOST, BOOST_TYPE) if kind == 'boost' else (CEREAL, CEREAL_TYPE)
            typ = typ.format(i=i)
            text = template.format(i=i, outside='' if finding else typ,
                                   inside=indent(typ, 2) if finding else '')
        name = 'src/tu%02d_%s.cpp' % (i, kind)
        with open(os.path.join(out, name), 'w') as f:
            f.write(text)
        entries.append({'directory': out, 'file': name,
                        'arguments': ['clang++'] + FLAGS + ['-c', name, '-o', name + '.o']})
    with open(os.path.join(out, 'compile_commands.json'), 'w') as f:
        json.dump(entries, f, indent=1)
    return [os.path.join(out, e['file']) for e in entries]


def measure(cmds, jobs, cwd):
    """Runs the commands, `jobs` at a time; returns (wall s, cpu s, peak RSS MiB, statuses).
    A command is an argument list run in `cwd`, or a pair (argument list, its own directory)."""
    def one(cmd):
        cmd, where = cmd if isinstance(cmd, tuple) else (cmd, cwd)
        proc = subprocess.Popen(cmd, cwd=where, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        stderr = proc.stderr.read().decode('utf-8', 'replace')
        proc.stderr.close()
        code = os.waitstatus_to_exitcode(status)
        return code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, stderr
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(one, cmds))
    wall = time.monotonic() - start
    return (wall, sum(r[1] for r in results), max(r[2] for r in results) / 1024.0,
            [r[0] for r in results], [r[3] for r in results])


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--build', default=os.path.join(os.path.dirname(HERE), 'build'),
                        help='serialscope build directory (default: build)')
    parser.add_argument('--tus', type=int, default=24, help='number of TUs (default 24)')
    parser.add_argument('--jobs', type=int, default=os.cpu_count() or 2,
                        help='N for the parallel runs (default: the number of cores)')
    parser.add_argument('--out', help='where to generate the project (default: a temp dir)')
    parser.add_argument('--repeat', type=int, default=1,
                        help='runs of each measurement; the fastest counts (default 1)')
    parser.add_argument('--project', metavar='BUILD_DIR',
                        help='measure on this compile database instead (bench/project.py)')
    parser.add_argument('--sample', type=int, default=0,
                        help='with --project: this many entries, spread over the files')
    args = parser.parse_args()

    build = os.path.abspath(args.build)
    tool = os.path.join(build, 'serialscope')
    tidy_module = os.path.join(build, 'serialscope-tidy.so')
    clangxx = shutil.which('clang++-19') or '/usr/lib/llvm-19/bin/clang++'
    clang_tidy = shutil.which('clang-tidy-19') or '/usr/lib/llvm-19/bin/clang-tidy'
    for path in (tool, tidy_module, clangxx, clang_tidy):
        if not os.path.exists(path):
            sys.exit('bench: %s not found (build serialscope first: --build <dir>)' % path)

    if args.project:
        project_bench.run_project(args, tool, tidy_module, clangxx, clang_tidy,
                            lambda cmds, jobs: measure(cmds, jobs, None))
        return

    out = os.path.abspath(args.out) if args.out else tempfile.mkdtemp(prefix='serialscope-bench-')
    files = generate(out, args.tus)
    jobs = max(1, args.jobs)
    print('serialscope benchmark: %d TUs (Boost.Serialization, cereal, nlohmann_json; %d with '
          'findings) in %s, N = %d, %d core(s), best of %d' %
          (len(files), len(files) // 2, out, jobs, os.cpu_count() or 1, args.repeat))

    parse = [[clangxx] + FLAGS + ['-fsyntax-only', f] for f in files]
    def serialscope(project, *options):
        return [[tool, '-p', project, '--progress=off', '--no-cache'] + list(options)]
    runs = [
        ('parse -j1', parse, 1),
        ('parse -j%d' % jobs, parse, jobs),
        ('serialscope -j1', serialscope(out, '-j1'), 1),
        ('serialscope -j%d' % jobs, serialscope(out, '-j%d' % jobs), 1),
        ('clang-tidy (our check)', [[clang_tidy, '--load=' + tidy_module,
                                     '-checks=-*,serialscope-*', '-p', out, '--quiet'] + files],
         1),
    ]
    if jobs != 2:
        runs.insert(3, ('serialscope -j2', serialscope(out, '-j2'), 1))
    # The prefilter (docs/performance.md): the same TUs with no finding at all, where it skips
    # every parse, and with a finding in every TU, where it only adds its scan to the parse.
    clean_out = os.path.join(out, 'no-findings')
    all_out = os.path.join(out, 'all-findings')
    clean_files = generate(clean_out, args.tus, 'none')
    all_files = generate(all_out, args.tus, 'all')
    for label, project, tus in (('no findings', clean_out, clean_files),
                                ('all findings', all_out, all_files)):
        runs.append(('parse -j1, %s' % label,
                     [[clangxx] + FLAGS + ['-fsyntax-only', f] for f in tus], 1))
        for mode in ('on', 'off'):
            runs.append(('serialscope -j1 prefilter %s, %s' % (mode, label),
                         serialscope(project, '-j1', '--prefilter=' + mode), 1))
    # The result cache: cold (emptied before each repetition), warm (unchanged), and with one
    # TU's source changed before each repetition (that TU alone is analyzed again; one with a
    # finding, which the prefilter cannot skip).
    cache = os.path.join(out, 'cache')
    cached = [[tool, '-p', out, '--progress=off', '-j%d' % jobs, '--cache-dir=' + cache]]
    def empty_cache():
        shutil.rmtree(cache, ignore_errors=True)
    def change_one():
        with open(files[1], 'a') as f:
            f.write('// changed\n')
    runs += [('serialscope -j%d cold cache' % jobs, cached, 1, empty_cache),
             ('serialscope -j%d warm cache' % jobs, cached, 1),
             ('serialscope -j%d warm cache, 1 TU changed' % jobs, cached, 1, change_one)]
    results = {}
    for name, cmds, parallel, *prepare in runs:
        best = None
        for _ in range(args.repeat):
            for step in prepare:
                step()
            wall, cpu, rss, statuses, errors = measure(cmds, parallel, out)
            # serialscope exits 1 with findings; anything else is a broken benchmark.
            bad = [s for s in statuses if s not in (0, 1)]
            if bad or (name.startswith('parse') and any(statuses)):
                sys.exit('bench: %s failed (%s):\n%s' % (name, statuses, '\n'.join(errors)[-3000:]))
            if best is None or wall < best[0]:
                best = (wall, cpu, rss)
        results[name] = best
        print('  %-46s wall %7.2f s   cpu %7.2f s   peak RSS %6.0f MiB' % ((name,) + best))

    p1, s1 = results['parse -j1'], results['serialscope -j1']
    s2 = results['serialscope -j2']
    pn, sn = results['parse -j%d' % jobs], results['serialscope -j%d' % jobs]
    tidy = results['clang-tidy (our check)']
    print('ratios:')
    print('  serialscope -j1 / parse -j1      wall %.2fx  cpu %.2fx   (target <= 1.10x)' %
          (s1[0] / p1[0], s1[1] / p1[1]))
    print('  serialscope -j%d / parse -j%d      wall %.2fx  cpu %.2fx' %
          (jobs, jobs, sn[0] / pn[0], sn[1] / pn[1]))
    print('  serialscope -j1 / clang-tidy     wall %.2fx  cpu %.2fx   (target < 1.00x)' %
          (s1[0] / tidy[0], s1[1] / tidy[1]))
    print('  speed-up serialscope -j1 -> -j2  %.2fx                 (target >= 1.80x)' %
          (s1[0] / s2[0]))
    print('  speed-up parse -j1 -> -j%d        %.2fx                 (what the machine allows)' %
          (jobs, p1[0] / pn[0]))
    cold, warm, one = (results['serialscope -j%d %s' % (jobs, name)]
                       for name in ('cold cache', 'warm cache', 'warm cache, 1 TU changed'))
    print('  warm cache / cold cache          wall %.3fx cpu %.3fx  (target <= 0.05x)' %
          (warm[0] / cold[0], warm[1] / cold[1]))
    print('  1 TU changed / cold cache        wall %.3fx cpu %.3fx  (%d TUs)' %
          (one[0] / cold[0], one[1] / cold[1], len(files)))
    for label, target in (('no findings', '<= 0.35x'), ('all findings', '<= 1.05x')):
        parse, on, off = (results[name % label] for name in (
            'parse -j1, %s', 'serialscope -j1 prefilter on, %s', 'serialscope -j1 prefilter off, %s'))
        print('  prefilter on / parse, %-13s wall %.2fx  cpu %.2fx   (target %s; off: cpu %.2fx)'
              % (label, on[0] / parse[0], on[1] / parse[1], target, off[1] / parse[1]))


if __name__ == '__main__':
    main()
