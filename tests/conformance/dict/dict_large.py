d = {}
for i in range(20000):
    d[i * 7 % 20011] = i
print(len(d), d[7], d[14], sum(d.values()) % 1000003)
for i in range(0, 20000, 2):
    del d[i * 7 % 20011]
print(len(d), min(d), max(d), list(d)[:5])
s = {str(i): i for i in range(5000)}
print(len(s), s["4999"], sum(1 for k in s if k.startswith("1")))
keys = list(s)
print(keys[:3], keys[-2:])
