# Pyjama-only behaviour (no CPython oracle): the backend protocol, readiness sources, the session
# loop for top-level await, and the features documented as unavailable.  Expected: own_backend.out
import asyncio
import os
import threading
from asyncio import backend as backend_mod

print('ours', os.path.basename(os.path.dirname(asyncio.__file__)), 'asyncio.backend' in
      __import__('sys').modules)


class VirtualBackend:
    """A kernel-like backend on a virtual clock: wait() jumps the clock to the deadline."""

    def __init__(self):
        self.now = 1000.0
        self.readers = {}
        self.waits = []
        self.wakes = 0
        self.ready_sources = []

    def time(self):
        return self.now

    def wait(self, timeout):
        self.waits.append(timeout)
        ready = [self.readers[s] for s in self.ready_sources if s in self.readers]
        self.ready_sources = []
        if ready:
            return ready
        if timeout is None:
            raise RuntimeError('would sleep forever')
        self.now += timeout
        return []

    def wake(self):
        self.wakes += 1

    def add_reader(self, source, token):
        self.readers[source] = token

    def remove_reader(self, source):
        return self.readers.pop(source, None) is not None


vb = VirtualBackend()
loop = asyncio.EventLoop(backend=vb)


async def sleepy():
    start = loop.time()
    await asyncio.sleep(3600)
    t1 = loop.time() - start
    await asyncio.gather(asyncio.sleep(10), asyncio.sleep(5))
    return t1, loop.time() - start

print('virtual sleeps', loop.run_until_complete(sleepy()))
print('wait timeouts', vb.waits[:3], 'all finite', all(w is not None for w in vb.waits))

# readers: the backend decides readiness and returns the loop's token
got = []
loop.add_reader('serial0', lambda: got.append('serial0 readable'))
vb.ready_sources.append('serial0')
loop.call_later(1, loop.stop)
loop.run_forever()
print(got, loop.remove_reader('serial0'), loop.remove_reader('serial0'))
try:
    loop.add_writer('x', print)
except NotImplementedError as e:
    print('NotImplementedError:', e)
loop.call_soon_threadsafe(print, 'threadsafe callback')
print('wakes', vb.wakes)
loop.run_until_complete(asyncio.sleep(0))
loop.close()

# the default backend: an EventSource made ready from another thread wakes the loop
loop = asyncio.new_event_loop()
source = backend_mod.EventSource()
lines = []


def on_ready():
    lines.append('source ready')
    source.clear()
    loop.remove_reader(source)
    done.set_result(len(lines))


done = loop.create_future()
loop.add_reader(source, on_ready)
timer = threading.Timer(0.02, source.set)
timer.start()
print('default backend reader', loop.run_until_complete(asyncio.wait_for(done, 5)), lines)
timer.join()
try:
    loop.add_reader(42, print)
except TypeError as e:
    print('TypeError:', e)
loop.close()

# set_backend_factory: new loops use the factory
backend_mod.set_backend_factory(VirtualBackend)
loop = asyncio.new_event_loop()
print('factory backend', type(loop._backend).__name__,
      loop.run_until_complete(asyncio.sleep(86400, 'a day passed instantly')))
loop.close()
backend_mod.set_backend_factory(None)


# the session loop: top-level await at the prompt, tasks live on between lines
async def line1():
    global bg
    bg = asyncio.create_task(background())
    return 'line 1 done'


async def background():
    for i in range(3):
        print('background', i)
        await asyncio.sleep(0)
    return 'background done'

print(asyncio.session.run(line1()))
asyncio.session.poll()
print('between lines', bg.done())
print(asyncio.session.run(bg))
print(asyncio.session.get_loop() is asyncio.get_event_loop())


# Ctrl-C while a prompt line's coroutine is suspended (the loop waits): its task is cancelled
# and runs its clean-up before the KeyboardInterrupt reaches the prompt
def ctrl_c():
    raise KeyboardInterrupt


async def waits():
    asyncio.get_running_loop().call_soon(ctrl_c)
    try:
        await asyncio.sleep(3600)
    finally:
        print('statement cleaned up')

try:
    asyncio.session.run(waits())
except KeyboardInterrupt:
    print('KeyboardInterrupt; pending tasks:', [t for t in asyncio.all_tasks(asyncio.session.get_loop())])


# a script run from a prompt line that awaits gets a fresh loop of its own (run_program)
async def program():
    await asyncio.sleep(0)
    asyncio.create_task(asyncio.sleep(3600))  # cancelled when the program ends
    return 'program result', asyncio.get_running_loop() is not outer


async def statement():
    global outer
    outer = asyncio.get_running_loop()
    result = asyncio.session.run_program(program())
    return result, asyncio.get_running_loop() is outer

print(asyncio.session.run(statement()))
print(asyncio.session.get_loop() is asyncio.get_event_loop(), len(asyncio.all_tasks(outer)))
asyncio.session.close()

# not available on Pyjama (to_thread and run_in_executor are: test_threads.py)

print(hasattr(asyncio, 'open_connection'), hasattr(asyncio, 'create_subprocess_exec'))

# Ctrl-C at the console: the first interrupt cancels the main task, the second raises
runner = asyncio.Runner()


async def interrupted_main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_soon(runner.interrupt, me)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('main task cancelled by the interrupt')
        raise

try:
    runner.run(interrupted_main())
except KeyboardInterrupt:
    print('KeyboardInterrupt raised by run()')
try:
    runner.interrupt(None)
    runner.interrupt(None)
except KeyboardInterrupt:
    print('second interrupt raises KeyboardInterrupt')
runner.close()
