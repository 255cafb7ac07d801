import json
class JsonMixin:
    def to_json(self): return json.dumps(self.__dict__, sort_keys=True)
class ReprMixin:
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.__dict__.items()))
        return f"{type(self).__name__}({items})"
class EqMixin:
    def __eq__(self, other): return type(self) is type(other) and self.__dict__ == other.__dict__
class Point(JsonMixin, ReprMixin, EqMixin):
    def __init__(self, x, y): self.x, self.y = x, y
p = Point(1, 2)
print(p, p.to_json(), p == Point(1, 2), p == Point(2, 1), Point.__hash__)
