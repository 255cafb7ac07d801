from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(map(pow, range(5), repeat(2))), repr(count(5)), repr(count(1.5, 2)), repr(repeat(1, 2)))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 3)), list(islice(range(10), 1, 8, 2)))
try:
    islice("a", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(zip(count(1), "xyz")))
