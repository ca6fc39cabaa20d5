"""The serialization frameworks the fix fuzzer writes programs for.

Each framework knows how to make a type serializable (hooks inside the class, companions after
it, a base, an attribute) and how to round-trip a value (write it, read it back into a fresh
object). Local classes may not declare member templates or define friends, so `local` picks
the spelling: overloads for the concrete archives in a local class, templates and companions at
namespace scope.
"""
from dataclasses import dataclass
from typing import List, Optional


@dataclass
class Field:
    name: str
    type: str  # as spelled in the class (may name a local alias, enum or type)
    kind: str  # 'int', 'string', 'enum' or 'inner'
    value: str  # the expression assigned before writing
    inner: Optional['TypeSpec'] = None


@dataclass
class TypeSpec:
    name: str  # '' for an unnamed type
    fields: List[Field]
    local: bool  # declared in a function: no member templates, no companions
    keyword: str = 'struct'
    hooks: str = 'member'  # 'member', 'template-member', 'companion', 'macro', 'macro-nonintrusive'
    field_macro: bool = False  # int fields spelled through FUZZ_INT_FIELD
    resolvable: bool = False  # declared in a named namespace: serializable, but no finding


class Framework:
    name = ''
    includes: List[str] = []
    link: List[str] = []
    options: List[str] = []
    supports_local = True
    supports_unnamed = True
    hook_styles = ('member',)  # at namespace scope; local types always use 'member'

    def base(self, t):
        return ''

    def attribute(self):
        return ''

    def hooks(self, t, indent):
        return []

    def companions(self, t, indent):
        return []

    def roundtrip(self, type_name, var, out, indent):
        """Lines that write `var`, print what was written and read it back into `out`."""
        raise NotImplementedError


class Boost(Framework):
    name = 'boost'
    includes = ['<boost/archive/text_iarchive.hpp>', '<boost/archive/text_oarchive.hpp>',
                '<boost/serialization/string.hpp>', '<iostream>', '<sstream>']
    link = ['-lboost_serialization']
    hook_styles = ('member', 'template-member', 'companion')

    def _body(self, t, prefix):
        return ' & '.join('%s%s' % (prefix, f.name) for f in t.fields)

    def hooks(self, t, indent):
        body = self._body(t, '')
        if t.local or t.hooks == 'member':
            return [indent + 'void serialize(boost::archive::%s &ar, unsigned) { ar & %s; }'
                    % (archive, body) for archive in ('text_oarchive', 'text_iarchive')]
        if t.hooks == 'template-member':
            return [indent + 'template <class Archive> void serialize(Archive &ar, unsigned) '
                    '{ ar & %s; }' % body]
        return []

    def companions(self, t, indent):
        if t.hooks != 'companion':
            return []
        return [indent + 'template <class Archive> void serialize(Archive &ar, %s &v, unsigned) '
                '{ ar & %s; }' % (t.name, self._body(t, 'v.'))]

    def roundtrip(self, type_name, var, out, indent):
        return [indent + line for line in [
            'std::ostringstream os_%s;' % out,
            '{ boost::archive::text_oarchive oa(os_%s, boost::archive::no_header); '
            'const auto &cv = %s; oa << cv; }' % (out, var),
            'std::cout << os_%s.str() << "\\n";' % out,
            '%s %s;' % (type_name, out),
            '{ std::istringstream is(os_%s.str()); '
            'boost::archive::text_iarchive ia(is, boost::archive::no_header); ia >> %s; }'
            % (out, out)]]


class Cereal(Framework):
    includes = ['<cereal/cereal.hpp>', '<cereal/types/string.hpp>', '<iostream>', '<sstream>']
    hook_styles = ('member', 'template-member', 'companion')

    def __init__(self, archive):
        self.archive = archive  # 'XML' or 'Binary' (Debian's cereal JSON needs a rapidjson clang 19 rejects)
        self.name = 'cereal-' + archive.lower()
        self.includes = self.includes + ['<cereal/archives/%s.hpp>' % archive.lower()]
        if archive == 'Binary':
            self.includes = self.includes + ['<iomanip>']

    def _body(self, t, prefix):
        return ', '.join('cereal::make_nvp("%s", %s%s)' % (f.name, prefix, f.name)
                         for f in t.fields)

    def hooks(self, t, indent):
        body = self._body(t, '')
        if t.local or t.hooks == 'member':
            return [indent + 'void serialize(cereal::%s%sArchive &ar) { ar(%s); }'
                    % (self.archive, direction, body) for direction in ('Output', 'Input')]
        if t.hooks == 'template-member':
            return [indent + 'template <class Archive> void serialize(Archive &ar) { ar(%s); }'
                    % body]
        return []

    def companions(self, t, indent):
        if t.hooks != 'companion':
            return []
        return [indent + 'template <class Archive> void serialize(Archive &ar, %s &v) { ar(%s); }'
                % (t.name, self._body(t, 'v.'))]

    def roundtrip(self, type_name, var, out, indent):
        if self.archive == 'XML':
            show = 'std::cout << os_%s.str() << "\\n";' % out
        else:
            show = ('for (unsigned char c : os_%s.str()) std::cout << std::hex << std::setw(2) '
                    '<< std::setfill(\'0\') << int(c); std::cout << std::dec << "\\n";' % out)
        return [indent + line for line in [
            'std::ostringstream os_%s;' % out,
            '{ cereal::%sOutputArchive oa(os_%s); oa(cereal::make_nvp("value", %s)); }'
            % (self.archive, out, var),
            show,
            '%s %s;' % (type_name, out),
            '{ std::istringstream is(os_%s.str()); cereal::%sInputArchive ia(is); '
            'ia(cereal::make_nvp("value", %s)); }' % (out, self.archive, out)]]


class Nlohmann(Framework):
    """to_json/from_json are free functions or friends: no local types, no unnamed ones."""
    name = 'nlohmann'
    includes = ['<nlohmann/json.hpp>', '<iostream>']
    supports_local = False
    supports_unnamed = False
    hook_styles = ('macro', 'macro-nonintrusive', 'companion')

    def hooks(self, t, indent):
        if t.hooks == 'macro':
            return [indent + 'NLOHMANN_DEFINE_TYPE_INTRUSIVE(%s, %s)'
                    % (t.name, ', '.join(f.name for f in t.fields))]
        return []

    def companions(self, t, indent):
        if t.hooks == 'macro-nonintrusive':
            return [indent + 'NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(%s, %s)'
                    % (t.name, ', '.join(f.name for f in t.fields))]
        if t.hooks != 'companion':
            return []
        to = ', '.join('{"%s", v.%s}' % (f.name, f.name) for f in t.fields)
        frm = ' '.join('j.at("%s").get_to(v.%s);' % (f.name, f.name) for f in t.fields)
        return [indent + 'void to_json(nlohmann::json &j, const %s &v) { j = {%s}; }'
                % (t.name, to),
                indent + 'void from_json(const nlohmann::json &j, %s &v) { %s }' % (t.name, frm)]

    def roundtrip(self, type_name, var, out, indent):
        return [indent + line for line in [
            'nlohmann::json j_%s = %s;' % (out, var),
            'std::cout << j_%s.dump() << "\\n";' % out,
            '%s %s = j_%s.get<%s>();' % (type_name, out, out, type_name)]]


class TextStream(Framework):
    """Configured evidence: the type writes and reads itself as text; what marks it
    serializable is a base named in SerializableBases or the annotation."""
    includes = ['<iostream>', '<sstream>', '<string>']

    def __init__(self, evidence):
        self.evidence = evidence  # 'base' or 'annotation'
        self.name = 'config-' + evidence
        if evidence == 'base':
            self.options = ['SerializableBases=fuzzbase::Persistent']

    def base(self, t):
        return ' : public fuzzbase::Persistent' if self.evidence == 'base' else ''

    def attribute(self):
        return '[[clang::annotate("serializable")]] ' if self.evidence == 'annotation' else ''

    def hooks(self, t, indent):
        writes, reads = [], []
        for f in t.fields:
            if f.kind == 'inner':
                writes.append('%s.write(os);' % f.name)
                reads.append('%s.read(is);' % f.name)
            elif f.kind == 'enum':
                writes.append('os << static_cast<int>(%s) << \' \';' % f.name)
                reads.append('{ int e = 0; is >> e; %s = static_cast<%s>(e); }' % (f.name, f.type))
            else:
                writes.append('os << %s << \' \';' % f.name)
                reads.append('is >> %s;' % f.name)
        virt = ' override' if self.evidence == 'base' else ''
        return [indent + 'void write(std::ostream &os) const%s { %s }' % (virt, ' '.join(writes)),
                indent + 'void read(std::istream &is)%s { %s }' % (virt, ' '.join(reads))]

    def roundtrip(self, type_name, var, out, indent):
        return [indent + line for line in [
            'std::ostringstream os_%s;' % out,
            '%s.write(os_%s);' % (var, out),
            'std::cout << os_%s.str() << "\\n";' % out,
            '%s %s;' % (type_name, out),
            '{ std::istringstream is(os_%s.str()); %s.read(is); }' % (out, out)]]


PERSISTENT_BASE = '''namespace fuzzbase {
struct Persistent {
  virtual ~Persistent() = default;
  virtual void write(std::ostream &os) const = 0;
  virtual void read(std::istream &is) = 0;
};
} // namespace fuzzbase'''


def all_frameworks():
    return [Boost(), Cereal('XML'), Cereal('Binary'), Nlohmann(), TextStream('base'),
            TextStream('annotation')]
