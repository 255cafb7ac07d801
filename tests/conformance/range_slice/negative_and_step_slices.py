s = "0123456789"
for sl in [slice(-3, None), slice(None, -3), slice(-1, -5, -1), slice(None, None, -2), slice(-2, 2, -3), slice(2, -2, 3), slice(15, -15, -4), slice(-15, 15, 4), slice(1, 1), slice(9, 0, -1), slice(None, 0, -1), slice(0, None, -1)]:
    print(sl, repr(s[sl]), list(range(10))[sl] == [int(c) for c in s[sl]], tuple(range(10))[sl] == tuple(int(c) for c in s[sl]))
