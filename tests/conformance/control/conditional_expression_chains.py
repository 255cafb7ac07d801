def sign(x): return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-1, 0, 1)])
vals = [(a, b) for a in (0, 1) for b in (0, 1)]
print([(a and b, a or b, not a, a if b else -1) for a, b in vals])
x = None
print(x or "default", x and x.attr, (x is None) and "none", [] or None)
print((lambda n: "even" if n % 2 == 0 else "odd")(7), [n if n % 3 else "fizz" for n in range(1, 7)])
