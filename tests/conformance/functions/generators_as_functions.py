def gen():
    yield 1
    return 2
def not_gen():
    return 1
import inspect
print(type(gen()).__name__, type(not_gen()).__name__, inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(not_gen))
def g2():
    if False:
        yield
print(list(g2()), gen.__name__, gen().__name__, gen().__qualname__)
