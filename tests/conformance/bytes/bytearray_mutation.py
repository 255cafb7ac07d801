ba = bytearray(b"hello")
ba[0] = 72; print(ba)
ba[1:3] = b"EY"; print(ba)
ba[1:3] = b""; print(ba)
ba.append(33); print(ba)
ba.extend(b" ok"); print(ba)
ba.insert(0, 62); print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l")); print(ba)
ba.reverse(); print(ba)
del ba[0]; print(ba)
ba += b"++"; print(ba)
ba *= 2; print(ba)
ba.clear(); print(ba, len(ba))
for op in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").remove(9), lambda: bytearray().pop(), lambda: bytearray(b"a").__setitem__(0, "x")]:
    try:
        op()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
c = bytearray(b"abc"); c[::2] = b"XY"; print(c)
try:
    c[::2] = b"XYZ"
except ValueError as e:
    print("ValueError:", e)
