# Simple statements separated by semicolons; pass; del; global on one line.
a = 1; b = 2; c = a + b; print(c)
x = [1, 2, 3]; del x[0]; print(x)
def f(): global g; g = 'set'; return g
print(f(), g)
if a: pass
print("after pass");
for i in range(3): a += i;
print(a)
x = y = z = 7; print(x, y, z)
a, b = b, a; print(a, b)
