import operator as op
def tokenize(s): return s.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try: return int(tok)
    except ValueError:
        try: return float(tok)
        except ValueError: return tok
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args)); self.outer = outer
    def find(self, var):
        if var in self: return self
        if self.outer is None: raise NameError(f"undefined symbol {var!r}")
        return self.outer.find(var)
G = Env()
G.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, "=": op.eq, "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:]})
def evaluate(x, env=G):
    if isinstance(x, str): return env.find(x)[x]
    if not isinstance(x, list): return x
    head, *rest = x
    if head == "if":
        test, conseq, alt = rest
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        env[rest[0]] = evaluate(rest[1], env); return None
    if head == "lambda":
        params, body = rest
        return lambda *args: evaluate(body, Env(params, args, env))
    f = evaluate(head, env)
    return f(*[evaluate(a, env) for a in rest])
program = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(car (cdr (list 1 2 3)))",
    "(/ 7 2)",
    "(undefined 1)",
]
for line in program:
    try:
        r = evaluate(parse(tokenize(line)))
        if r is not None: print(line, "=>", r)
    except NameError as e:
        print(line, "=> NameError:", e)
