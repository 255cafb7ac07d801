srcs = [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<match>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
