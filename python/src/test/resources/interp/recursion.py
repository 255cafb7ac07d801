import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
head = None
for i in range(10000):
    head = Node(i, head)
n, total = head, 0
while n:
    total += n.v
    n = n.nxt
print(total)
sys.exit(3)
