#!/usr/bin/env python3
"""Runs one test input through serialscope's three front ends and checks them.

Like clang-tidy's check_clang_tidy.py, with what serialscope promises on top:
  * the standalone tool, the clang-tidy check and the compiler plugin report the same
    findings, each a warning with the same notes (in any order of findings: the tool reports
    key collisions last); the diagnostics in clang-tidy's order match CHECK-MESSAGES;
  * the diagnostics match the input's CHECK-MESSAGES lines (FileCheck);
  * with --fix: the three fix routes (serialscope --fix, clang-tidy --fix, the plugin's
    -Xclang -fixit) and --export-fixes applied by clang-apply-replacements give byte-identical
    files; the fixed file matches CHECK-FIXES, compiles, and a second --fix changes nothing;
  * with --run: the original and the fixed program print the same output;
  * with --expect-unchanged: every fix is refused and the file stays byte-identical;
  * with --expect-none: no front end reports anything;
  * with --crlf / --bom: the copies the front ends work on have CRLF line endings / a UTF-8
    byte order mark, and every fixed file must keep them (CHECK-FIXES sees it without them).

Usage: check_serialscope.py <input> <temp prefix> [options] -- <compiler flags>
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys

DIAG = re.compile(r'^(.*?):(\d+):(\d+): (warning|error|note): (.*)$')


def fail(message, detail=''):
    sys.stderr.write('check_serialscope: FAIL: %s\n%s\n' % (message, detail))
    sys.exit(1)


def run(cmd, cwd=None, allowed=(0,)):
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    if proc.returncode not in allowed:
        fail('%s exited with %d' % (' '.join(cmd), proc.returncode),
             proc.stdout + proc.stderr)
    return proc


def read_exactly(path):
    """A file's text with its own line endings."""
    with open(path, encoding='utf-8', newline='') as f:
        return f.read()


def diagnostics(text):
    """The warning and note lines, as 'file:line:col: kind: message'. The compiler's own
    warnings (and their notes) are left out: the plugin shows them as any compile does, the
    tool and clang-tidy do not, and which there are depends on the Clang version."""
    result = []
    keep = True
    for line in text.splitlines():
        match = DIAG.match(line)
        if not match:
            continue
        file, line_no, col, kind, message = match.groups()
        if kind != 'note':
            keep = kind != 'warning' or '[serialscope-' in message
        if not keep:
            continue
        # Each front end runs on its own copy: compare by file name.
        text_line = '%s:%s:%s: %s: %s' % (os.path.basename(file), line_no, col, kind, message)
        if kind == 'note' and result:
            result[-1].append(text_line)
        else:
            result.append([text_line])
    return result


def flat(findings):
    return [line for finding in findings for line in finding]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('input')
    parser.add_argument('temp')
    parser.add_argument('--fix', action='store_true')
    parser.add_argument('--run', action='store_true')
    parser.add_argument('--expect-unchanged', action='store_true')
    parser.add_argument('--expect-none', action='store_true')
    parser.add_argument('--check-suffix', default='')
    parser.add_argument('--option', action='append', default=[])
    parser.add_argument('--link', action='append', default=[])
    parser.add_argument('--frontends', default='tool,tidy,plugin')
    parser.add_argument('--crlf', action='store_true')
    parser.add_argument('--bom', action='store_true')
    argv = sys.argv[1:]
    compile_flags = []
    if '--' in argv:
        compile_flags = argv[argv.index('--') + 1:]
        argv = argv[:argv.index('--')]
    args = parser.parse_args(argv)
    args.compile_flags = compile_flags

    tool = os.environ['SERIALSCOPE']
    tidy_module = os.environ['SERIALSCOPE_TIDY']
    plugin = os.environ['SERIALSCOPE_PLUGIN']
    clang_tidy = os.environ['CLANG_TIDY']
    clangxx = os.environ['CLANGXX']
    filecheck = os.environ['FILECHECK']
    apply_replacements = os.environ['CLANG_APPLY_REPLACEMENTS']
    flags = args.compile_flags
    suffix = ('-' + args.check_suffix.upper()) if args.check_suffix else ''
    frontends = args.frontends.split(',')

    with open(args.input) as f:
        original = f.read()
    # Keep line numbers, drop the expectations (they must not move with fixes).
    source = re.sub(r'//\s*CHECK-[A-Z0-9\-]*:[^\r\n]*', '//', original)
    if args.crlf:
        source = source.replace('\n', '\r\n')
    if args.bom:
        source = '\ufeff' + source
    if os.path.isdir(args.temp):
        shutil.rmtree(args.temp)
    os.makedirs(args.temp)

    def copy(name):
        # Each run gets its own folder and the input's own name, so outputs compare as is.
        folder = os.path.join(args.temp, name)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, os.path.basename(args.input))
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(source)
        return path

    tidy_config = '{CheckOptions: {%s}}' % ', '.join(
        "serialscope-non-resolvable-type.%s: '%s'" % tuple(o.split('=', 1)) for o in args.option)

    def tool_cmd(path, extra=()):
        cmd = [tool] + list(extra)
        for o in args.option:
            cmd += ['--option', o]
        return cmd + [path, '--'] + flags

    def tidy_cmd(path, extra=()):
        # clang-tidy hides findings in headers unless asked; the other front ends show them.
        return [clang_tidy, '--load=' + tidy_module, '-checks=-*,serialscope-*',
                '-config=' + tidy_config, '--header-filter=.*', '--quiet'] + list(extra) + [path, '--'] + flags

    def plugin_cmd(path, extra=()):
        cmd = [clangxx, '-fplugin=' + plugin, '-fsyntax-only'] + flags
        for o in args.option:
            cmd.append('-fplugin-arg-serialscope-' + o)
        return cmd + list(extra) + [path]

    # 1. Diagnostics from every front end.
    outputs = {}
    if 'tool' in frontends:
        p = copy('tool')
        proc = run(tool_cmd(p), allowed=(0, 1))
        outputs['tool'] = diagnostics(proc.stdout)
    if 'tidy' in frontends:
        p = copy('tidy')
        proc = run(tidy_cmd(p))
        outputs['tidy'] = diagnostics(proc.stdout)
    if 'plugin' in frontends:
        p = copy('plugin')
        proc = run(plugin_cmd(p))
        outputs['plugin'] = diagnostics(proc.stderr)
    names = list(outputs)
    # The same findings (a warning and its notes), in any order: the tool reports the
    # collisions of registration keys after the unit's other findings, clang-tidy sorts them.
    # CHECK-MESSAGES follow clang-tidy's order when it ran.
    ordered = {name: flat(sorted(outputs[name])) for name in names}
    for name in names[1:]:
        if ordered[name] != ordered[names[0]]:
            fail('front ends disagree: %s vs %s' % (names[0], name),
                 '\n'.join(difflib.unified_diff(ordered[names[0]], ordered[name], names[0], name,
                                                lineterm='')))
    reference = flat(outputs['tidy' if 'tidy' in outputs else names[0]])
    if args.expect_none:
        if reference:
            fail('expected no findings', '\n'.join(reference))
    else:
        if not any(': warning: ' in line for line in reference):
            fail('expected findings, got none')
        messages = os.path.join(args.temp, 'messages.txt')
        with open(messages, 'w') as f:
            f.write('\n'.join(reference) + '\n')
        run([filecheck, args.input, '--input-file=' + messages,
             '--check-prefix=CHECK-MESSAGES' + suffix,
             '--implicit-check-not={{warning|error}}:'])

    if not (args.fix or args.expect_unchanged):
        return

    # 2. Fixes: every route gives the same bytes.
    fixed = {}
    if 'tool' in frontends:
        p = copy('fix-tool')
        run(tool_cmd(p, ['--fix']), allowed=(0, 1))
        fixed['tool'] = p
    if 'tidy' in frontends:
        p = copy('fix-tidy')
        run(tidy_cmd(p, ['--fix']))
        fixed['tidy'] = p
    if 'plugin' in frontends:
        p = copy('fix-plugin')
        run(plugin_cmd(p, ['-Xclang', '-fixit']), allowed=(0, 1))
        fixed['plugin'] = p
    if 'tool' in frontends:
        yaml_dir = os.path.join(args.temp, 'yaml')
        os.makedirs(yaml_dir)
        p = copy('fix-yaml')
        run(tool_cmd(p, ['--export-fixes=' + os.path.join(yaml_dir, 'fixes.yaml')]),
            allowed=(0, 1))
        run([apply_replacements, yaml_dir])
        fixed['export-fixes'] = p
    texts = {name: read_exactly(path) for name, path in fixed.items()}
    names = list(texts)
    for name in names[1:]:
        if texts[name] != texts[names[0]]:
            fail('fix routes disagree: %s vs %s' % (names[0], name),
                 '\n'.join(difflib.unified_diff(texts[names[0]].splitlines(),
                                                texts[name].splitlines(), names[0], name,
                                                lineterm='')))
    result = texts[names[0]]
    result_path = fixed[names[0]]

    if args.expect_unchanged:
        if result != source:
            fail('expected the file to stay unchanged',
                 '\n'.join(difflib.unified_diff(source.splitlines(), result.splitlines(),
                                                'input', 'fixed', lineterm='')))
        return
    if result == source:
        fail('expected a fix, the file is unchanged')

    if args.crlf and result.count('\n') != result.count('\r\n'):
        fail('the fixed file has LF line endings in a CRLF file', repr(result))
    if args.crlf and result.count('\r') != result.count('\r\n'):
        fail('the fixed file has a carriage return without its line feed', repr(result))
    if args.bom and (not result.startswith('\ufeff') or result.count('\ufeff') != 1):
        fail('the fixed file lost its byte order mark, or has it elsewhere', repr(result[:80]))
    plain = result_path + '.plain'
    with open(plain, 'w', encoding='utf-8', newline='') as f:
        f.write(result.lstrip('\ufeff').replace('\r\n', '\n'))
    run([filecheck, args.input, '--input-file=' + plain,
         '--check-prefix=CHECK-FIXES' + suffix, '--match-full-lines'])

    # 3. The fixed file compiles, and a second run changes nothing.
    original_exe = os.path.join(args.temp, 'original.out')
    fixed_exe = os.path.join(args.temp, 'fixed.out')
    compile_only = not args.run
    for path, exe in ((copy('original'), original_exe), (result_path, fixed_exe)):
        cmd = [clangxx] + flags + [path]
        cmd += ['-fsyntax-only'] if compile_only else ['-o', exe] + args.link
        run(cmd)
    if 'tool' in frontends:
        again = copy('again')
        with open(again, 'w', encoding='utf-8', newline='') as f:
            f.write(result)
        run(tool_cmd(again, ['--fix']), allowed=(0, 1))
        if read_exactly(again) != result:
            fail('a second --fix changed the file again')

    # 4. Same behaviour.
    if args.run:
        before = run([original_exe], allowed=range(256))
        after = run([fixed_exe], allowed=range(256))
        if (before.returncode, before.stdout) != (after.returncode, after.stdout):
            fail('the fixed program behaves differently',
                 'before (%d):\n%s\nafter (%d):\n%s' % (before.returncode, before.stdout,
                                                      after.returncode, after.stdout))
        if not before.stdout:
            fail('the program printed nothing: a --run test must print what it serialized')


if __name__ == '__main__':
    main()
