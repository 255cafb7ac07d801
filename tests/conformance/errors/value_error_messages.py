cases = [lambda: int("abc"), lambda: int("12", 1), lambda: float("x1"), lambda: [1].remove(5), lambda: [1].index(5), lambda: (1,).index(5),
         lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a,b".split(""), lambda: chr(-5), lambda: range(1, 2, 0),
         lambda: "abc".encode("ascii").decode("utf-16"), lambda: "x" * -1 and int("z"), lambda: bytes([300]), lambda: (lambda a, b: 0)(*[1]),
         lambda: [1, 2, 3].index(1, 1), lambda: "%d" % "s", lambda: __import__("math").sqrt(-1), lambda: __import__("math").log(0),
         lambda: int(float("nan")), lambda: "{}".format(), lambda: "{0}".format(), lambda: "{a}".format(), lambda: dict([(1,)]),
         lambda: max([]), lambda: min([], key=len), lambda: "abc".center(5, ""), lambda: memoryview(b"ab").cast("q")]
for c in cases:
    try:
        c()
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
