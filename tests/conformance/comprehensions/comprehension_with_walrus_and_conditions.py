data = [4, 9, 16, 25, 30]
roots = [r for n in data if (r := n ** 0.5) == int(r)]
print(roots, r)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print({k: v for k in "abc" if (v := ord(k)) > 97})
def f():
    [last := n for n in range(4)]
    return last
print(f())
