from array import array
class A(array):
    def total(self): return sum(self)
a = A('i', [1, 2, 3])
print(type(a).__name__, a.total(), a, isinstance(a, array), a[1:], len(a))
class B(array):
    def __init__(self, tc, data):
        self.label = tc + '!'
b = B('d', [1.5]); print(b.label, b, b.tolist())
try:
    B('d', [1.5], 'x')
except TypeError as e:
    print('TypeError:', e)
import re
class Mine(str): pass
print(re.match('a', Mine('abc')), re.sub('a', 'b', Mine('aa')), re.findall(r'\d', Mine('1a2')))
print(re.compile('a').match('xa', pos=1), re.compile('a').search(string='ba', endpos=1))
print(re.compile(r'(?<=a)b').search('ab', pos=1))
try: re.compile('a').match()
except TypeError as e: print(e)
try: re.match('a')
except TypeError as e: print(e)
print(a == A('i', [1, 2, 3]), a < array('i', [5]), a + array('i', [4]), a * 2, 2 * a)
a += array('i', [9]); print(a, type(a).__name__)
try: hash(a)
except TypeError as e: print(e)
