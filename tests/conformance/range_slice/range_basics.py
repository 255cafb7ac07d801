r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), list(range(0)), list(range(-3, 3)), list(range(10, 0, -3)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(0, -10, -2)), range(3)[1], range(3)[-1], range(10)[2:8:2], range(10)[::-1])
print(5 in range(10), 10 in range(10), 3 in range(0, 10, 3), 4 in range(0, 10, 3), 2.0 in range(3), "a" in range(3))
print(range(0, 10, 2).index(4), range(10).count(3), range(1, 4) == range(1, 4), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), range(5).start, range(5).stop, range(5).step)
for args in [(0, 1, 0), (1.5,), ("a",)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(5)
except ValueError as e:
    print("ValueError:", e)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big, big[10 ** 10:10 ** 10 + 3])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(hash(range(3)) == hash(range(0, 3)), repr(range(1, 2, 1)), repr(range(-5, 5, 2)))
