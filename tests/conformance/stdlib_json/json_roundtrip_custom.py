import json
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
s = json.dumps({"p": Point(1, 2), "list": [Point(3, 4)]}, cls=Enc)
print(s)
def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
back = json.loads(s, object_hook=hook)
print(type(back["p"]).__name__, back["p"].x, back["list"][0].y)
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError:", str(e).split(" is not")[0].startswith("Object of type"), str(e).endswith("is not JSON serializable"))
data = {"unicode": "日本語", "esc": "tab\tquote\"back\\", "ctrl": "\x01", "list": [1, 2.0, None]}
print(json.loads(json.dumps(data)) == data, json.dumps(data))
import io
buf = io.StringIO()
json.dump([1, {"k": "v"}], buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}), list(json.JSONEncoder().iterencode([1, 2])))
