a = [1, 2]
print(a + [3], a * 3, [0] * 0, [[]] * 2, 3 * a, a == [1, 2], a < [1, 3], a < [1, 2, 0], [] < [0], len(a))
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
b = a
b += [3]
print(a, a is b)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}), list(x * 2 for x in range(3)))
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), any([0, 0, 1]), all([1, 1, 0]), list(reversed([1, 2, 3])), list(enumerate("ab", 1)))
l = [1, 2, 3]
print(l.__len__(), l.__getitem__(0), l.__contains__(3), l[-1], l.__reversed__().__next__())
try:
    l[3]
except IndexError as e:
    print("IndexError:", e)
try:
    l[-4] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del l[5]
except IndexError as e:
    print("IndexError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
