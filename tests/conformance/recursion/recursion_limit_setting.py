import sys
old = sys.getrecursionlimit()
print(old)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
sys.setrecursionlimit(old)
try:
    depth(5000)
except RecursionError:
    print("RecursionError at limit", old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
