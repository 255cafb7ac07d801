# A small expression tokenizer and recursive-descent evaluator.
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()%]))")
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character at {pos}: {src[pos]!r}")
        num, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("op", op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, tokens): self.t, self.i = tokens, 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else ("end", None)
    def take(self):
        tok = self.peek(); self.i += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek() == ("op", "**"):
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take(); return -self.unary()
        kind, val = self.take()
        if kind == "num": return val
        if val == "(":
            v = self.expr()
            if self.take() != ("op", ")"): raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "7 % 3 + 0.5", "((4))", "1 +", "2 $ 3", "(1"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
