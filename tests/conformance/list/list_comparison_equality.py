class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, E) and self.v == o.v
a = [E(1), E(2)]
b = [E(1), E(3)]
print(a == b)
print([E(1)] == [E(1)], [1, 2] != [1, 2], [1, [2, 3]] == [1, [2, 3]])
nan = float('nan')
x = [nan]
print(x == x, [nan] == [nan], x.count(nan), x.index(nan), nan in x)
print([1, 2, 3] < [1, 2, 4], [1, 2] > [1], [2] >= [1, 9], [[1]] < [[2]], [] == [], [] is [])
