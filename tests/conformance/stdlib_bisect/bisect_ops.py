import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10), bisect.bisect_left(a, 5))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left([], 1))
b = [3, 1]
b.sort()
bisect.insort(b, 2); bisect.insort_left(b, 2); bisect.insort_right(b, 5)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
