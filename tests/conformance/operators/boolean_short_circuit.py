log = []
def t(name, val):
    log.append(name)
    return val
r = t('a', 0) and t('b', 1)
print(r, log); log.clear()
r = t('a', 1) and t('b', 0) and t('c', 1)
print(r, log); log.clear()
r = t('a', 0) or t('b', '') or t('c', 'yes') or t('d', 1)
print(r, log); log.clear()
r = not t('a', [])
print(r, log); log.clear()
r = t('a', 1) if t('cond', False) else t('b', 2)
print(r, log); log.clear()
print(None or 0, [] and 1, [0] and 'x', 0.0 or -0.0, '' or b'' or (), (1,) and [])
class Falsy:
    def __bool__(self): return False
class LenZero:
    def __len__(self): return 0
print(bool(Falsy()), bool(LenZero()), Falsy() or 'alt', LenZero() or 'alt2', not LenZero())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
