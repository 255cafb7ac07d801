import re
tests = [
    (r"colou?r", "color colour colr"), (r"\bcat\b", "cat concat cat."), (r"a{2,3}", "a aa aaa aaaa"), (r"a{2,}?", "aaaa"),
    (r"[^aeiou\s]+", "hello world"), (r"[a-c-]+", "ab-c-d"), (r"(?i)abc", "ABC abc"), (r"\d+(?=px)", "10px 20em 30px"),
    (r"(?<!\$)\b\d+", "$10 20 $30 40"), (r"(?<=@)\w+", "a@b c@d"), (r"(\w)\1", "hello boot"), (r"(?:ab)+", "ababab ab"),
    (r"\s", "a b\tc\nd"), (r"\W+", "hi, there!"), (r".+?", "abc"), (r"^$", ""), (r"\Aab", "ab ab"), (r"ab\Z", "ab ab"),
    (r"[\u00e0-\u00ff]+", "caf\u00e9 na\u00efve"), (r"(?x) \d+  # digits", "a 12 b 345"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
]
for pattern, text in tests:
    print(repr(pattern), re.findall(pattern, text))
for bad in [r"(", r"[a", r"a**", r"(?P<1>x)", r"\1(a)", r"x{2,1}"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "re.error:", e)
