class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as x:
    print("in", x)
with CM("a") as x, CM("b") as y:
    print("in", x, y)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
with CM("no-as"):
    print("no target")
with CM("tuple") as (first, *rest):
    print(first, rest)
try:
    with CM("e1"), CM("e2"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
def ret():
    with CM("ret"):
        return "returned"
print(ret())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
