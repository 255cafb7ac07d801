try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print("EOFError:", repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
