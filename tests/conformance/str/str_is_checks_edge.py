tests = ["", " ", "abc", "ABC", "Abc", "aBC", "123", "12.3", "-1", "a1", "Ⅻ", "²", "٠", "\t", "Title Case", "Not title Case", "_", "a_b", "ǅ"]
for t in tests:
    print(repr(t), [m for m in ["isalnum", "isalpha", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"] if getattr(t, m)()])
