import types
@types.coroutine
def pause():
    yield "paused"
async def worker():
    try:
        await pause()
        return "finished"
    except ValueError as e:
        return "handled " + str(e)
    finally:
        print("worker finally")
c = worker()
print(c.send(None))
try:
    c.throw(ValueError("x"))
except StopIteration as e:
    print("StopIteration:", e.value)
c = worker()
c.send(None)
c.close()
print("closed", c.cr_frame is None)
