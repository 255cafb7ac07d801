# Differential tests of inspect.
import functools
import sys
import types
from harness import load, check

I = load('inspect')
P = I.Parameter


def plain(a, b=2, *args, c, d=4, **kw):
    """Doc line.

        Indented more.
    Back.
    """


def posonly(a, b, /, c, *, d):
    pass


def annotated(x: int, y: 'str' = 'q', *, z: list[int] = None) -> dict:
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


lam = lambda x, *y: x  # noqa: E731


class K:
    """Class doc."""
    attr = 1

    def __init__(self, p, q=3):
        self.p = p

    def meth(self, x, y=1):
        """Method doc."""

    @classmethod
    def cm(cls, a):
        pass

    @staticmethod
    def sm(a, b):
        pass

    @property
    def prop(self):
        """Prop doc."""
        return 5

    def __call__(self, z, *, w=0):
        pass


class Sub(K):
    def meth(self, x, y=1):
        pass


class New:
    def __new__(cls, a, *, b):
        return super().__new__(cls)


class Empty:
    pass


class Meta(type):
    def __call__(cls, m1, m2=0):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


@functools.wraps(plain)
def wrapper(*args, **kwargs):
    return plain(*args, **kwargs)


objs = {'plain': plain, 'posonly': posonly, 'annotated': annotated, 'gen': gen, 'coro': coro, 'agen': agen, 'lam': lam,
        'K': K, 'K()': K(1), 'K().meth': K(1).meth, 'K.meth': K.meth, 'K.cm': K.cm, 'K.sm': K.sm, 'K.prop': K.prop, 'Sub': Sub,
        'New': New, 'Empty': Empty, 'WithMeta': WithMeta, 'wrapper': wrapper, 'len': len, 'dict.get': dict.get, '[].append': [].append,
        'int': int, 'sys': sys, 'gen()': None, 'partial': functools.partial(plain, 1, c=3), 'partial2': functools.partial(posonly, 1),
        'partial3': functools.partial(plain, b=5), 'object': object, 'type': type, 'None': None, '1': 1, 'str.join': str.join,
        'object.__init__': object.__init__, 'K.__dict__': K.__dict__['prop'], 'func.__code__': plain.__code__}
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction',
         'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine', 'ismethoddescriptor', 'isdatadescriptor',
         'isabstract', 'iscode']
g = gen()
c = coro()
ag = agen()
objs['gen()'] = g
objs['coro()'] = c
objs['agen()'] = ag
for name, o in objs.items():
    check(f'preds {name}', lambda: [p for p in preds if getattr(I, p)(o)])
    check(f'signature {name}', lambda: str(I.signature(o)))
    check(f'signature repr {name}', lambda: repr(I.signature(o)))
c.close()
for name in ['plain', 'posonly', 'annotated', 'K', 'K().meth', 'lam', 'wrapper']:
    check(f'params {name}', lambda: [(p.name, str(p.kind), p.kind.description, repr(p.default) if p.default is not P.empty else 'empty',
                                      repr(p), str(p)) for p in I.signature(objs[name]).parameters.values()])
check('getfullargspec', lambda: [I.getfullargspec(f) for f in (plain, posonly, annotated, K.meth, K(1).meth, lam)])
check('getfullargspec bad', lambda: I.getfullargspec(1))
check('not callable', lambda: I.signature(1))
check('follow_wrapped', lambda: str(I.signature(wrapper, follow_wrapped=False)))
check('return annotation', lambda: (I.signature(annotated).return_annotation, I.signature(plain).return_annotation is I.Signature.empty))

sig = I.signature(plain)
for args, kwargs in [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 5, 'e': 6}), ((), {'a': 1, 'c': 2}), ((1,), {}), ((), {}), ((1,), {'a': 2, 'c': 1}),
                     ((1, 2), {'c': 3, 'd': 4, 'b': 9})]:
    check(f'bind {args} {kwargs}', lambda: (lambda b: (repr(b), b.args, b.kwargs, dict(b.arguments)))(sig.bind(*args, **kwargs)))
    check(f'bind_partial {args} {kwargs}', lambda: repr(sig.bind_partial(*args, **kwargs)))
psig = I.signature(posonly)
for args, kwargs in [((1, 2, 3), {'d': 4}), ((1, 2), {'c': 3, 'd': 4}), ((1,), {'b': 2, 'c': 3, 'd': 4}), ((1, 2, 3, 4), {}), ((1, 2, 3), {}),
                     ((1, 2, 3), {'d': 1, 'x': 2})]:
    check(f'pbind {args} {kwargs}', lambda: repr(psig.bind(*args, **kwargs)))
check('bind kwonly missing', lambda: I.signature(lambda *, k: 0).bind())
check('bind posonly kw default', lambda: I.signature(lambda a=1, /, **kw: 0).bind(a=2))
check('bind posonly kw error', lambda: I.signature(lambda a=1, /: 0).bind(a=2))
check('apply_defaults', lambda: (lambda b: (b.apply_defaults(), repr(b)))(sig.bind(1, c=2)))
check('bound eq', lambda: sig.bind(1, c=2) == sig.bind(1, c=2))

# Constructing signatures and parameters
for label, f in [
    ('param basic', lambda: (repr(P('x', P.POSITIONAL_ONLY)), str(P('y', P.KEYWORD_ONLY, default=3, annotation=int)), str(P('args', P.VAR_POSITIONAL, annotation='A')))),
    ('param kind int', lambda: P('x', 1).kind), ('param bad kind', lambda: P('x', 9)), ('param bad kind2', lambda: P('x', 'nope')),
    ('param var default', lambda: P('x', P.VAR_KEYWORD, default=1)), ('param bad name', lambda: P('1x', P.POSITIONAL_ONLY)),
    ('param keyword name', lambda: P('class', P.POSITIONAL_OR_KEYWORD)), ('param keyword posonly', lambda: P('class', P.POSITIONAL_ONLY)),
    ('param name type', lambda: P(1, P.POSITIONAL_ONLY)), ('param implicit', lambda: P('.0', P.POSITIONAL_OR_KEYWORD)),
    ('param replace', lambda: repr(P('x', P.POSITIONAL_ONLY).replace(name='y', default=None))),
    ('param eq', lambda: (P('x', 0) == P('x', 0), P('x', 0) == P('x', 1), hash(P('x', 0)) == hash(P('x', 0)), P('x', 0) == 1)),
    ('kinds', lambda: [(str(k), int(k), k.description, repr(k)) for k in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD)]),
    ('kind compare', lambda: (P.POSITIONAL_ONLY < P.KEYWORD_ONLY, P.VAR_KEYWORD == 4)),
    ('sig build', lambda: str(I.Signature([P('a', 0), P('b', 1, default=2), P('c', 3)], return_annotation=int))),
    ('sig build order', lambda: I.Signature([P('a', 3), P('b', 0)])), ('sig build default', lambda: I.Signature([P('a', 1, default=1), P('b', 1)])),
    ('sig build dup', lambda: I.Signature([P('a', 0), P('a', 1)])), ('sig empty', lambda: (str(I.Signature()), repr(I.Signature()))),
    ('sig replace', lambda: str(sig.replace(return_annotation='R'))), ('sig eq', lambda: (I.signature(plain) == I.signature(plain), I.signature(plain) == I.signature(posonly), hash(I.signature(plain)) == hash(I.signature(plain)))),
    ('sig only kwonly', lambda: str(I.Signature([P('k', P.KEYWORD_ONLY)]))), ('sig only posonly', lambda: str(I.Signature([P('p', P.POSITIONAL_ONLY)]))),
    ('sig posonly then var', lambda: str(I.Signature([P('p', 0), P('a', 2), P('k', 3)]))),
    ('empty', lambda: (P.empty is I.Signature.empty, P.empty.__name__)),
    ('__signature__', lambda: str(I.signature(type('X', (), {'__signature__': I.Signature([P('s', 1)]), '__call__': lambda self: 0})()))),
    ('annotations', lambda: [formatted for formatted in (I.formatannotation(int), I.formatannotation(list[int]), I.formatannotation('s'), I.formatannotation(I.Parameter), I.formatannotation(None), I.formatannotation(types.ModuleType))]),
]:
    check(label, f)

# Docs, members, misc
for label, f in [
    ('getdoc', lambda: [I.getdoc(o) for o in (plain, K, K.meth, Sub.meth, Sub(1).meth, K(1).meth, K.prop, posonly, 1, Sub)]),
    ('cleandoc', lambda: [I.cleandoc(s) for s in ['  a\n    b\n  c', '\n\n  x\n\ty\n\n', 'single', '', '   \n  \n', 'a\n  b\n c\n', 'first\n\tTabbed\n  two']]),
    ('getmembers K', lambda: [n for n, v in I.getmembers(K) if not n.startswith('__')]),
    ('getmembers pred', lambda: [n for n, v in I.getmembers(K, I.isfunction)]),
    ('getmembers inst', lambda: [(n, v) for n, v in I.getmembers(K(7)) if not n.startswith('_') and not callable(v)]),
    ('getmodule', lambda: (I.getmodule(plain).__name__, I.getmodule(sys) is sys, I.getmodule(I.signature) is I, I.getmodule(K).__name__)),
    ('getfile', lambda: (I.getfile(I).endswith('inspect.py'), I.getfile(plain) == __file__ if '__file__' in globals() else True)),
    ('getfile bad', lambda: I.getfile(1)), ('getfile builtin', lambda: I.getfile(sys)),
    ('unwrap', lambda: (I.unwrap(wrapper) is plain, I.unwrap(plain) is plain, I.unwrap(wrapper, stop=lambda f: True) is wrapper)),
    ('unwrap loop', lambda: I.unwrap(type('L', (), {'__wrapped__': property(lambda self: self)})())),
    ('genstate', lambda: (lambda g2: [I.getgeneratorstate(g2), next(g2), I.getgeneratorstate(g2), g2.close(), I.getgeneratorstate(g2)])(gen())),
    ('genstate exhausted', lambda: (lambda g2: [list(g2), I.getgeneratorstate(g2)])(gen())),
    ('corostate', lambda: (lambda c2: [I.getcoroutinestate(c2), c2.close(), I.getcoroutinestate(c2)])(coro())),
    ('currentframe', lambda: I.currentframe().f_code.co_name),
    ('markcoroutine', lambda: I.iscoroutinefunction(I.markcoroutinefunction(lambda: 0))),
    ('partial coroutine', lambda: (I.iscoroutinefunction(functools.partial(coro)), I.isgeneratorfunction(functools.partial(gen)))),
    ('method gen', lambda: I.isgeneratorfunction(type('G', (), {'m': lambda self: (yield)})().m)),
    ('getattr_static', lambda: (I.getattr_static(K, 'prop') is K.__dict__['prop'], I.getattr_static(K(1), 'p'), I.getattr_static(K, 'zz', 'dflt'))),
    ('getattr_static missing', lambda: I.getattr_static(K, 'zz')),
    ('get_annotations', lambda: (I.get_annotations(annotated), I.get_annotations(K), I.get_annotations(annotated, eval_str=True))),
    ('constants', lambda: (I.CO_GENERATOR, I.CO_COROUTINE, I.CO_VARARGS, I.CO_VARKEYWORDS, I.GEN_CREATED, I.CORO_CLOSED)),
]:
    check(label, f)
