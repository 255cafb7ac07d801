print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print(sorted(n for n in dir(int) if not n.startswith("_")))
class C:
    x = 1
    def f(self): pass
print([n for n in dir(C) if not n.startswith("__")], "__init__" in dir(C), "__class__" in dir(C()))
