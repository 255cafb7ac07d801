s = {1, 1.0, True, "1", (1,), frozenset({1}), None, b"1"}
print(len(s), 1 in s, 1.0 in s, "1" in s, None in s, (1,) in s, b"1" in s)
print(sorted(s, key=lambda x: (type(x).__name__, repr(x))))
nums = {3, 2.0, 1}
print(sorted(nums), 2 in nums, 2.0 in nums, max(nums))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
ks = {K(1), K(2), K(1)}
print(len(ks), sorted(k.v for k in ks))
