import operator
data = [{"name": "b", "age": 30}, {"name": "a", "age": 25}, {"name": "c", "age": 30}]
print(sorted(data, key=operator.itemgetter("age", "name")))
print([operator.itemgetter("name")(d) for d in data], max(data, key=operator.itemgetter("age"))["name"])
x = 5
x = operator.iadd(x, 3); x = operator.imul(x, 2); x = operator.ifloordiv(x, 3); x = operator.ipow(x, 2); x = operator.imod(x, 7)
print(x)
s = operator.iconcat([1], [2])
print(s, operator.isub(10, 4), operator.itruediv(7, 2), operator.ilshift(1, 3), operator.ixor(6, 3), operator.iand(6, 3), operator.ior(6, 3))
import functools
print(functools.reduce(operator.add, ["a", "b", "c"]), list(map(operator.neg, [1, -2])), list(map(operator.mul, [1, 2], [3, 4])))
