# Soft keywords (match, case, _, type) remain usable as identifiers.
match = 1
case = 2
_ = 3
type_ = type(match)
print(match, case, _, type_.__name__)
def match_fn(match, case):
    return match + case
print(match_fn(match=10, case=20))
class Obj:
    match = "attr"
    case = "attr2"
print(Obj.match, Obj.case)
match = [1, 2]
match match:
    case [a, b]:
        print("matched", a, b)
print(type(1).__name__)
type = "shadow"
print(type)
del type
print(type(2.0).__name__)
import keyword
print(sorted(keyword.softkwlist))
