# sys._getframe and f_back in Python code the runtime calls on its own: property getters,
# metaclass __call__, __prepare__'d namespaces, __getattr__, __instancecheck__, generators.
import sys, warnings, enum

def who(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name

class P:
    @property
    def x(self):
        return who(2)
    def __getattr__(self, name):
        return name + ':' + who(2)

def reader():
    p = P()
    return p.x, p.missing

print(reader())

class Meta(type):
    def __call__(cls, *a):
        return who(2)
    def __instancecheck__(cls, obj):
        return who(2) == 'checker'
class K(metaclass=Meta): pass
class KSub(K): pass

def maker():
    return K()
print(maker())

def checker():
    return isinstance(KSub.__new__(KSub), K)
print(checker())

class Recorder(dict):
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            print('set', key, 'from', sys._getframe(1).f_code.co_name)
        super().__setitem__(key, value)
class RMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()
class Body(metaclass=RMeta):
    a = 1
    def m(self): pass

E = enum.Enum('E', 'A B')
print(E.__module__, E.A)

def warner():
    warnings.warn('from a getter', UserWarning, stacklevel=3)
    return 1
class W:
    @property
    def v(self):
        return warner()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    W().v
for w in caught:
    print(w.category.__name__, w.message, w.filename.rsplit('/', 1)[-1], w.lineno)

def gen():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe(0).f_back.f_code.co_name
def consumer():
    g = gen()
    return next(g), list(g)
print(consumer())
g = gen()
next(g)
print(g.gi_frame.f_back)

def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
class C:
    @property
    def names(self):
        return chain()
print(C().names)
