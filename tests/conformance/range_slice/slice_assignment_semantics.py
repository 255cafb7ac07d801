l = list(range(8))
l[1:3] = range(5); print(l)
l[::-1] = l[:]; print(l)
l[2:5] = (); print(l)
l[-2:] = "xy"; print(l)
l[:0] = [None]; print(l)
l[len(l):] = [99]; print(l)
del l[::-2]; print(l)
del l[:]; print(l)
ba = bytearray(b"012345")
ba[1:4] = b"ab"; print(ba)
del ba[::2]; print(ba)
class Rec:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
r = Rec()
r[1:2] = 5
r[::3] = [1]
del r[:4]
r[1:2, 3] = 0
