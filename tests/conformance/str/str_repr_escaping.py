samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bell\a", "nul\x00", "del\x7f",
           "\x80\x9f", "\xa0\xad", "é", "\u0378", "\u200e", "\ufeff", "😀", "\U000e0001", "\udc80", "\\", "\x1b[0m", "\u2029"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("'"), repr('"'), repr("'\""), str("x"), repr(str(5)))
