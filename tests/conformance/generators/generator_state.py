import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
next(gen, None)
print(inspect.getgeneratorstate(gen))
def self_ref():
    yield gen2.gi_running
gen2 = self_ref()
print(next(gen2), gen2.gi_running)
def reenter():
    next(gen3)
    yield
gen3 = reenter()
try:
    next(gen3)
except ValueError as e:
    print("ValueError:", e)
def raises():
    yield 1
    raise ValueError("inside")
gen4 = raises()
next(gen4)
try:
    next(gen4)
except ValueError as e:
    print("ValueError:", e)
print(list(gen4))
