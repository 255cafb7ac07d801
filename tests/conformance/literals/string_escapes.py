s = "\a\b\f\n\r\t\v\\\'\"\0\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}"
print([hex(ord(c)) for c in s])
print(repr("\x00\x1f\x7f\x80\xff"))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr("\u2028\u00a0\u200b"))
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{BULLET}")
print('\1\12\123\1234')
print(repr('tab\there'))
print(repr('\ud800'))
for src in [r"'\x4'", r"'\u12'", r"'\N{NOT A REAL NAME}'", r"'\U0011FFFF'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
