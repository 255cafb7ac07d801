import sys
lst = [x * x for x in range(1000)]
gen = (x * x for x in range(1000))
print(sum(lst) == sum(gen), sum(gen), type(lst).__name__, type(gen).__name__)
def first_match(items, pred):
    return next((x for x in items if pred(x)), None)
print(first_match(range(100), lambda v: v * v > 50), first_match([], bool))
seen = []
g = (seen.append(i) or i for i in range(5))
print(next(g), next(g), seen)
