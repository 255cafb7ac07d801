# deque and OrderedDict methods call each other internally, as CPython's C ones do: a subclass's
# overrides of append, extend, update... are not called by the other methods (item access is).
from collections import deque, OrderedDict
log = []
class D(deque):
    def append(self, x): log.append(('append', x)); super().append(x)
    def appendleft(self, x): log.append(('appendleft', x)); super().appendleft(x)
    def pop(self): log.append('pop'); return super().pop()
    def popleft(self): log.append('popleft'); return super().popleft()
    def extend(self, it): log.append('extend'); super().extend(it)
    def clear(self): log.append('clear'); super().clear()
    def copy(self): log.append('copy'); return super().copy()
    def __delitem__(self, i): log.append(('del', i)); super().__delitem__(i)
d = D([1, 2, 3], 3)
d.append(4); d.extendleft([0]); d += [7]; d2 = d + deque([1]); d3 = d * 2; d.remove(3); del d[0]; d.__init__([5])
print(log, d, d2, d3)
log.clear()
class O(OrderedDict):
    def __init__(self, *a, **k): log.append('init'); super().__init__(*a, **k)
    def update(self, *a, **k): log.append('update'); super().update(*a, **k)
    def __setitem__(self, k, v): log.append(('set', k)); super().__setitem__(k, v)
    def __getitem__(self, k): log.append(('get', k)); return super().__getitem__(k)
    def __delitem__(self, k): log.append(('del', k)); super().__delitem__(k)
o = O([('a', 1), ('b', 2)])
o2 = o.copy(); o3 = o | {'c': 3}; o |= {'d': 4}; o.pop('a'); o.popitem(); o.popitem(last=False); o.setdefault('z', 0)
print(log, o, o2, o3)
class NeedsArg(OrderedDict):
    def __init__(self, x): super().__init__()
try: print(NeedsArg(1).copy())
except TypeError as e: print('TypeError', e)

# The OrderedCounter recipe: Counter's methods go through super(), so OrderedDict's are used.
from collections import Counter
class OrderedCounter(Counter, OrderedDict):
    pass
oc = OrderedCounter('abracadabra')
print(oc, list(oc), oc.most_common(2))
oc.move_to_end('a'); del oc['b']; del oc['zz']
print(list(oc.items()), oc.copy(), type(oc.copy()).__name__)
oc.update({'q': 1}); oc.subtract('r')
print(list(oc.items()))
