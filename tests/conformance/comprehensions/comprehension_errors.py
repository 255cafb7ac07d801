try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print("TypeError:", e)
for src in ["[x for x in range(3) for]", "[*x for x in y]", "{**d for d in y}", "[x async for x in y]"]:
    try:
        compile(src, "<c>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
