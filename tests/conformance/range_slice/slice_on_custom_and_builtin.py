data = list(range(20))
s1 = slice(2, 15, 3)
print(data[s1], "abcdefghijklmnopqrst"[s1], tuple(data)[s1], bytes(range(20))[s1], range(20)[s1])
class Clamp:
    def __init__(self, n): self.n = n
    def __getitem__(self, k):
        start, stop, step = k.indices(self.n)
        return (start, stop, step, len(range(start, stop, step)))
c = Clamp(10)
print(c[::], c[-3:], c[:-100], c[100:], c[::-1], c[5:0:-2], c[None:None:3])
print(slice(1, 2, 3).start, repr(slice(None, None, None)), slice(5).stop, slice(1, 5) == slice(1, 5, None))
