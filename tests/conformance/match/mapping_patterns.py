def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red"}, {"type": "blob"}, {}, {"x": 1}, [("type", "point")], "str"]:
    print(m(v))
from collections import defaultdict, OrderedDict
dd = defaultdict(int)
match dd:
    case {"missing": _}:
        print("should not match (no __missing__ use)")
    case _:
        print("defaultdict not auto-populated", dict(dd))
match OrderedDict(a=1):
    case {"a": 1}:
        print("OrderedDict matched")
