i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no else after break")
n = 0
while n < 3:
    n += 1
else:
    print("else runs", n)
while False:
    print("never")
else:
    print("else of never-run loop")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print(count)
