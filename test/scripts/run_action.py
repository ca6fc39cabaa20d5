#!/usr/bin/env python3
"""Runs a composite GitHub action's shell steps here, as a runner would, for tests.

  run_action.py [--path <dir>] <action.yml> <workspace> [name=value ...]

Each `run:` step runs as GitHub runs `shell: bash` (bash --noprofile --norc -eo pipefail) in
<workspace>, with the GITHUB_* and RUNNER_TEMP variables a runner sets, its `env:` and the
inputs (name=value, else the input's default). `${{ }}` expressions are evaluated for the
contexts an action sees (inputs, steps.<id>.outputs, github.action_path, github.workspace,
runner.temp) and the operators && || == != ! and always()/success()/failure(); anything else
is an error, so that a step is never run with an expression this script does not understand.
`uses:` steps are not run: their inputs are printed. Prints one line per step and the
action's outputs; exits 1 when a step failed. --path puts <dir> first on the steps' PATH (as
an earlier step's GITHUB_PATH would).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r'\$\{\{(.*?)\}\}')
TOKEN = re.compile(r"\s*(?:(&&|\|\||==|!=|!|\(|\))|'((?:[^']|'')*)'|([A-Za-z_][\w.-]*\(\))|"
                   r"([A-Za-z_][\w-]*(?:\.[\w-]+)*))")


def fail(message):
    sys.stderr.write('run_action: %s\n' % message)
    sys.exit(2)


def lookup(name, context):
    parts = name.split('.')
    value = context
    for part in parts:
        if not isinstance(value, dict) or part not in value:
            # GitHub gives '' for an output a step did not set.
            if parts[0] == 'steps' and len(parts) == 4 and parts[2] == 'outputs':
                return ''
            fail('unknown context value %r' % name)
        value = value[part]
    return value


def evaluate(text, context, status):
    """A `${{ }}` expression or an `if:` condition: GitHub's operators on strings."""
    python = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            fail('cannot evaluate %r' % text)
        position = match.end()
        operator, literal, call, name = match.groups()
        if operator:
            python.append({'&&': ' and ', '||': ' or ', '!': ' not '}.get(operator, operator))
        elif literal is not None:
            python.append(repr(literal.replace("''", "'")))
        elif call:
            if call not in status:
                fail('unknown function %r' % call)
            python.append(repr(status[call]))
        elif name in ('true', 'false'):
            python.append(repr(name == 'true'))
        else:
            python.append(repr(lookup(name, context)))
    return eval(''.join(python), {'__builtins__': {}})


def substitute(text, context, status):
    return EXPRESSION.sub(lambda m: str(evaluate(m.group(1), context, status)), str(text))


def read_outputs(path):
    outputs = {}
    with open(path, encoding='utf-8') as f:
        for line in f.read().splitlines():
            if '=' in line:
                key, value = line.split('=', 1)
                outputs[key] = value
    return outputs


def main():
    arguments = sys.argv[1:]
    first_path = []
    if arguments[:1] == ['--path'] and len(arguments) > 1:
        first_path = [os.path.abspath(arguments[1])]
        arguments = arguments[2:]
    if len(arguments) < 2:
        fail('usage: run_action.py [--path <dir>] <action.yml> <workspace> [name=value ...]')
    action_file, workspace = os.path.abspath(arguments[0]), os.path.abspath(arguments[1])
    with open(action_file, encoding='utf-8') as f:
        action = yaml.safe_load(f)
    if action.get('runs', {}).get('using') != 'composite':
        fail('not a composite action')
    inputs = {name: str(spec.get('default', '')) for name, spec in action.get('inputs', {}).items()}
    for item in arguments[2:]:
        name, _, value = item.partition('=')
        if name not in inputs:
            fail('the action has no input %r' % name)
        inputs[name] = value

    temp = tempfile.mkdtemp(prefix='runner-temp-')
    github_env, github_path = os.path.join(temp, 'env'), os.path.join(temp, 'path')
    open(github_env, 'w').close()
    with open(github_path, 'w', encoding='utf-8') as f:
        f.writelines(path + '\n' for path in first_path)
    context = {'inputs': inputs, 'steps': {},
               'github': {'action_path': os.path.dirname(action_file), 'workspace': workspace},
               'runner': {'temp': temp}}
    failed = False
    for index, step in enumerate(action['runs']['steps']):
        name = step.get('name', step.get('id', 'step %d' % index))
        status = {'always()': True, 'success()': not failed, 'failure()': failed,
                  'cancelled()': False}
        condition = step.get('if', 'success()')
        condition = EXPRESSION.sub(lambda m: m.group(1), str(condition))
        if not evaluate(condition, context, status):
            print('step %s: skipped' % name)
            continue
        if 'uses' in step:
            given = ', '.join('%s=%s' % (key, substitute(value, context, status))
                              for key, value in step.get('with', {}).items())
            print('step %s: would use %s with %s' % (name, step['uses'], given))
            continue
        if step.get('shell') != 'bash':
            fail('step %s: only shell: bash is run here' % name)
        environment = dict(os.environ)
        with open(github_path, encoding='utf-8') as f:
            added = [line for line in f.read().splitlines() if line]
        environment['PATH'] = os.pathsep.join(list(reversed(added)) + [environment['PATH']])
        environment.update(read_outputs(github_env))
        output = os.path.join(temp, 'output-%d' % index)
        open(output, 'w').close()
        environment.update({'GITHUB_WORKSPACE': workspace, 'GITHUB_OUTPUT': output,
                            'GITHUB_ENV': github_env, 'GITHUB_PATH': github_path,
                            'GITHUB_ACTION_PATH': context['github']['action_path'],
                            'RUNNER_TEMP': temp, 'CI': 'true', 'GITHUB_ACTIONS': 'true'})
        for key, value in step.get('env', {}).items():
            environment[key] = substitute(value, context, status)
        script = os.path.join(temp, 'step-%d.sh' % index)
        with open(script, 'w', encoding='utf-8') as f:
            f.write(substitute(step['run'], context, status))
        code = subprocess.call(['bash', '--noprofile', '--norc', '-eo', 'pipefail', script],
                               cwd=workspace, env=environment)
        if 'id' in step:
            context['steps'][step['id']] = {'outputs': read_outputs(output)}
        print('step %s: exit %d' % (name, code))
        sys.stdout.flush()
        failed = failed or code != 0
    for name, spec in action.get('outputs', {}).items():
        print('output %s=%s' % (name, substitute(spec['value'], context, {})))
    shutil.rmtree(temp)
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
