def m(v):
    match v:
        case [1, 2] as whole:
            return f"whole={whole}"
        case [(1 | 2) as small, *_]:
            return f"starts small {small}"
        case {"k": [x, y] as pair}:
            return f"pair {pair} x={x}"
        case str() as s if s.isupper():
            return f"upper {s}"
        case other:
            return f"other {other!r}"
for v in [[1, 2], [2, 9, 9], {"k": [5, 6]}, "LOUD", "quiet", 42]:
    print(m(v))
match 5:
    case x:
        pass
print("capture leaks:", x)
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("second case", a, b)
