# Builtins that drain an iterable (list, tuple, set, sorted, any, all, list.extend, str.join),
# called in a thread on a generator whose steps block on a queue another thread feeds.
import queue
import threading
import traceback

q = queue.Queue()
results = {}

def take(n):
    return (q.get() for _ in range(n))

def consumer():
    out = ['start']
    out.extend(take(2))
    results['extend'] = out
    results['list'] = list(take(2))
    results['tuple'] = tuple(take(2))
    results['set'] = sorted(set(take(2)))
    results['sorted'] = sorted(take(3), reverse=True)
    results['sorted_key'] = sorted(take(3), key=lambda s: s[::-1])
    results['join'] = '-'.join(take(2))
    results['any'] = any(x == 'stop' for x in take(2))
    results['all'] = all(take(2))

t = threading.Thread(target=consumer)
t.start()
feed = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'g', 'z', 'y', 'x', 'ab', 'ba', 'ca',
        'p', 'q', 'no', 'stop', 1, 0]
for item in feed:
    q.put(item)
t.join()
for k, v in results.items():
    print(k, v)

# An error raised inside the generator: the traceback has no extra frames.
class Source:
    def __iter__(self):
        yield q.get()
        raise ValueError('source failed')

def failing():
    try:
        list(Source())
    except ValueError:
        lines = traceback.format_exc().splitlines()
        print([l.strip() for l in lines if l.strip().startswith('File')].__len__(), lines[-1])

t = threading.Thread(target=failing)
t.start()
q.put('only')
t.join()

# Not iterable: the builtins' own messages.
def errors():
    for f in (list, tuple, sorted, any):
        try:
            f(object())
        except TypeError as e:
            print(f.__name__, e)
    try:
        sorted((x for x in 'ba'), kee=len)
    except TypeError as e:
        print('sorted', e)
t = threading.Thread(target=errors)
t.start()
t.join()

# A list subclass's extend and a str subclass's join are theirs.
class L(list):
    def append(self, x):
        super().append(('appended', x))
def sub():
    l = L()
    l.extend(x for x in 'ab')
    print(l)
t = threading.Thread(target=sub)
t.start()
t.join()
