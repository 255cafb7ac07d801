l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = [1, 2, 3]
it = iter(l)
print(next(it))
l.clear()
print(list(it))
l = [0, 1, 2]
it = reversed(l)
l.pop()
print(list(it))
