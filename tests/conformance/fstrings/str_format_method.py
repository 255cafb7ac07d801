print("{} {} {}".format(1, "a", [2]))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([7, 8], {"key": "val"}, 3 + 4j))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{:{}}|{:{w}.{p}f}".format("x", 4, 3.14159, w=8, p=2))
print("{{}} {{{}}}".format(5))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
for bad, args in [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{1}", (1,)), ("{x}", ()), ("{!x}", (1,)), ("{0[}", ([],))]:
    try:
        print(bad.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print("{0:d} {0:x} {0:o}".format(42))
print("%s|%r|%d|%5.2f|%-5s|%05d|%x|%X|%o|%e|%%|%c" % ("s", "r", 42, 3.14159, "ab", 42, 255, 255, 8, 12345.678, 65))
print("%(a)s-%(b)d" % {"a": "x", "b": 7})
print("%s" % (1,), "%s" % [1, 2], "%r" % ("t",), "%.3s" % "abcdef", "%*d" % (5, 3))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%d", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
