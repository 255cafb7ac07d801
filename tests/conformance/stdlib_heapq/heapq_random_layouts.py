import heapq, random
random.seed(7)
for trial in range(60):
    data = [random.randint(0, 30) for _ in range(random.randint(0, 25))]
    h = list(data); heapq.heapify(h); print(h)
    h2 = []
    for v in data: heapq.heappush(h2, v)
    print(h2)
    out = []
    while h2:
        out.append(heapq.heappop(h2))
        if random.random() < 0.3 and h2: print('r', heapq.heapreplace(h2, random.randint(0, 30)), h2)
        if random.random() < 0.3: print('pp', heapq.heappushpop(h2, random.randint(0, 30)), h2)
    print(out)
    n = random.randint(-1, 30)
    pairs = [(v % 5, i) for i, v in enumerate(data)]
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]), heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
    print(heapq.nsmallest(n, pairs, key=lambda p: p[0]), heapq.nlargest(n, iter(data)))
    runs = [sorted(random.randint(0, 9) for _ in range(random.randint(0, 5))) for _ in range(random.randint(0, 4))]
    print(list(heapq.merge(*runs)), list(heapq.merge(*[sorted(r, reverse=True) for r in runs], reverse=True)))
    tagged = [[(v, j) for v in r] for j, r in enumerate(runs)]
    print(list(heapq.merge(*tagged, key=lambda t: t[0])), list(heapq.merge(*[list(reversed(t)) for t in tagged], key=lambda t: t[0], reverse=True)))
for f, a in [(heapq.heappush, (1, 2)), (heapq.heappop, ([],)), (heapq.heappop, ((),)), (heapq.heapify, ((1,),)),
             (heapq.heapreplace, ([], 1)), (heapq.heapreplace, ((), 1)), (heapq.heappushpop, ((), 1)), (heapq.heappushpop, ([], 1))]:
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len), heapq.nsmallest(1, [3, 1, 1.0]), heapq.nlargest(1, [1, 3, 3.0]))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
try: heapq.nsmallest('a', [1])
except Exception as e: print(type(e).__name__, e)
