print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2, 3: 4}, {} == {}, {1: [1]} == {1: [1]}, {"a": 1} == [("a", 1)])
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
a = {1: 1}
b = dict(a)
b[1] = 2
print(a, b, dict(a) is a)
import copy
n = {"l": [1]}
s = copy.copy(n); dp = copy.deepcopy(n)
n["l"].append(2)
print(s, dp)
