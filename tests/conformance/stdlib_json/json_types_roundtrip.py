import json
values = [0, -1, 2 ** 64, 1.5, -0.25, 1e-7, 1e21, True, False, None, "", "quote\"", "uni\u00e9\u4e2d", [], {}, [[]], {"k": [1, {"n": None}]}]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, type(back).__name__)
print(json.loads(json.dumps({"tuple": (1, 2)})), json.loads(json.dumps({1: 1})), json.dumps({"a": 1}, indent=2).count("\n"))
print(json.dumps(12345678901234567890.0), json.dumps(0.1 + 0.2), json.dumps(1 / 3), json.dumps(100.0), json.dumps(-1e-300))
