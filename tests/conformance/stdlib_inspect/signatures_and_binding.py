# inspect.Signature / Parameter / BoundArguments: str and repr, binding and its errors,
# classes, functools.partial / partialmethod / wraps, getfullargspec.
import functools
import re
import inspect
from inspect import Parameter, Signature


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as error:
        # Drop object addresses from messages, so the output does not vary between runs.
        print(label, '->', type(error).__name__, re.sub(' at 0x[0-9a-f]+', '', str(error)))


def plain(a, b=2, *args, c, d=4, **kw): pass
def annotated(x: int, y: 'list[str]' = None, *, z: float = 1.5) -> bool: pass
def posonly(a, b=1, /, c=2, *, d): pass
def onlystar(*, k): pass
def nothing(): pass
def varargs(*args, **kwargs): pass

for f in (plain, annotated, posonly, onlystar, nothing, varargs):
    sig = inspect.signature(f)
    print(f.__name__, sig, repr(sig))
    for p in sig.parameters.values():
        print('  ', repr(p), p.kind, p.kind.description, int(p.kind), p.default is p.empty)

print(inspect.signature(lambda a, /, b, *, c=[1, 'x']: 0))
print(inspect.signature(annotated, eval_str=True))
print(inspect.signature(annotated).return_annotation)

# Binding.
def bind(f, *args, **kwargs):
    show(f'bind{args}{kwargs}', lambda: inspect.signature(f).bind(*args, **kwargs))

def f1(a, /, **kw): pass
def f2(a, /): pass
def f3(a, *, b): pass
bind(f1, a=1); bind(f1, 1, a=2); bind(f2, a=1); bind(f3, 1); bind(f3, b=1); bind(f3, 1, 2)
bind(f3, 1, b=2, c=3); bind(plain, 1, c=3); bind(plain, 1, 2, 3, 4, c=5, z=1)
bind(plain, 1, a=2); bind(varargs); bind(varargs, 1, 2, x=3); bind(f2, 1, 2); bind(nothing, q=1)
print(inspect.signature(plain).bind_partial())
print(inspect.signature(plain).bind_partial(d=9))
ba = inspect.signature(plain).bind(1, 2, 3, c=5, z=6)
print(ba.args, ba.kwargs, ba.arguments)
ba = inspect.signature(plain).bind(1, c=5)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(posonly).bind(1, d=3)
print(ba.args, ba.kwargs, ba == inspect.signature(posonly).bind(1, d=3))
ba = inspect.signature(plain).bind_partial(b=5)
print(ba.args, ba.kwargs)

# Building signatures by hand, and what is refused.
P = Parameter
sig = Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=3),
                 P('rest', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int)],
                return_annotation=str)
print(sig, sig.replace(return_annotation=Signature.empty))
print(sig == Signature(list(sig.parameters.values()), return_annotation=str), hash(sig) == hash(sig.replace()))
print(P('x', P.KEYWORD_ONLY).replace(name='y', default=None))
print(P('x', P.VAR_KEYWORD, annotation='int'), P('x', 1) == P('x', 1), P('x', 1) == P('x', 3))
for build in [lambda: P('a', 5), lambda: P('a', P.VAR_POSITIONAL, default=1), lambda: P(1, 1),
              lambda: P('def', 1), lambda: P('def', 0), lambda: P('a b', 1), lambda: P('.0', 1),
              lambda: P('.0', 3), lambda: P('a', '1'),
              lambda: Signature([P('a', 1), P('b', 0)]),
              lambda: Signature([P('a', 1, default=1), P('b', 1)]),
              lambda: Signature([P('a', 1), P('a', 3)]),
              lambda: Signature([P('a', 1, default=1), P('b', 3)])]:
    show('build', lambda: repr(build()))

# Classes: __init__, __new__, metaclass __call__, builtins, object.
class WithInit:
    def __init__(self, x, y=1): pass
class WithNew:
    def __new__(cls, *items, sep=''): return super().__new__(cls)
class Meta(type):
    def __call__(cls, token, /): return 1
class ViaMeta(metaclass=Meta): pass
class Empty: pass
class Callable:
    def __call__(self, value, *, flag=False): pass
    def method(self, a, b=2): pass
    @classmethod
    def cmethod(cls, q): pass
    @staticmethod
    def smethod(q, r): pass
for target in (WithInit, WithNew, ViaMeta, Empty, Callable(), Callable().method, Callable.method,
               Callable.cmethod, Callable.smethod):
    show(getattr(target, '__name__', type(target).__name__), lambda: inspect.signature(target))
show('int', lambda: inspect.signature(42))

# partial, partialmethod, wraps, __signature__.
def base(a, b, c=3, *, d, **kw): pass
for p in [functools.partial(base, 1), functools.partial(base, 1, 2, d=4), functools.partial(base, b=5),
          functools.partial(base, 1, 2, 3, 4)]:
    show('partial', lambda: inspect.signature(p))
class HasPartialMethod:
    def target(self, a, b, c=1): pass
    fixed = functools.partialmethod(target, 10)
print(inspect.signature(HasPartialMethod.fixed), inspect.signature(HasPartialMethod().fixed))

def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@decorator
def wrapped(alpha, beta=None): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.unwrap(wrapped, stop=lambda f: True) is wrapped)
def loop(): pass
loop.__wrapped__ = loop
show('unwrap loop', lambda: inspect.unwrap(loop))
def declared(): pass
declared.__signature__ = Signature([P('fake', P.KEYWORD_ONLY)])
print(inspect.signature(declared))
for text in ['nope', 5, '($self, x)', '(a, b=1, *, c=None)']:
    declared.__signature__ = text
    show('__signature__ ' + repr(text), lambda: inspect.signature(declared))

# getfullargspec keeps self and ignores __wrapped__.
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(posonly))
print(inspect.getfullargspec(Callable().method))
print(inspect.getfullargspec(wrapped))
show('getfullargspec', lambda: inspect.getfullargspec(3))
