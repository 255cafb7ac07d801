import heapq, itertools
counter = itertools.count()
pq = []
def push(prio, task): heapq.heappush(pq, (prio, next(counter), task))
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    push(prio, task)
order = []
while pq:
    prio, _, task = heapq.heappop(pq)
    order.append(f"{prio}:{task}")
print(order)
def kth_largest(nums, k):
    h = nums[:k]
    heapq.heapify(h)
    for n in nums[k:]:
        if n > h[0]: heapq.heapreplace(h, n)
    return h[0]
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest(list(range(100)), 10))
maxh = []
for v in [5, 1, 8]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(3)], heapq.nsmallest(3, "heapsort"), heapq.nlargest(1, []))
