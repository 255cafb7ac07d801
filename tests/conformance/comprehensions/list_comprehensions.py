print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(5)], [c for c in "hello" if c not in "lo"], [[j for j in range(i)] for i in range(4)])
print([x for xs in [[1, 2], [3], []] for x in xs], [y for x in range(20) if x % 2 if x % 3 for y in [x]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n > 2])
x = "outer"
print([x for x in "ab"], x)
print([i for i in range(3)] == list(range(3)), [f(1) for f in [abs, str, bool]])
print([(lambda: i)() for i in range(3)], [lambda: i for i in range(3)][0]())
