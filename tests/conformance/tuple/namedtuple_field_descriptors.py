# namedtuple fields are _collections._tuplegetter descriptors (read-only, index-based).
from collections import namedtuple
from _collections import _tuplegetter
P = namedtuple('P','x y')
print(type(P.x), P.x.__doc__, P.x.__get__(None, P) is P.x)
p=P(1,2)
for f in [lambda: setattr(p,'x',1), lambda: delattr(p,'x'), lambda: P.x.__get__(5), lambda: P.x.__get__((1,)), lambda: _tuplegetter(0, 'd').__get__((9,)), lambda: P.x.__set__(p, 1), lambda: _tuplegetter(5, None).__get__((1,)), lambda: _tuplegetter(1, 'doc').__reduce__()]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
import copy
print(copy.deepcopy(p), p._replace(y=5), P._make((3,4)).y)
