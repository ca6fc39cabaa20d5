#!/usr/bin/env python3
"""Generates random, valid C++17 programs that exercise serialscope's fixes.

A program is a few *sites*. A site is one serializable type in one *holder* (a function, a
lambda, a function template, a member function, a local class's member function, an anonymous
namespace, an unnamed type of a variable or data member, a macro), in one namespace path
(named, anonymous, nested), with *decorations* (local aliases, enums and types it depends on,
a namespace-scope type of the same name, fields spelled through a macro, an `#if` region with
an `#else` twin). Every site writes a value, prints the archive, reads it back and prints the
fields, so the program's output shows whether the fix kept its behaviour.

Each holder, decoration and framework has a *shape* name; `--avoid SHAPE` leaves it out (the
fuzzer's known-bug list names the shapes that hit an open engine bug).

Usage: generate.py SEED [--avoid SHAPE ...]   prints the program and its flags.
"""
import argparse
import random
import re
import sys
from dataclasses import dataclass
from typing import List, Optional

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from frameworks import Field, TypeSpec, PERSISTENT_BASE, all_frameworks

TYPE_NAMES = ['Point', 'Record', 'Sample', 'Entry', 'Config']
INNER_NAMES = ['Pos', 'Item', 'Header']
WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']

# Namespace paths: '' is an anonymous namespace. `detail` and `inner` are only ever declared
# inside an anonymous namespace, so `detail::` never becomes ambiguous in the original.
PATHS = [[], ['app'], ['app', 'io'], [''], ['app', ''], ['app', '', 'detail'], ['', 'inner'],
         ['', ''], ['app', 'io', '']]

LOCAL_HOLDERS = ['function', 'lambda', 'generic-lambda', 'template', 'member',
                 'static-member', 'nested-local', 'nested-type', 'unnamed-local', 'macro-type']
# 'macro-pair' (a second type in the macro of 'macro-type') is a decoration.
SCOPE_HOLDERS = ['anonymous', 'unnamed-global', 'unnamed-member']
# The decorations, for --avoid (chosen by chance(...) where they apply).
DECORATIONS = ['alias', 'enum', 'inner', 'decoy', 'field-macro', 'scaled-values',
               'conditional', 'comment', 'class-keyword', 'tabs', 'crlf', 'bom', 'named-level']


@dataclass
class Program:
    seed: int
    source: str
    flags: List[str]  # compiler flags after `--`
    link: List[str]
    options: List[str]  # serialscope --option values
    alt_flags: Optional[List[str]]  # another configuration that must behave the same
    shapes: List[str]
    serializable_types: int  # each one a finding


def qualified(path, name):
    named = [p for p in path if p]
    return '::'.join(named + [name])


class Generator:
    def __init__(self, seed, avoid=()):
        self.seed = seed
        self.rng = random.Random(seed)
        self.avoid = set(avoid)
        self.includes = set()
        self.link = set()
        self.options = set()
        self.blocks = []  # (path, lines)
        self.calls = []
        self.shapes = set()
        self.macros = []
        self.scope_names = {}  # named path -> names declared there (anonymous is transparent)
        self.counter = 0
        self.serializable_types = 0  # each one is a finding
        self.conditional = False
        self.persistent = False

    # -- choices -------------------------------------------------------------------------
    def chance(self, shape, p):
        if shape in self.avoid:
            return False
        if self.rng.random() < p:
            self.shapes.add(shape)
            return True
        return False

    def pick(self, options):
        allowed = [o for o in options if o not in self.avoid]
        return self.rng.choice(allowed) if allowed else None

    def fresh(self, prefix):
        self.counter += 1
        return '%s%d' % (prefix, self.counter)

    def claim(self, path, pool):
        """A name from `pool` not yet declared at namespace scope in `path`."""
        key = tuple(p for p in path if p)
        taken = self.scope_names.setdefault(key, set())
        free = [n for n in pool if n not in taken]
        name = self.rng.choice(free) if free else self.fresh(pool[0])
        taken.add(name)
        return name

    def use(self, fw):
        self.includes.update(fw.includes)
        self.link.update(fw.link)
        self.options.update(fw.options)
        self.shapes.add(fw.name)
        if fw.name == 'config-base':
            self.persistent = True

    # -- types ---------------------------------------------------------------------------
    def make_fields(self, fw, local, deps_out, indent, path, name_pool_path):
        """Fields of a type; declares the local entities they depend on into deps_out."""
        fields = [Field('a', 'int', 'int', str(self.rng.randint(1, 99)))]
        if self.rng.random() < 0.6:
            fields.append(Field('s', 'std::string', 'string', '"%s"' % self.rng.choice(WORDS)))
            self.includes.add('<string>')
        def dep_name(pool):
            return self.claim(name_pool_path, pool) if not local else self.fresh(pool[0])
        if self.chance('alias', 0.3):
            alias = dep_name(['Count', 'Id'])
            deps_out.append(indent + self.rng.choice(['using %s = int;' % alias,
                                                      'typedef int %s;' % alias]))
            fields.append(Field('n', alias, 'int', str(self.rng.randint(100, 999))))
        if self.chance('enum', 0.3):
            enum = dep_name(['Color', 'Mode'])
            if self.rng.random() < 0.5:
                deps_out.append(indent + 'enum class %s { Red, Green, Blue };' % enum)
                value = '%s::Green' % enum
            else:
                deps_out.append(indent + 'enum %s { %sLow, %sHigh };' % (enum, enum, enum))
                value = '%sHigh' % enum
            fields.append(Field('c', enum, 'enum', value))
        if self.chance('inner', 0.3):
            inner_name = dep_name(INNER_NAMES)
            inner = TypeSpec(inner_name, [Field('x', 'int', 'int', str(self.rng.randint(1, 9)))],
                             local, hooks=self.rng.choice(fw.hook_styles),
                             resolvable=not local and '' not in path)
            deps_out.extend(self.type_lines(fw, inner, indent))
            fields.append(Field('in', inner_name, 'inner', '', inner))
        return fields

    def type_lines(self, fw, t, indent, declarator='', conditional=False, extra=()):
        """The class definition (and companions at namespace scope); `extra` are more
        member lines."""
        self.serializable_types += not t.resolvable
        parts = [t.keyword, fw.attribute().strip(), t.name, fw.base(t).strip()]
        head = ' '.join(p for p in parts if p) + ' {'
        body = ([indent + head] + self.members(t, indent + '  ') + fw.hooks(t, indent + '  ')
                + list(extra) + [indent + '}%s;' % (' ' + declarator if declarator else '')])
        if conditional:
            # The other configuration declares the same type with one more member.
            twin = list(body)
            twin.insert(1, indent + '  int unused_in_this_configuration = 0;')
            body = ['#if FUZZ_FEATURE'] + body + ['#else'] + twin + ['#endif']
        if not t.local:
            body += fw.companions(t, indent)
        return body

    def members(self, t, indent):
        lines = [indent[:-2] + 'public:'] if t.keyword == 'class' else []
        for f in t.fields:
            if t.field_macro and f.kind == 'int' and f.type == 'int':
                lines.append(indent + 'FUZZ_INT_FIELD(%s);' % f.name)
            else:
                lines.append(indent + '%s %s{};' % (f.type, f.name))
        return lines

    def assignments(self, var, fields, scaled):
        lines = []
        for f in fields:
            if f.kind == 'inner':
                lines += self.assignments('%s.%s' % (var, f.name), f.inner.fields, scaled)
            elif scaled and f.kind == 'int':
                lines.append('%s.%s = FUZZ_SCALE(%s);' % (var, f.name, f.value))
            else:
                lines.append('%s.%s = %s;' % (var, f.name, f.value))
        return lines

    def printed(self, var, fields):
        parts = []
        for f in fields:
            if f.kind == 'inner':
                parts += self.printed('%s.%s' % (var, f.name), f.inner.fields)
            elif f.kind == 'enum':
                parts.append('" %s=" << static_cast<int>(%s.%s)' % (f.name, var, f.name))
            else:
                parts.append('" %s=" << %s.%s' % (f.name, var, f.name))
        return parts

    def exercise(self, fw, type_name, var, fields, label, indent, declare=True):
        """Statements that fill `var`, round-trip it and print what came back."""
        scaled = self.chance('scaled-values', 0.3)
        lines = [indent + '%s %s;' % (type_name, var)] if declare else []
        lines += [indent + line for line in self.assignments(var, fields, scaled)]
        lines += fw.roundtrip(type_name, var, 'back', indent)
        lines.append(indent + 'std::cout << "%s:" << %s << "\\n";'
                     % (label, ' << '.join(self.printed('back', fields))))
        return lines

    # -- sites ---------------------------------------------------------------------------
    def path_shapes(self, path):
        shapes = set()
        anonymous = [i for i, p in enumerate(path) if not p]
        if anonymous:
            shapes.add('in-anonymous')
        if len(anonymous) > 1:
            shapes.add('anonymous-in-anonymous')
        if anonymous and any(path[i] for i in range(anonymous[0] + 1, len(path))):
            shapes.add('named-in-anonymous')
        return shapes

    def pick_path(self, extra=None):
        paths = [p for p in PATHS if not (self.path_shapes(p + (extra or [])) & self.avoid)]
        path = self.rng.choice(paths)
        self.shapes.update(self.path_shapes(path + (extra or [])))
        return path

    def new_type(self, fw, name, fields, local):
        style = 'member' if local else self.rng.choice(fw.hook_styles)
        if not name and style not in ('member', 'template-member'):
            style = 'member'  # an unnamed type has no companions
        keyword = 'class' if self.chance('class-keyword', 0.2) else 'struct'
        return TypeSpec(name, fields, local, keyword=keyword, hooks=style,
                        field_macro=self.chance('field-macro', 0.2))

    def site(self, fw):
        holders = []
        if fw.supports_local:
            holders += [h for h in LOCAL_HOLDERS if h != 'unnamed-local' or fw.supports_unnamed]
        holders += [h for h in SCOPE_HOLDERS if h == 'anonymous' or fw.supports_unnamed]
        holder = self.pick(holders)
        if holder is None:
            return False
        self.use(fw)
        self.shapes.add(holder)
        label = 'site%d' % (len(self.calls) + 1)
        if holder in SCOPE_HOLDERS:
            self.scope_site(fw, holder, label)
        else:
            self.local_site(fw, holder, label)
        return True

    def local_site(self, fw, holder, label):
        path = self.pick_path()
        depth = {'function': 1, 'template': 1, 'unnamed-local': 1, 'macro-type': 1,
                 'nested-type': 1,
                 'lambda': 2, 'generic-lambda': 2, 'member': 2, 'static-member': 2,
                 'nested-local': 3}[holder]
        ind = '  ' * depth
        name = '' if holder == 'unnamed-local' else self.rng.choice(TYPE_NAMES)
        chunk = []
        class_member = False
        fields = self.make_fields(fw, True, chunk, ind, path, path)
        t = self.new_type(fw, name, fields, True)
        conditional = holder != 'macro-type' and self.chance('conditional', 0.15)
        self.conditional |= conditional
        if self.chance('comment', 0.3):
            chunk.append(ind + '// What %s writes and reads back.' % label)
        if holder == 'unnamed-local':
            chunk += self.type_lines(fw, t, ind, 'value', conditional)
            chunk += self.exercise(fw, 'decltype(value)', 'value', fields, label, ind, False)
        elif holder == 'macro-type':
            macro = 'FUZZ_DECLARE_%s' % label.upper()
            text = self.type_lines(fw, t, '')
            if self.chance('macro-pair', 0.5):  # two types from one expansion
                other = [n for n in TYPE_NAMES if n != name][0]
                text += self.type_lines(fw, self.new_type(
                    fw, other, [Field('a', 'int', 'int', '1')], True), '')
            self.macros.append('#define %s %s' % (macro, ' '.join(line.strip() for line in text)))
            chunk.append(ind + macro)
            chunk += self.exercise(fw, name, 'value', fields, label, ind)
        elif holder == 'nested-type':
            # A serializable local type whose member function has its own serializable type.
            inner_ind = ind + '    '
            inner_chunk = []
            inner_fields = self.make_fields(fw, True, inner_chunk, inner_ind, path, path)
            inner_name = self.rng.choice([n for n in TYPE_NAMES if n != name])
            inner = self.new_type(fw, inner_name, inner_fields, True)
            inner_chunk += self.type_lines(fw, inner, inner_ind)
            inner_chunk += self.exercise(fw, inner_name, 'value', inner_fields, label + '-nested',
                                         inner_ind)
            method = [ind + '  void nested() const {'] + inner_chunk + [ind + '  }']
            chunk += self.type_lines(fw, t, ind, '', conditional, method)
            chunk += self.exercise(fw, name, 'value', fields, label, ind)
            chunk.append(ind + 'value.nested();')
        else:
            # The type uses a static constant of the class whose member function declares it.
            class_member = (holder in ('member', 'static-member')
                            and self.chance('class-member', 0.4))
            extra = ([ind + '  int scaled() const { return a * kBase; }'] if class_member
                     else [])
            chunk += self.type_lines(fw, t, ind, '', conditional, extra)
            chunk += self.exercise(fw, name, 'value', fields, label, ind)
            if class_member:
                chunk.append(ind + 'std::cout << back.scaled() << "\\n";')
        lines = []
        if name and self.chance('decoy', 0.3):
            key = tuple(p for p in path if p)
            if name not in self.scope_names.setdefault(key, set()):
                self.scope_names[key].add(name)
                lines.append('struct %s { int unrelated = 0; };' % name)
        fn = label
        if holder == 'template':
            lines += ['template <class Tag> void %s(Tag tag) {' % fn, '  (void)tag;'] + chunk + ['}']
            call = qualified(path, fn) + '(0)'
        elif holder in ('lambda', 'generic-lambda'):
            head = '[] {' if holder == 'lambda' else '[](auto tag) {'
            lines += ['void %s() {' % fn, '  auto body = %s' % head]
            lines += (['    (void)tag;'] if holder == 'generic-lambda' else []) + chunk
            lines += ['  };', '  body(%s);' % ('' if holder == 'lambda' else '0'), '}']
            call = qualified(path, fn) + '()'
        elif holder in ('member', 'static-member'):
            cls = self.fresh('Site')
            self.scope_names.setdefault(tuple(p for p in path if p), set()).add(cls)
            if class_member:
                access = self.rng.choice(['private:', 'public:'])
                constant = ['%s' % access, '  static constexpr int kBase = 7;']
            else:
                constant = []
            if holder == 'member':
                lines += ['class %s {' % cls] + constant + ['public:', '  void run() const {']
                call = qualified(path, cls) + '().run()'
            else:
                lines += ['struct %s {' % cls] + constant + ['public:', '  static void run() {']
                call = qualified(path, cls) + '::run()'
            lines += chunk
            lines += ['  }', '};']
        elif holder == 'nested-local':
            lines += ['void %s() {' % fn, '  struct Runner {', '    void run() const {'] + chunk
            lines += ['    }', '  };', '  Runner().run();', '}']
            call = qualified(path, fn) + '()'
        else:
            lines += ['void %s() {' % fn] + chunk + ['}']
            call = qualified(path, fn) + '()'
        self.blocks.append((path, lines))
        self.calls.append(call)

    def scope_site(self, fw, holder, label):
        # Directly in a named namespace of an anonymous one (`app::(anonymous)::detail`): the
        # type keeps that namespace, which its fix moves out whole.
        named_level = (holder == 'anonymous' and 'named-in-anonymous' not in self.avoid
                       and self.chance('named-level', 0.3))
        if named_level:
            type_path = self.rng.choice([p for p in PATHS
                                         if 'named-in-anonymous' in self.path_shapes(p)])
            self.shapes.update(self.path_shapes(type_path))
        else:
            type_path = self.pick_path([''] if holder == 'anonymous' else None)
        if holder == 'anonymous' and not named_level:
            type_path = type_path + ['']
        name = self.claim(type_path, TYPE_NAMES) if holder == 'anonymous' else ''
        decls = []
        fields = self.make_fields(fw, False, decls, '', type_path, type_path)
        t = self.new_type(fw, name, fields, False)
        conditional = self.chance('conditional', 0.15)
        self.conditional |= conditional
        if self.chance('comment', 0.3):
            decls.append('// What %s writes and reads back.' % label)
        fn = label
        body = ['void %s() {' % fn]
        if named_level:  # the user is outside the named namespace: its enumerators too
            body.append('  using namespace %s;' % type_path[-1])
        if holder == 'anonymous':
            decls += self.type_lines(fw, t, '', '', conditional)
            body += self.exercise(fw, (type_path[-1] + '::' if named_level else '') + name,
                                  'value', fields, label, '  ')
        elif holder == 'unnamed-global':
            var = '%s_value' % label
            decls += self.type_lines(fw, t, '', var, conditional)
            body += self.exercise(fw, 'decltype(%s)' % var, var, fields, label, '  ', False)
        else:
            cls = self.fresh('Holder')
            decls += ['class %s {' % cls, 'public:']
            decls += self.type_lines(fw, t, '  ', 'part', conditional)
            decls += ['};']
            body += ['  %s holder;' % cls]
            body += self.exercise(fw, 'decltype(holder.part)', 'holder.part', fields, label, '  ',
                                  False)
        body += ['}']
        function_path = type_path[:-1] if holder == 'anonymous' else type_path
        if holder == 'anonymous' and not named_level and self.rng.random() < 0.3:
            self.blocks.append((type_path, decls + [''] + body))  # the user sits beside it
            function_path = type_path
        else:
            self.blocks.append((type_path, decls))
            self.blocks.append((function_path, body))
        self.calls.append(qualified(function_path, fn) + '()')

    # -- the program ---------------------------------------------------------------------
    def generate(self):
        frameworks = [fw for fw in all_frameworks() if fw.name not in self.avoid]
        main = self.rng.choice(frameworks)
        for _ in range(self.rng.randint(1, 3)):
            fw = main if self.rng.random() < 0.8 else self.rng.choice(frameworks)
            self.site(fw)
        return self.render()

    def render(self):
        out = ['// serialscope fix fuzzer, seed %d.' % self.seed, '']
        out += ['#include %s' % inc for inc in sorted(self.includes)] + ['']
        out += ['#define FUZZ_SCALE(x) ((x) * 3)', '#define FUZZ_INT_FIELD(name) int name = 0',
                '#ifndef FUZZ_FEATURE', '#define FUZZ_FEATURE 1', '#endif'] + self.macros + ['']
        if self.persistent:
            out += [PERSISTENT_BASE, '']
        for path, lines in self.blocks:
            out += ['namespace %s{' % (p + ' ' if p else '') for p in path]
            out += lines
            out += ['} // namespace%s' % (' ' + p if p else '') for p in reversed(path)]
            out.append('')
        out += ['int main() {'] + ['  %s;' % call for call in self.calls] + ['  return 0;', '}']
        if self.chance('tabs', 0.1):
            out = [re.sub(r'^((?:  )+)', lambda m: '\t' * (len(m.group(1)) // 2), line)
                   for line in out]
        newline = '\r\n' if self.chance('crlf', 0.1) else '\n'
        bom = '\ufeff' if self.chance('bom', 0.1) else ''
        flags = ['-std=c++17']
        return Program(self.seed, bom + newline.join(out) + newline, flags, sorted(self.link),
                       sorted(self.options),
                       flags + ['-DFUZZ_FEATURE=0'] if self.conditional else None,
                       sorted(self.shapes), self.serializable_types)


def generate(seed, avoid=()):
    return Generator(seed, avoid).generate()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('seed', type=int)
    parser.add_argument('--avoid', action='append', default=[], metavar='SHAPE')
    args = parser.parse_args()
    program = generate(args.seed, args.avoid)
    print(program.source, end='')
    print('// flags: %s' % ' '.join(program.flags + program.link))
    print('// options: %s' % ' '.join(program.options))
    print('// shapes: %s' % ' '.join(program.shapes))
    print('// serializable types (findings): %d' % program.serializable_types)


if __name__ == '__main__':
    main()
