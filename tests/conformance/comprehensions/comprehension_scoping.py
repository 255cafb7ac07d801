class C:
    data = [1, 2, 3]
    doubled = [x * 2 for x in data]
    try:
        pairs = [(x, y) for x in data for y in data if y > x]
    except NameError as e:
        pairs = "NameError"
    n = 2
    try:
        scaled = [x * n for x in data]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.pairs, C.scaled)
def f():
    total = 10
    return [total + i for i in range(3)]
print(f())
g = [i for i in range(3)]
try:
    print(i)
except NameError as e:
    print("NameError:", e)
