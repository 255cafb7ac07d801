s = "héllo wörld €😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode().decode(), len(s.encode()), "abc".encode("UTF8"), "x".encode("utf_8"), s.encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "\udc80".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
print("\udc80".encode("utf-8", "surrogateescape"), "\udc80".encode("utf-8", "surrogatepass"))

# Encoding names are matched as CPython normalizes them: case, and any run of punctuation or
# spaces is one underscore ('ISO-8859-1' is 'iso_8859_1', ' utf--8 ' is 'utf_8').
for name in ['UTF-8', 'utf8', 'U8', ' utf--8 ', 'Latin-1', 'ISO-8859-1', 'l1', 'US-ASCII',
             'ANSI_X3.4-1968', 'UTF-16-LE']:
    try:
        print(repr(name), 'é'.encode(name))
    except UnicodeError as e:
        print(repr(name), type(e).__name__, e)
try:
    'x'.encode('nope-ENC')
except LookupError as e:
    print('LookupError', e)
