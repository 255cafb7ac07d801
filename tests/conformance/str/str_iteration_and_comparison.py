s = "a😀é"
print([c for c in s], list(enumerate(s)), list(reversed(s)), "".join(sorted("banana")), set("aab") == {"a", "b"})
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("a" == "a", "a" != "b", "abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "😀" > "\uffff", "a" < "a\x00")
print(sorted(["apple", "Apple", "banana", "Banana", "_x", "1"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print("abc" in "xabcx", "ac" in "abc", "abc".__eq__(1), "a".__lt__(1))
print(str(1) + str(2), "ab"[::-1] == "ba", "%s-%s" % ("a", "b"), "".join(reversed("stressed")))
