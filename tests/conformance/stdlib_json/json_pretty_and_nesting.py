import json
doc = {"users": [{"id": i, "name": f"user{i}", "roles": ["admin"] if i == 0 else [], "score": i * 1.5} for i in range(3)], "meta": {"count": 3, "ok": True}}
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc["users"][0], separators=(",", ": "), indent=None))
print(json.dumps({"empty_list": [], "empty_obj": {}}, indent=2))
deep = current = []
for _ in range(50):
    nxt = []
    current.append(nxt)
    current = nxt
s = json.dumps(deep)
print(len(s), json.loads(s) == deep)
print(json.loads("[1, 2, 3]", parse_int=lambda x: int(x) * 10), json.dumps("\u2028\x7f"), json.dumps(["a", "b"], indent=0))
