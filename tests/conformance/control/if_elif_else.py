def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 10, 100]])
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}, set(), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
y = "yes" if x else "no"
print(y, "a" if 0 else "b" if 0 else "c")
