b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(), b.split(b","), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b"a,b".partition(b","), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"-".join([b"a", b"b"]), b"x".center(5, b"*"), b"12".zfill(4))
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], list(b"hi"), b"a" * 3, b"a" + b"b", b"b" in b"abc", 98 in b"abc")
print(b"hello world".title(), b"Hi".swapcase(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"ab1".isalnum(), b"AB".isupper())
print(b"a\tb".expandtabs(4), b"l1\nl2\r\n".splitlines(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"))
print(b"xxabcxx".strip(b"x"), b"prefix-rest".removeprefix(b"prefix-"), b"%s=%d" % (b"k", 5), b"%x" % 255, b"%c" % 65, b"%r" % b"q" if False else b"%b" % b"bb")
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
