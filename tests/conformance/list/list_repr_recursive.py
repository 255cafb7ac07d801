l = [1, "two", 3.0, None, True, [4, [5]], (6,), {"seven": 7}, {8}]
print(l, repr(l), str(l))
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
d = {"self": None}
d["self"] = d
print(d)
x = [[]]
x[0].append(x)
print(x)
print(repr([]), repr([[]]), repr(["'"]), repr(['"']), repr(["a\nb"]))
