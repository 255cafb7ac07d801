# Explicit and implicit line joining.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # comment inside brackets
    3,
]
print(values)
call = max(
    4,
    9,
    2
)
print(call)
text = ("abc"
        "def"
        'ghi')
print(text)
d = {
    'a': 1,
    'b': 2
}
print(d)
if (1 <
        2):
    print("implicit join in condition")
s = 'back\
slash'
print(s)
x = (
    # only a comment
    42
)
print(x)
