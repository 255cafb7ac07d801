def risky(kind):
    if kind == "value": raise ValueError("bad value")
    if kind == "key": return {}["missing"]
    if kind == "zero": return 1 / 0
    if kind == "type": return 1 + "1"
    return "ok"
for kind in ["value", "key", "zero", "type", "none"]:
    try:
        r = risky(kind)
    except (ValueError, KeyError) as e:
        print(kind, "->", type(e).__name__, e)
    except ZeroDivisionError:
        print(kind, "-> zero division")
    except Exception as e:
        print(kind, "-> generic", type(e).__name__, e)
    else:
        print(kind, "-> else", r)
    finally:
        print(kind, "-> finally")
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
