import textwrap
para = "Pyjama is a bare-metal operating system written in Java whose interactive language is Python three."
for width in [10, 25, 50]:
    print(width, textwrap.wrap(para, width))
w = textwrap.TextWrapper(width=20, break_on_hyphens=False, fix_sentence_endings=True)
print(w.wrap("One. Two words here. bare-metal-hyphenated-word ok."))
w2 = textwrap.TextWrapper(width=12, drop_whitespace=False, replace_whitespace=True)
print(w2.wrap("a\tb  c\nd    e"))
print(textwrap.fill("x " * 20, width=15, initial_indent=">>", subsequent_indent=".."))
print(textwrap.dedent("  a\n\tb\n") == "  a\n\tb\n", repr(textwrap.dedent("    a\n    \n    b")))
