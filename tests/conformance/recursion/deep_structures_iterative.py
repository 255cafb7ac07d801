# Deep structures handled iteratively and recursively within the limit.
def build(depth):
    node = None
    for i in range(depth):
        node = (i, node)
    return node
def length_iter(node):
    n = 0
    while node is not None:
        n += 1
        node = node[1]
    return n
def length_rec(node):
    return 0 if node is None else 1 + length_rec(node[1])
chain = build(100000)
print(length_iter(chain))
print(length_rec(build(500)))
try:
    length_rec(chain)
except RecursionError as e:
    print("RecursionError:", e)
print(length_iter(build(10)), "still fine")
