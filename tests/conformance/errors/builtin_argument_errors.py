cases = [lambda: len([], []), lambda: abs(), lambda: isinstance(1), lambda: getattr(1), lambda: sorted(), lambda: [].append(),
         lambda: [].append(1, 2), lambda: {}.get(), lambda: "".join(), lambda: "".split(1), lambda: "".startswith(1), lambda: int("1", base="x"),
         lambda: [].sort(reverse=None, key=1), lambda: dict(1), lambda: list(1, 2), lambda: range(), lambda: range(1, 2, 3, 4), lambda: print(foo=1),
         lambda: "".replace("a"), lambda: (1).to_bytes(1, "middle"), lambda: divmod(1), lambda: round(1, 2, 3), lambda: sum(), lambda: zip(5),
         lambda: enumerate(), lambda: "x".encode(1), lambda: str.upper(5), lambda: list.append(5, 1), lambda: setattr(1, 2, 3), lambda: iter()]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
