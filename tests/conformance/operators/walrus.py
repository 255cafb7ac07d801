data = [1, 5, 12, 7, 20]
print([y for x in data if (y := x * 2) > 10])
print(y)
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 5), z)
def f(): return [last := v for v in range(3)], last
print(f())
print([(a := 1), a + 1])
total = 0
print([total := total + v for v in [1, 2, 3]], total)
for src in ["(a.b := 1)", "(x[0] := 1)", "[i := 0 for i in range(2)]", "def g(): (x := 1) = 2"]:
    try:
        compile(src, "<w>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
