cases = ["f'{'", "f'}'", "f'{}'", "f'{!r}'", "f'{1!z}'", "f'{1:{2:{3}}}'", "f'{a b}'", "f'{1=!x}'"]
for src in cases:
    try:
        compile(src, "<fs>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
try:
    f"{1:abc}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError:", e)
