def gen():
    yield 1
    yield 1 / 0
values = list(map(lambda v: v * 2, gen()))
