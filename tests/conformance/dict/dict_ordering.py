d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = 0
print(list(d.items()))
e = {1: "one", 2: "two"}
e.pop(1); e[1] = "uno"
print(e)
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({3: 0, 1: 0, 2: 0}))
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())), dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
