class Countdown:
    def __init__(self, start): self.current = start
    def __iter__(self): return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)), [x for x in Countdown(2)], sum(Countdown(100)))
c = Countdown(2)
print(next(c), next(c), next(c, None))
class Reiterable:
    def __init__(self, data): self.data = data
    def __iter__(self):
        for x in self.data:
            yield x
r = Reiterable([1, 2])
print(list(r), list(r), dict(zip(r, r)))
class LenHint:
    def __iter__(self): return iter([1, 2, 3])
    def __length_hint__(self): return 3
import operator
print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(iter([])), operator.length_hint(5, 7))
