import heapq
from collections import deque, defaultdict
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w)); graph[v].append((u, w))
def dijkstra(start):
    dist = {start: 0}
    prev = {}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")): continue
        for v, w in sorted(graph[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("a")
print(sorted(dist.items()))
path, node = [], "f"
while node != "a":
    path.append(node); node = prev[node]
print(["a"] + path[::-1])
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        u = q.popleft(); order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v); q.append(v)
    return order
def dfs(u, seen=None):
    seen = seen if seen is not None else []
    seen.append(u)
    for v, _ in sorted(graph[u]):
        if v not in seen: dfs(v, seen)
    return seen
print(bfs("a"), dfs("a"))
dag = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
indeg = {k: 0 for k in dag}
for vs in dag.values():
    for v in vs: indeg[v] += 1
ready = sorted(k for k, d in indeg.items() if d == 0)
order = []
while ready:
    n = ready.pop(0); order.append(n)
    for v in dag[n]:
        indeg[v] -= 1
        if indeg[v] == 0: ready.append(v); ready.sort()
print(order)
