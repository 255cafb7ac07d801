log = []
def src(name, items):
    log.append("iter " + name)
    return items
result = [(log.append(f"elem {x},{y}"), x + y)[1] for x in src("outer", [1, 2]) for y in src("inner", [10, 20])]
print(result)
print(log)
def gen_first_iter_eager():
    log.clear()
    g = (x for x in src("eager", [1]))
    log.append("created")
    list(g)
    return log
print(gen_first_iter_eager())
