sq = {n: n * n for n in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({c: "abcabc".count(c) for c in "abc"}, {(i, j): i * j for i in range(2) for j in range(2)})
for k in sq:
    if k > 2:
        break
    print("key", k)
for k, v in sorted(sq.items(), key=lambda kv: -kv[1])[:2]:
    print(k, v)
print(sum(sq.values()), max(sq, key=sq.get), min(sq.items(), key=lambda kv: abs(kv[1] - 10)))
