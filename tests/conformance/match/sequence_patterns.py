def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", range(2), iter([1]), {1: 2}]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", m(v))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
match (1, 2, 3):
    case (1, *_, 3):
        print("wildcard star")
match [1, 2]:
    case [_, _, *_]:
        print("at least two")
