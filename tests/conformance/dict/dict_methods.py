d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d.popitem(), d)
print(d.copy(), d.copy() is d)
d.clear(); print(d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
a = {"a": 1, "b": 2}
b = {"b": 20, "c": 30}
print(a | b, b | a, {**a, **b})
a |= b; print(a)
a |= [("d", 4)]; print(a)
try:
    a | [("e", 5)]
except TypeError as e:
    print("TypeError:", e)
print(reversed({"p": 1, "q": 2}).__next__(), list(reversed({1: 1, 2: 2, 3: 3})))
