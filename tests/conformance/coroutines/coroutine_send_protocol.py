def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing with", matches)
g = grep("py")
next(g)
for line in ["python", "java", "pyjama", "c"]:
    g.send(line)
g.close()
def coroutine(func):
    def start(*args):
        c = func(*args)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
p = printer(">")
p.send("a"); p.send("b")
