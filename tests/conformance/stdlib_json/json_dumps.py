import json
obj = {"name": "Pyjama", "version": 1.0, "tags": ["os", "java"], "nested": {"a": None, "b": True, "c": False}, "n": -5, "big": 10 ** 20}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True, indent=2))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False), json.dumps("\U0001f600"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}), json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(3), json.dumps(""), json.dumps({}), json.dumps([]))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps({"b": 1, "a": [{"z": 1, "y": 2}]}, sort_keys=True), json.dumps([1, [2, [3]]], indent="\t"))
r = []
r.append(r)
try:
    json.dumps(r)
except ValueError as e:
    print("ValueError:", e)
