for src in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"]:
    try:
        compile(src, "<es>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise TypeError("t")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
