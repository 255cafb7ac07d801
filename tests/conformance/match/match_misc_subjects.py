match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("extra keys ok")
match "abc":
    case ["a", "b", "c"]:
        print("str is not a sequence pattern")
    case str():
        print("str class pattern")
match 1.0:
    case 1:
        print("1.0 == 1 literal matches")
match True:
    case 1:
        print("True matches 1")
match 1:
    case True:
        print("no")
    case _:
        print("1 does not match True (identity for True/False/None)")
match bytearray(b"x"):
    case [120]:
        print("no")
    case _:
        print("bytearray is not a sequence for patterns")
