def a():
    va = "a"
    def b():
        vb = "b"
        def c():
            vc = "c"
            def d():
                return va + vb + vc
            return d
        return c
    return b
print(a()()()())
def counter():
    n = 0
    def make_incrementer(step):
        def inc():
            nonlocal n
            n += step
            return n
        return inc
    return make_incrementer
mk = counter()
i1, i10 = mk(1), mk(10)
print(i1(), i10(), i1(), i10())
def mutual():
    def even(k): return k == 0 or odd(k - 1)
    def odd(k): return k != 0 and even(k - 1)
    return even(10), odd(7)
print(mutual())
