for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print([i * j for i in range(1, 4) for j in range(i)], list(zip(range(3), range(10, 13))))
it = iter(range(3))
print(next(it), list(it), list(it))
r = range(5)
print(list(r), list(r), r.__iter__().__next__(), type(iter(r)).__name__, r.__reversed__().__next__())
print(list(range(2 ** 64, 2 ** 64 + 3)), list(range(-2 ** 64, -2 ** 64 - 3, -1)))
print(range(0, 100, 10)[3:], range(0, 100, 10)[-2], range(10)[::3] == range(0, 10, 3), range(0, 0) == range(1, 1))
