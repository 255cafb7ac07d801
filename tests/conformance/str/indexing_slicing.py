s = "Pyjama!"
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::-1], s[::2], s[1::3], s[-3:-1], s[5:2], s[5:2:-1], s[100:], s[-100:2])
print(s[:], s[::], s[0:7:3], s[None:None:-2], len(s), s[len(s) - 1])
for i in [7, -8]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "p"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld 😀!"
print(len(u), u[-2], u[::-1], u[1:4], u.index("😀"))
