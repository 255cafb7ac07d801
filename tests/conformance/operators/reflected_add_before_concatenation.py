# A builtin sequence on the left concatenates only after the right operand's __radd__ declined
# (CPython's sq_concat comes after both number slots); __rmul__ likewise for repetition.
class Tail:
    def __radd__(self, other):
        return f"Tail.__radd__({other!r})"

    def __rmul__(self, other):
        return f"Tail.__rmul__({other!r})"


class Declines:
    def __radd__(self, other):
        return NotImplemented


for left in ([0], (1,), "s", b"b"):
    print(left + Tail(), left * Tail())
    try:
        left + Declines()
    except TypeError as e:
        print("TypeError:", e)


class MyList(list):
    def __radd__(self, other):
        return "MyList.__radd__"


print([1] + MyList([2]), MyList([2]) + [1])
