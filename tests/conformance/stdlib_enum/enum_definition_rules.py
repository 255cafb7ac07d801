# How an enum class body is read: members, plain attributes, reserved names and their errors.
import enum, re, warnings
from enum import Enum, IntEnum, auto, member, nonmember


def attempt(label, body):
    ns = {'Enum': Enum, 'IntEnum': IntEnum, 'auto': auto, 'enum': enum,
          'member': member, 'nonmember': nonmember, '__name__': 'defs'}
    try:
        exec(body, ns)
        print(label, 'ok', ns.get('result'))
    except Exception as e:
        text = re.sub(' at 0x[0-9a-f]+', '', str(e))
        if text.startswith('too many data types'):
            text = text.split(':')[0]      # the set's order is not defined
        print(label, type(e).__name__, text)


attempt('reuse', 'class E(Enum):\n A = 1\n A = 2')
attempt('member then method', 'class E(Enum):\n A = 1\n def A(self): pass')
attempt('method then member', 'class E(Enum):\n def A(self): pass\n A = 1')
attempt('reserved', 'class E(Enum):\n _value_ = 1')
attempt('allowed hook', 'class E(Enum):\n _missing_ = 3\n A = 1\nresult = E._missing_')
attempt('gnv late', 'class E(Enum):\n A = auto()\n def _generate_next_value_(*a): return 1')
attempt('ignore', 'class E(Enum):\n _ignore_ = "tmp i"\n tmp = 5\n for i in range(2): pass\n A = tmp\nresult = (list(E), hasattr(E, "tmp"), hasattr(E, "i"))')
attempt('ignore late', 'class E(Enum):\n A = 1\n _ignore_ = ["A"]')
attempt('order ok', 'class E(Enum):\n _order_ = "A C B"\n A = 2\n C = 2\n B = 1\nresult = (list(E), hasattr(E, "_order_"))')
attempt('order bad', 'class E(Enum):\n __order__ = "B A"\n A = 1\n B = 2')
attempt('invalid name', 'class E(Enum):\n mro = 1')
attempt('private', 'class E(Enum):\n __secret = 1\n A = 2\nresult = (list(E), E._E__secret)')
attempt('underscores', 'class E(Enum):\n _a = 1\n b_ = 2\nresult = list(E)')
attempt('descriptors', 'class E(Enum):\n A = 1\n f = lambda self: 2\n s = staticmethod(len)\n @property\n def p(self): return 3\nresult = (list(E), E.A.f(), E.s("ab"), E.A.p)')
attempt('member()', 'class E(Enum):\n A = 1\n f = member(lambda: "called")\n n = nonmember(7)\nresult = (len(E), E.f.value(), E.n)')
attempt('alias', 'class E(Enum):\n A = 1\n B = A\n C = 1.0\n D = True\nresult = (list(E), E.B is E.A, E.C, E.D, list(E.__members__))')
attempt('extend', 'class E(Enum):\n A = 1\nclass F(E):\n B = 2')
attempt('extend empty', 'class Base(Enum):\n def hi(self): return self.name.lower()\nclass F(Base):\n B = 2\nresult = F.B.hi()')
attempt('mixin last', 'class E(Enum, int):\n A = 1')
attempt('plain mixin', 'class M:\n def twice(self): return self.value * 2\nclass E(M, Enum):\n A = 4\nresult = (E.A.twice(), E._member_type_)')
attempt('two data types', 'class E(int, str, Enum):\n A = 1')
attempt('repr enum', 'class E(enum.ReprEnum):\n A = 1')
attempt('intenum value', 'class E(IntEnum):\n A = "x"')
attempt('names', 'class E(Enum):\n name = 1\n value = 2\nresult = (list(E), E.name.name, E.value.value, E.name.value)')
attempt('empty', 'class E(Enum):\n pass\nresult = (list(E), len(E), bool(E), repr(E))')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    class Outer(Enum):
        A = 1
        class Inner:
            pass
print(list(Outer), [(w.category.__name__, str(w.message)) for w in caught])

class Hooked(Enum):
    def __init_subclass__(cls, **kwds):
        print('init_subclass', cls.__name__, [m.name for m in cls], kwds)
class Child(Hooked, flavour='x'):
    A = 1
    B = 2
