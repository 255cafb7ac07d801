import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def m(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.LIMIT:
            return "at limit"
        case _:
            return "other"
print([m(v) for v in [Color.RED, Color.GREEN, 10, 1, 2]])
LOCAL = 3
match 99:
    case LOCAL_CAPTURE if False:
        pass
    case _:
        print("bare names capture; dotted names compare")
