# Indentation: blocks, mixed depths, tabs consistently used, one-line suites.
def f(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                            print("odd", i)
            else:
              print("even", i)
    else: print("non-positive")
f(3)
f(0)
if True:
	print("tab indented")
	if True:
		print("two tabs")
while False: pass
class C: x = 1; y = 2
print(C.x, C.y)
for i in range(2): print("loop", i); print("same line", i)
try: raise KeyError('k')
except KeyError as e: print("caught", repr(e))
