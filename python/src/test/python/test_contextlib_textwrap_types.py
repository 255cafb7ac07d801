import contextlib, textwrap, types, sys
# case: contextmanager
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError('k')
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextlib.contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
@contextlib.contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
try:
    with ignore_throw():
        raise ValueError
except RuntimeError as e:
    print(e)
@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2
print(decorated(3), decorated(4))
@contextlib.contextmanager
def stop_it():
    yield
try:
    with stop_it():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passed', e)
print(tag.__name__, tag('x').__doc__ is None, isinstance(tag('x'), contextlib.AbstractContextManager), isinstance(tag('y'), contextlib.ContextDecorator))
# case: helpers
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()) as r:
    print(type(r).__name__)
with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('after suppress')
try:
    with contextlib.suppress(KeyError):
        raise ValueError('v')
except ValueError as e:
    print('not suppressed', e)
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print('rest', eg, eg.exceptions)
with contextlib.suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1)])
print('group suppressed')
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
s = Sink()
with contextlib.redirect_stdout(s):
    print('hidden')
print(s.parts)
e = Sink()
with contextlib.redirect_stderr(e):
    sys.stderr.write('err')
print(e.parts)
with contextlib.nullcontext(5) as v:
    print(v)
print(issubclass(type(open), contextlib.AbstractContextManager), issubclass(contextlib.ExitStack, contextlib.AbstractContextManager))
class CM:
    def __enter__(self): return 1
    def __exit__(self, *a): return None
print(isinstance(CM(), contextlib.AbstractContextManager), isinstance(3, contextlib.AbstractContextManager))
# case: exitstack
with contextlib.ExitStack() as stack:
    for n in 'abc':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)
    @stack.push
    def exit_cb(*exc):
        print('push', exc[0])
    print('inside')
with contextlib.ExitStack() as stack:
    stack.push(lambda *e: True)
    raise ValueError('suppressed by stack')
print('ok after')
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError', repr(e.__context__))
try:
    contextlib.ExitStack().enter_context(3)
except TypeError as e:
    print(e)
st = contextlib.ExitStack()
st.callback(print, 'moved')
new = st.pop_all(); st.close(); print('closing new'); new.close()

# case: async_cm
@contextlib.asynccontextmanager
async def actx(v):
    print('enter', v)
    yield v * 2
    print('exit', v)
async def main():
    async with actx(3) as x:
        print('got', x)
    async with contextlib.AsyncExitStack() as st:
        y = await st.enter_async_context(actx(5))
        st.push_async_callback(lambda: _coro_print('async cb'))
        print('y', y)
    async with contextlib.nullcontext('n') as n:
        print(n)
async def _coro_print(m):
    print(m)
coro = main()
try:
    coro.send(None)
except StopIteration:
    print('done')
# case: textwrap_wrap
text = "The quick brown fox jumps over the lazy dog. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.  Well-known long-term self-evident words--with dashes; and a verylongwordthatwillneedbreakingbecauseitistoolong indeed."
for w in [10, 15, 20, 33, 40, 70, 200]:
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 25, initial_indent='* ', subsequent_indent='   '))
print(textwrap.wrap('a\tb\tc\nd  e', 6), textwrap.wrap('a\tb', 20, expand_tabs=False), textwrap.wrap('a\tb', 20, tabsize=4), textwrap.wrap('  leading and trailing   ', 10), textwrap.wrap('  keep   ', 5, drop_whitespace=False))
print(textwrap.wrap('Hello there.  How are you? Fine. ok', 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=1, placeholder='...'), textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.fill(text, 30))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap('x y z', 3, max_lines=1, placeholder=' [....]')
except ValueError as e:
    print(e)
print(textwrap.wrap('a-b c--d e---f gg-hh-ii-jj', 4), textwrap.wrap('-----x-----', 3), textwrap.wrap('über-groß naïve-ish', 6))
# case: textwrap_misc
print(repr(textwrap.dedent('    a\n      b\n    c\n')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   \n  x\n   \n  y')), repr(textwrap.dedent('\t\ta\n\t b')), repr(textwrap.dedent('no indent\n  x')), repr(textwrap.dedent('  x \r\n  y')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)), repr(textwrap.indent('x\r\ny', '-')))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten('Hello world', width=10, placeholder='...'), textwrap.shorten('a b c d e f g', 9))
w = textwrap.TextWrapper(width=12, max_lines=2)
print(w.wrap(text), w.fill('short'))
# case: types_module
print(types.FunctionType, types.LambdaType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType, types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType, types.CodeType, types.MappingProxyType, types.SimpleNamespace, types.CellType, types.TracebackType, types.FrameType, types.GetSetDescriptorType, types.MemberDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GenericAlias, types.UnionType, types.EllipsisType, types.NoneType, types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
mp = types.MappingProxyType({'a': 1}); print(mp, mp['a'], len(mp))
try:
    mp['b'] = 2
except TypeError as e:
    print(e)
C = types.new_class('C', (int,), {}, lambda ns: ns.update(x=5))
print(C, C.x, C(3) + 1, C.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        d = {'prepared': True}
        return d
print(types.prepare_class('X', (), {'metaclass': Meta}))
D = types.new_class('D', (), {'metaclass': Meta})
print(type(D).__name__, D.prepared)
from typing import Generic, TypeVar
T = TypeVar('T')
print(types.resolve_bases((Generic[T], int)), types.resolve_bases((int,)))
G = types.new_class('G', (Generic[T],))
print(G.__orig_bases__, G.__mro__, types.get_original_bases(G))
@types.coroutine
def gen_coro():
    yield 1
print(gen_coro.__name__, type(gen_coro()).__name__)
class DC:
    @types.DynamicClassAttribute
    def attr(self): return 'inst'
print(DC().attr)
try:
    DC.attr
except AttributeError:
    print('class access raises')
print(sorted(types.__all__))
