print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all("abc"), any(""), all([[]]), any([[]]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 1]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 1]), calls)
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
