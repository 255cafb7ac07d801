s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice("a", None)))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(3), slice(2, 1, -1).indices(0))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
class Sliceable:
    def __getitem__(self, key):
        return key
x = Sliceable()
print(x[1], x[1:2], x[::2], x[1:2, 3], x[...], x[:, None], x[1:2:3, ::])
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
