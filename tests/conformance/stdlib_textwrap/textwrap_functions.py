import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.shorten(text, 40), "|", textwrap.shorten("short", 40), "|", textwrap.shorten(text, 20, placeholder=" [more]"))
print(repr(textwrap.dedent("""
    indented
      more
    back
""")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("x\ny", "+", lambda l: l.startswith("y")))
w = textwrap.TextWrapper(width=15, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.wrap("supercalifragilisticexpialidocious is long, right?"))
print(textwrap.wrap("", 10), textwrap.wrap("a  b\tc", 3, expand_tabs=True), textwrap.fill("word " * 5, 12, max_lines=2))
