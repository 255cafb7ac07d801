import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, h[0])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, [5, 1, 9, 3, 7]), heapq.nlargest(2, ["a", "bbb", "cc"], key=len))
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), h, heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], key=str)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
