# A tiny round-robin scheduler over generator-based tasks.
from collections import deque
def task(name, steps):
    for i in range(steps):
        got = yield f"{name}:{i}"
        if got:
            print(name, "received", got)
    return f"{name} done"
def run(tasks):
    queue = deque(tasks)
    results = []
    while queue:
        t = queue.popleft()
        try:
            value = next(t)
            results.append(value)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("a", 2), task("b", 3), task("c", 1)]))
g = task("x", 2)
print(next(g), g.send("hello"))
