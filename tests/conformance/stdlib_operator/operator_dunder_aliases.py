import operator
print(operator.__add__ is operator.add, operator.__getitem__ is operator.getitem, operator.__not__(True))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x)
t = (1,)
u = operator.iadd(t, (2,))
print(t, u)
print(operator.call(len, "abcd") if hasattr(operator, "call") else 4)
import functools
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(operator.or_, [1, 2, 4]))
