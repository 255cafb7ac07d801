errors = (KeyError, IndexError)
for exc in [KeyError("k"), IndexError("i"), LookupError("l"), ValueError("v")]:
    try:
        try:
            raise exc
        except errors as e:
            print("matched tuple", type(e).__name__)
        except LookupError as e:
            print("matched base", type(e).__name__)
    except Exception as e:
        print("outer", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("tuple with junk still matched first element")
except TypeError as e:
    print("TypeError:", e)
def handler_order():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError first"
    except FileNotFoundError:
        return "unreachable"
print(handler_order())
