# Class attributes CPython always provides, mappingproxy's str, and metaclass instance checks.
import types

class A: pass
class B:
    "B's doc"
class C(B): pass
print(A.__dict__['__doc__'], B.__doc__, C.__doc__, '__doc__' in C.__dict__)

mp = types.MappingProxyType({'a': 1})
print(str(mp), repr(mp), f'{mp}')
print(str(A.__dict__).startswith('{'), repr(A.__dict__).startswith('mappingproxy({'))

print(int.__module__, A.__module__, type.__module__, type(A).__module__, object.__module__)

class Meta(type):
    calls = 0
    def __instancecheck__(cls, obj):
        Meta.calls += 1
        print('instancecheck', cls.__name__, type(obj).__name__)
        return super().__instancecheck__(obj)
class Base(metaclass=Meta): pass
class Sub(Base): pass
print(isinstance(Base(), Base))      # exact type: no hook
print(isinstance(Sub(), Base))       # subclass instance: the hook decides
print(isinstance(3, Base))
print(isinstance(Sub(), (int, Base)))
print(Meta.calls)

class Never(type):
    def __instancecheck__(cls, obj):
        return False
class N(metaclass=Never): pass
class M(N): pass
print(isinstance(N(), N), isinstance(M(), N))
