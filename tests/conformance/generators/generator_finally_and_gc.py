log = []
def g():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")
for v in g():
    if v == 1:
        break
import gc
gc.collect()
print(log)
def h():
    with open(__file__) as f:
        yield f.readline().strip()
x = h()
print(next(x))
x.close()
def ret_in_finally():
    try:
        yield 1
    finally:
        return "finally"
gen = ret_in_finally(); next(gen)
try:
    gen.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration:", e.value)
