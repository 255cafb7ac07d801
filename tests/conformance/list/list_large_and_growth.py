l = []
for i in range(10000):
    l.append(i * i)
print(len(l), l[-1], sum(l), l[5000])
del l[::2]
print(len(l), l[:3], l[-1])
l2 = [0] * 100000
l2[99999] = 1
print(len(l2), sum(l2), l2.index(1))
l3 = list(range(1000))
while len(l3) > 1:
    l3 = l3[1::2]
print(l3)
print(sum(range(10 ** 5)), len([None] * 12345))
