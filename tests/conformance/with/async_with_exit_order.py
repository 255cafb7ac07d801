import asyncio
class A:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("aenter", self.n)
        return self.n
    async def __aexit__(self, *exc):
        print("aexit", self.n)
async def main():
    async with A(1) as a, A(2) as b:
        print("body", a, b)
    try:
        async with A(3):
            raise ValueError("x")
    except ValueError:
        print("propagated through async with")
asyncio.run(main())
