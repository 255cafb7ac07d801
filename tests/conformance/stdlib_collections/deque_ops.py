from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d[0], d[-1], len(d), 7 in d, d.count(7), d.index(7))
d.remove(7); d.insert(1, "ins"); print(d)
d.reverse(); print(d, list(reversed(d)))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(99); b.appendleft(-1); print(b)
print(deque("abc") + deque("de"), deque([1]) * 3, deque() == deque([]), repr(deque(maxlen=2)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.remove("nope")
except ValueError as e:
    print("ValueError:", e)
d.clear(); print(d)
