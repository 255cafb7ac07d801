calls = []
def check(n, v):
    calls.append(n)
    return v
def m(x):
    match x:
        case int() if check("g1", x > 100):
            return "big"
        case int() if check("g2", x % 2 == 0):
            return "even"
        case int():
            return "odd"
        case _:
            return "not int"
for v in [500, 4, 7, "s"]:
    calls.clear()
    print(v, m(v), calls)
match [1, 2, 3]:
    case [1, *rest] if sum(rest) > 100:
        print("no")
    case [1, *rest]:
        print("rest", rest)
