print({}, {1: "a"}, {"k": [1, {"n": None}]}, {(1, 2): 3.5}, {"quote'": '"'}, {True: False})
d = {"z": 1}
d["self"] = d
print(d, str(d) == repr(d))
class R:
    def __repr__(self): return "<R>"
print({R(): R()}, {1: R()}.values(), {1: 2}.items(), {"a": 1}.keys())
print(dict(a=1).__repr__(), len(str({i: i for i in range(100)})))
