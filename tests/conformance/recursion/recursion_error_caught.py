import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count
d = depth_reached()
print(d > 500, d <= sys.getrecursionlimit())
print("survived, still working:", sum(range(10)))
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError:", e)
