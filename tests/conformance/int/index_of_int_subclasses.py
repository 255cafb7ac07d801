# operator.index and the builtins that take an index give exact ints for bool and int subclasses.
import operator
class I(int):
    def __repr__(self): return f'I({int(self)})'
class Big(int): pass
for v in (True, False, I(3), Big(2 ** 70), 5):
    r = operator.index(v)
    print(repr(v), '->', repr(r), type(r).__name__)
print(hex(True), bin(I(2)), oct(Big(8)), [10, 20][True], 'abc'[I(1)], range(I(3)), list(range(True, I(4))))
print(type(range(I(3)).stop).__name__, type(slice(I(1), I(2)).indices(5)[0]).__name__)
class Idx:
    def __index__(self): return 7
print(operator.index(Idx()), [0] * 8 == [0] * operator.index(Idx()))
