def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
def w(limit):
    n = 0
    while n < limit:
        n += 1
        if n == 3:
            break
    else:
        return "completed " + str(n)
    return "broke at " + str(n)
print(w(2), w(5))
def ret_in_else():
    for i in range(2):
        pass
    else:
        return "returned from else"
print(ret_in_else())
def exc_in_loop():
    try:
        for i in range(3):
            if i == 1:
                raise KeyError("k")
        else:
            print("not reached")
    except KeyError as e:
        print("KeyError", e)
exc_in_loop()
