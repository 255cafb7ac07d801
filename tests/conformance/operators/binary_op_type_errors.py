cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: {} + {}, lambda: None - 1,
    lambda: "a" * "b", lambda: [1] * 1.5, lambda: 1 / "x", lambda: 2 ** "x", lambda: "x" % None if False else b"%s" % object if False else 3 % "x",
    lambda: {1} + {2}, lambda: 1 < [], lambda: 5 // [], lambda: [] - [], lambda: 1.5 << 1, lambda: divmod("a", 1),
    lambda: pow(2, 3, 1.5), lambda: "s" @ "t", lambda: b"a" + "a", lambda: () < [],
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
