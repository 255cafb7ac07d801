l = list(range(10))
print(l[2:5], l[:-3], l[-3:], l[::3], l[::-1], l[8:2:-2], l[-1:-4:-1], l[100:], l[3:3], l[5:1])
m = list(range(10)); m[2:5] = ["a"]; print(m)
m = list(range(10)); m[2:2] = [0, 0]; print(m)
m = list(range(10)); m[::2] = "ABCDE"; print(m)
m = list(range(10)); del m[::3]; print(m)
m = list(range(10)); del m[2:-2]; print(m)
m = list(range(10)); m[:] = []; print(m)
m = list(range(5)); m[-1:] = [9, 9, 9]; print(m)
m = list(range(5)); m[1:4] = m; print(m)
m = list(range(5)); m[10:] = [7]; print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0:2]
except TypeError as e:
    print("TypeError:", e)
print(l[slice(1, 8, 2)], slice(1, 8, 2).indices(5), slice(None, None, -1).indices(4), l[True:3])
