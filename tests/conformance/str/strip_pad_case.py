print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("  x ".lstrip()), repr(" x  ".rstrip()))
print(repr("\t\n\x0b\x0c\r \u3000x\u00a0".strip()))
print("ab".center(7), "ab".center(7, "*"), "abc".center(6, "-"), "ab".ljust(5, "."), "ab".rjust(5, "."), "42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("hello World".upper(), "HeLLo".lower(), "hello world".title(), "hELLO".swapcase(), "hello WORLD".capitalize(), "ß".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("they're bill's".title(), "ǅ".upper(), "ǆ".title(), "ﬁ".upper())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "123".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit())
print("abc".isalpha(), "abc1".isalnum(), " \t".isspace(), "".isspace(), "abc".isascii(), "é".isascii(), "a\x00".isprintable(), "a b".isprintable())
print("tab\tsep\tx".expandtabs(), "a\tb".expandtabs(4), "ab\tc\n\td".expandtabs(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
