# string.Formatter: parse() of tricky format strings and its errors, field-name lookup, auto/manual
# numbering, nested specs, conversions, overridden hooks; string.Template: invalid placeholders
# (line/col), subclass patterns and delimiters, identifiers, mapping + keyword precedence.
import string

f = string.Formatter()
for s in ['', 'plain', '{}', '{0}', '{name}', 'a{{b}}c', '{{}}', '{:>{width}}', '{0!r:^10}', '{x!s}',
          '{a[0]}', '{a.b[c]}', '{a[}]}', '{a[:]}', '{0[{]}', 'x}}y', '{!r}', '{:}', '{0:{1}{2}}',
          '{a:{{}}}', '}', '{', 'a}b', 'a{b', '{0', '{0!', '{0!r', '{0!rx}', '{0!}', '{0:', '{0:{',
          '{a{b}', '{[}', '{0!r:', '}}{', '{0}}', 'end{', '{:{:{}}}', '{0[1]x}', '{0.}', '{.x}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

class P:
    x = 5
    items = {'k': 'v', 1: 'one'}
args = (10, [1, 2, 3], {'key': 'val', '0': 'zero'})
kwargs = {'p': P(), 'name': 'Ada', 'w': 8, 'd': {'a b': 1, '-1': 'neg'}}
for s in ['{0} {1[2]} {2[key]} {2[0]}', '{p.x} {p.items[k]} {p.items[1]}', '{name!r:>{w}}', '{0:{w}d}|',
          '{} {} {}', '{0} {}', '{} {0}', '{d[a b]} {d[-1]}', '{:{}}', '{0:{1}}', '{0:{}}', '{:{0}}',
          '{name.upper.__name__}', '{1[5]}', '{missing}', '{3}', '{p.nope}', '{0!z}', '{0:{1:{2}}}',
          '{0:{1:{2:{3}}}}', '{0.real}{}', '{0[0]}{}', '{}{0.real}', '{0:!<5}', '{name!a}', '{:%}', '{0:x}',
          '{0:,}', '{!s:5}|']:
    try:
        print(repr(s), repr(f.format(s, *args, **kwargs)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(f.vformat('{0}-{x}', (1,), {'x': 2}), f.get_value(0, (7,), {}), f.get_value('k', (), {'k': 8}))
print(f.get_field('0.real', (3,), {}), f.get_field('a[1]', (), {'a': 'xyz'}), f.convert_field('é', 'a'),
      f.convert_field(1, None), f.format_field(3.14159, '.2f'))
for conv in ['x', '']:
    try:
        f.convert_field(1, conv)
    except ValueError as e:
        print('ValueError', e)
try:
    f.format()
except TypeError as e:
    print('TypeError', e)
print(f.format('{}', 'only'))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = set(range(len(args))) | set(kwargs)
        print('used', sorted(map(str, used_args)), 'unused', sorted(map(str, extra - used_args)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return '[' + super().format_field(value, spec) + ']'
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
s = Strict()
print(s.format('{0} {a} {zz} {1!u} {0:>4}', 'x', 'y', 'z', a=1, w=4, unused=2))

class Parts(string.Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.upper(), field, spec, conv
print(Parts().format('ab{0}cd{1:>3}', 1, 2))

T = string.Template
for text in ['$who likes $what', '${who}x', '$$5', '$', 'a $ b', 'line1\nline2 $9', 'x\n\n  ${bad',
             '$who $missing', '${}', '$_ok $Ok', '$who.attr', 'tail $', '$é']:
    t = T(text)
    for fn in (lambda: t.substitute(who='tim', what='ham', _ok=1, Ok=2),
               lambda: t.safe_substitute(who='tim'), t.is_valid, t.get_identifiers):
        try:
            print(repr(text), repr(fn()))
        except (KeyError, ValueError) as e:
            print(repr(text), type(e).__name__, e)
print(T('$a $b').substitute({'a': 1, 'b': 2}, b=3), T('$a').substitute({}, a='kw'))
try:
    T('$a').substitute({'a': 1}, {'b': 2})
except TypeError as e:
    print('TypeError', e)

class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(Percent('%first_name %% %x').safe_substitute(first_name='A'), Percent.pattern.pattern.count('%'))
class Braces(string.Template):
    braceidpattern = r'[^}]+'
print(Braces('${a b} $c').substitute({'a b': 1, 'c': 2}))
class Custom(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )'''
print(Custom('#a #<b> ## #9').safe_substitute(a=1, b=2), Custom('#x').get_identifiers())
try:
    Custom('x #9').substitute()
except ValueError as e:
    print(e)
class Upper(string.Template):
    flags = 0
    idpattern = '[A-Z]+'
print(Upper('$ABC $abc').safe_substitute(ABC=1, abc=2))
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags, type(T.pattern).__name__, T('x').template)
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b-c', '-'), string.capwords('x  y', ' '), repr(string.capwords('')))
