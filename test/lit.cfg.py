# -*- Python -*-
import os
import pwd
import shutil
import subprocess

import lit.formats

config.name = 'serialscope'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.cpp', '.test']
config.excludes = ['Inputs', 'scripts']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.serialscope_obj_root, 'test')

obj = config.serialscope_obj_root
tools = {
    'SERIALSCOPE': os.path.join(obj, 'serialscope'),
    'SERIALSCOPE_TIDY': os.path.join(obj, 'serialscope-tidy.so'),
    'SERIALSCOPE_PLUGIN': os.path.join(obj, 'serialscope-plugin.so'),
    'CLANG_TIDY': config.clang_tidy,
    'CLANGXX': config.clangxx,
    'FILECHECK': config.filecheck,
    'CLANG_APPLY_REPLACEMENTS': config.clang_apply_replacements,
}

# The sanitizer build (docs/testing.md): a report aborts the process, so that it fails the
# test whatever exit status the test expects. The modules are instrumented but clang-tidy and
# clang are not: they get the ASan runtime preloaded through small wrappers.
if config.sanitize:
    config.available_features.add('sanitize')
    config.environment['ASAN_OPTIONS'] = 'abort_on_error=1:detect_leaks=1'
    config.environment['UBSAN_OPTIONS'] = 'print_stacktrace=1:halt_on_error=1'
    wrappers = os.path.join(config.test_exec_root, 'sanitize-bin')
    os.makedirs(wrappers, exist_ok=True)
    for name in ('CLANG_TIDY', 'CLANGXX'):
        wrapper = os.path.join(wrappers, os.path.basename(tools[name]))
        with open(wrapper, 'w') as out:
            # Clang frees nothing at exit on purpose: leak checking is for serialscope's tool.
            out.write('#!/bin/sh\nLD_PRELOAD=%s ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 '
                      'exec %s "$@"\n' % (config.asan_runtime, tools[name]))
        os.chmod(wrapper, 0o755)
        tools[name] = wrapper
    config.clang_tidy, config.clangxx = tools['CLANG_TIDY'], tools['CLANGXX']
if config.fuzzers:
    # Short fixed-time runs of the fuzzers (test/fuzzers); `make fuzz` runs them for long.
    config.available_features.add('fuzzers')
    config.substitutions.append(('%fuzzers', os.path.join(obj, 'fuzz')))
    config.substitutions.append(
        ('%fuzz_corpus', os.path.join(config.serialscope_src_root, 'fuzz', 'corpus')))
    config.substitutions.append(('%fuzz_time', os.environ.get('SERIALSCOPE_FUZZ_TIME', '20')))

for name, path in tools.items():
    config.environment[name] = path

# The version guard (docs/clang-versions.md): another supported Clang, when installed (Debian's
# llvm-<major> layout), to load this build's module and plugin into.
config.substitutions.append(('%clang_major', config.clang_major))
for other in config.supported_clang_majors:
    other_bin = config.llvm_tools_dir.replace('llvm-%s' % config.clang_major, 'llvm-%s' % other)
    if other != config.clang_major and os.path.exists(os.path.join(other_bin, 'clang-tidy')):
        config.available_features.add('other-clang')
        config.substitutions.append(('%other_clang_tidy', os.path.join(other_bin, 'clang-tidy')))
        config.substitutions.append(('%other_clangxx', os.path.join(other_bin, 'clang++')))
        break
# Every run of the standalone tool also proves its prefilter sound (docs/performance.md): each
# unit is analyzed, and a finding in a unit the scan would skip fails the run. Tests of the
# prefilter's own behaviour pass --prefilter, which wins.
config.environment['SERIALSCOPE_PREFILTER'] = 'check'
config.environment['PATH'] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get('PATH', os.environ.get('PATH', ''))])

def pkg_config(package):
    try:
        return subprocess.check_output(['pkg-config', '--cflags', '--libs', package],
                                       universal_newlines=True).split()
    except (OSError, subprocess.CalledProcessError):
        return []

qt = pkg_config('Qt5Core')
qt_cflags = ' '.join(f for f in qt if not f.startswith('-l')) + ' -fPIC'
qt_libs = ' '.join(f for f in qt if f.startswith('-l'))
if qt:
    config.available_features.add('qt5')

# The GoogleTest unit tests (test/unit), built when GoogleTest is found.
if config.unit_tests and os.path.exists(config.unit_tests):
    config.available_features.add('unit-tests')
    config.substitutions.append(('%serialscope_unit_tests', config.unit_tests))

# The install and package tests (test/install) drive these tools: each is a feature when found.
for program, feature in (('cmake', 'cmake'), ('cpack', 'cpack'), ('ninja', 'ninja'),
                         ('dpkg-deb', 'dpkg-deb'), ('lintian', 'lintian'), ('g++', 'gxx')):
    if shutil.which(program):
        config.available_features.add(feature)
config.substitutions.append(('%obj_root', obj))

script = os.path.join(config.test_source_root, 'scripts', 'check_serialscope.py')
# Longer names first: lit substitutes in order.
config.substitutions.append(('%check_serialscope', '%s %s' % (config.python, script)))
config.substitutions.append(
    ('%check_codequality', '%s %s' % (config.python, os.path.join(
        config.test_source_root, 'scripts', 'check_codequality.py'))))
config.substitutions.append(('%serialscope_tidy_module', tools['SERIALSCOPE_TIDY']))
config.substitutions.append(('%serialscope_plugin', tools['SERIALSCOPE_PLUGIN']))
config.substitutions.append(('%serialscope', tools['SERIALSCOPE']))
config.substitutions.append(('%clang_tidy', config.clang_tidy))
config.substitutions.append(('%clangxx', config.clangxx))
config.substitutions.append(('%apply_replacements', config.clang_apply_replacements))
config.substitutions.append(('%qt_cflags', qt_cflags))
config.substitutions.append(('%qt_libs', qt_libs))
config.substitutions.append(('%python', config.python))

# Tests about owners and permissions need root (CI runs the suite as root): they create files
# owned by root and another group, and run the tool as `nobody` where a test is about a user who
# may not write a file.
if os.geteuid() == 0:
    config.available_features.add('root')
    try:
        nobody = pwd.getpwnam('nobody')
    except KeyError:
        nobody = None
    if nobody and shutil.which('setpriv'):
        config.available_features.add('nobody')
        config.substitutions.append(
            ('%as_nobody', 'setpriv --reuid=%d --regid=%d --clear-groups'
             % (nobody.pw_uid, nobody.pw_gid)))

# A full disk: a test mounts a small tmpfs in a mount namespace of its own (a user namespace, so
# that it needs no privileges and the mount is gone when the test's shell ends).
private_mount = ['unshare', '--user', '--map-root-user', '--mount']
try:
    if subprocess.call(private_mount + ['sh', '-c', 'mount -t tmpfs -o size=16k tmpfs "$0"',
                                        config.test_source_root],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
        config.available_features.add('private-tmpfs')
        config.substitutions.append(('%private_mount_namespace', ' '.join(private_mount)))
except OSError:
    pass

# CI integrations (docs/ci.md): the pre-commit hook is run by Debian's pre-commit, the GitHub
# action's steps by a script that reads action.yml with PyYAML.
if shutil.which('pre-commit'):
    config.available_features.add('pre-commit')
    config.substitutions.append(('%pre_commit', shutil.which('pre-commit')))
if subprocess.call([config.python, '-c', 'import yaml'], stderr=subprocess.DEVNULL) == 0:
    config.available_features.add('python-yaml')
config.substitutions.append(('%run_action', '%s %s' % (config.python, os.path.join(
    config.test_source_root, 'scripts', 'run_action.py'))))
# Before %serialscope, which would match first.
config.substitutions.insert(0, ('%serialscope_src', config.serialscope_src_root))
