# Two CPU-bound threads that never block or sleep both finish, and a thread spinning on a flag
# that only another thread sets gets past it: threads are preempted, not only switched when
# they wait.
import threading


def crunch(n, out, key):
    total = 0
    for i in range(n):
        total += i * i % 7
    out[key] = total


results = {}
a = threading.Thread(target=crunch, args=(300000, results, 'a'))
b = threading.Thread(target=crunch, args=(200000, results, 'b'))
a.start()
b.start()
a.join()
b.join()
print(sorted(results.items()))

flag = False
spins = 0


def spinner():
    global spins
    while not flag:
        spins += 1


def setter():
    global flag
    total = 0
    for i in range(50000):
        total += i
    flag = True


s = threading.Thread(target=spinner)
s.start()
t = threading.Thread(target=setter)
t.start()
s.join()
t.join()
print('spinner saw the flag:', flag, s.is_alive(), t.is_alive())

# Both threads make progress while the other one is busy: each waits (busily) for a count
# the other one reaches.
counts = [0, 0]


def ping_pong(me, other):
    for step in range(1, 4):
        while counts[other] < step - 1 + (me == 1):
            pass
        counts[me] += 1


p0 = threading.Thread(target=ping_pong, args=(0, 1))
p1 = threading.Thread(target=ping_pong, args=(1, 0))
p1.start()
p0.start()
p0.join()
p1.join()
print(counts)
