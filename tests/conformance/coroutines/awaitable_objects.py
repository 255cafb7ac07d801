class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield f"suspended {self.v}"
        return self.v * 2
async def main():
    a = await Ready(1)
    b = await Ready(5)
    return a + b
c = main()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Bad:
    def __await__(self): return 5
async def uses_bad(): await Bad()
try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
