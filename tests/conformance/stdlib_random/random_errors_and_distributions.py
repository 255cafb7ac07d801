# Differential check of random against CPython: error messages of every method, many seeds
# through every method and distribution, getstate/setstate round trips (versions 2 and 3),
# legacy version-1 seeds, a subclass with random() only, copies, the module functions.
import random
r = random.Random(1)
tests=['r.seed([1])','r.randrange(0)','r.randrange(-3)','r.randrange(3,1)','r.randrange(1,3,0)','r.randrange(1,10,-2)','r.randrange(5,step=2)','r.randrange(5,None,2)','r.randrange(1.0)','r.randint(1.5,3)','r.choice([])','r.sample({1},1)','r.sample([1],-1)','r.sample([1,2],1,counts=[1.5,2])','r.sample([1,2],1,counts=[0,0])','r.sample([1,2],1,counts=[1])','r.sample([],0,counts=[])','r.choices([],k=1)','r.choices([1],[0])','r.choices([1],[float("inf")])','r.choices([1,2],2)','r.choices([1],[1],cum_weights=[1])','r.choices([1,2],[1])','r.getrandbits(-1)','r.getrandbits(1.0)','r.randbytes(-1)','r.setstate((9,))','r.setstate((3,(1,2),None))','r.setstate((3,[1]*625,None))','r.setstate((3,(1,)*624+(700,),None))','r.setstate((3,("a",)*625,None))','r.setstate((3,(-1,)*624+(1,),None))','r.setstate((3,(2**64,)*624+(1,),None))','r.setstate((3,(2**40+5,)*624+(1,),None)) or r.random()','r.setstate(5)','r.binomialvariate(-1)','r.binomialvariate(2,1.5)','r.gammavariate(0,1)','r.shuffle((1,2))','random.Random(1,2)','r.setstate((2,(1,)*624+(2,),None)) or r.random()','r.setstate((2,(-7,)*624+(624,),None)) or r.random()','r.setstate((2,(1.5,)*624+(2,),None))','r.expovariate(0)','r.triangular(1,1)','r.choices("ab", weights="ab")','r.choices([1,2],k=2.0)']
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, repr(str(e)))
for seed in [0, 1, -5, 2**64+3, 3.5, -0.0, 'x', b'', bytearray(b'\xff'*70), 'é'*100, True, None if False else 77]:
    r = random.Random(seed)
    out = [r.random(), r.getrandbits(0), r.getrandbits(7), r.getrandbits(32), r.getrandbits(64), r.getrandbits(65), r.getrandbits(200), r.randbytes(9),
           r.randrange(10**30, -10**30, -7), r.randrange(-10, 10**25, 3), r.randint(-1, 1), r.randrange(2**32), r.randrange(2**32+1),
           r.sample(range(10**9), 3), r.sample(range(25), 25), r.sample(list('abcdefghijklmnopqrstuvwxyz')*3, 30), r.sample('ab', 3, counts=[5, 1]),
           r.choices(range(7), k=4), r.choices('xyz', [0.1, 0, 3], k=4), r.choices('xyz', cum_weights=[1, 1.5, 9], k=3),
           r.uniform(-3, 3), r.triangular(0, 1, 0.99), r.triangular(5, 1), r.normalvariate(), r.gauss(2, 3), r.gauss(), r.gauss(),
           r.lognormvariate(1, 0.5), r.expovariate(0.3), r.vonmisesvariate(2, 0.3), r.vonmisesvariate(-1, 50), r.vonmisesvariate(0, 1e-7),
           r.gammavariate(0.2, 1), r.gammavariate(0.9, 2), r.gammavariate(1, 3), r.gammavariate(7.5, 1), r.betavariate(0.5, 0.5), r.betavariate(3, 9),
           r.paretovariate(2.5), r.weibullvariate(2, 0.7), [r.binomialvariate(n, p) for n, p in [(1, .3), (5, .9), (30, .2), (300, .5), (10**6, .01), (10**6, .99), (7, 0.0), (7, 1.0)]]]
    # Floats to 12 digits: the VM's cos/exp/acos may differ from glibc's in the last bit.
    out = [float('%.12g' % v) if isinstance(v, float) else v for v in out]
    l = list(range(30)); r.shuffle(l)
    st = r.getstate(); a = [r.random() for _ in range(1300)]; r.setstate(st); b = [r.random() for _ in range(1300)]
    print(repr(seed), out, l, a == b, a[-1], st[1][-1], r.getstate()[1][-1])
r = random.Random(5)
r.seed('abc', version=1); print(r.random()); r.seed(b'abc', version=1); print(r.random()); r.seed('', version=1); print(r.random())
class OnlyRandom(random.Random):
    def random(self): return 0.3
print(OnlyRandom._randbelow.__name__, OnlyRandom().randrange(100), OnlyRandom().choice('abcdef'))
import copy
r = random.Random(9); r.random(); q = copy.deepcopy(r); print(q.random() == r.random(), type(q).__name__)
random.seed(12); print(random.random(), random.randint(1, 6), random.choice('xyz'), random.getstate()[1][:2])
print(sorted(random.__all__))
s = random.SystemRandom(); print(len(s.randbytes(5)), 0 <= s.random() < 1, s.getrandbits(13) < 2**13, s.seed(1))
try: s.getstate()
except NotImplementedError as e: print(e)
r = random.Random(3); print([r.binomialvariate(100, 0.4) for _ in range(60)], [r.binomialvariate(40, 0.7) for _ in range(20)])
