import keyword, bisect, heapq, random
# case: keyword
print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), keyword.__all__)
# case: bisect
a = [1, 2, 2, 2, 3, 5]
for x in [0, 1, 2, 2.5, 5, 6]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 4), bisect.bisect_right(a, x, hi=3))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
bisect.insort_left(b, 2); bisect.insort_right(b, 2)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
# case: heapq_basic
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 10]
heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 12), l, heapq.heappushpop(l, -1), heapq.heappushpop(l, 100), l)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(e)
# case: heapq_random_layouts
rnd = random.Random(7)
for trial in range(20):
    data = [rnd.randrange(50) for _ in range(rnd.randrange(30))]
    h = list(data); heapq.heapify(h)
    h2 = []
    for x in data:
        heapq.heappush(h2, x)
    out = [heapq.heappushpop(h2, x) for x in data[:3]]
    print(h, h2, out)
# case: heapq_merge_n
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'e'], key=len)))
print(list(heapq.merge([(1, 'b')], [(1, 'a')], key=lambda t: t[0])))
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (5, 'f'), (3, 'g')]
for n in [-1, 0, 1, 2, 3, 7, 10]:
    print(n, heapq.nsmallest(n, data, key=lambda t: t[0]), heapq.nlargest(n, data, key=lambda t: t[0]), heapq.nsmallest(n, iter([4, 1, 3, 1, 2])), heapq.nlargest(n, iter([4, 1, 3, 1, 2])))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []))
