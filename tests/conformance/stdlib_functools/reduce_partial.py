from functools import reduce, partial, partialmethod
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None): return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), two_to(10, 1000), square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(partial(power, 3), 4)
print(p2(), p2.args)
class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    set_on = partialmethod(set_state, "on")
c = Cell(); c.set_on()
print(c.state)
print(repr(partial(power, 2, mod=7)).startswith("functools.partial(<function power"))
