def f(): pass
class C: pass
def g():
    """docstring only"""
def h(): ...
print(f(), C.__name__, g(), g.__doc__, h())
for _ in range(3): pass
while False: pass
if True: pass
else: pass
try: pass
except Exception: pass
finally: pass
with open(__file__) as fh: pass
print(fh.closed)
