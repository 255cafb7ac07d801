name, n = "world", 42
print(f"hello {name}!", f"{n}", f"{n + 1}", f"{name.upper()}", f"{[1, 2][0]}")
print(f"{{literal}}", f"{{{n}}}", f"}}{{", f"{'quoted'}", f'{"dq"}')
d = {'k': 'v'}
print(f"{d['k']}", f"{len(d)}", f"{n if n > 40 else 0}", f"{(lambda x: x * 2)(3)}")
print(f"{n!r}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{n!a}")
print(f"", f"{''}", f"{None}", f"{True}", f"{3.0}", f"{1e100}")
print(f"{1}{2}{3}", f"a{1}b{2}c")
print(f"{n=}", f"{name=}", f"{n + 1 = }", f"{name=!s}", f"{3.14159=:.2f}")
