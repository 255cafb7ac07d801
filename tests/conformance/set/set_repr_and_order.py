print(set(), {1}, {3, 1, 2}, {-1, 0, 1}, set(range(10)), {100, 5, 20})
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
print(sorted({(2, "b"), (1, "a")}), sorted({1.5, 2, 0.5}))
s = {1, 2}
s2 = set(s)
s2.add(3)
print(s, s2, s == {2, 1}, s != s2, s < s2)
class Node:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"N{self.n}"
    def __eq__(self, o): return isinstance(o, Node) and o.n == self.n
    def __hash__(self): return hash(self.n)
nodes = {Node(1), Node(1), Node(2)}
print(len(nodes), sorted(nodes, key=lambda x: x.n))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("hello")))
