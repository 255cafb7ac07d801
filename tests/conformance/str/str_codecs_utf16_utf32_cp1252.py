# utf-16, utf-32, cp1252 and the error handlers of str.encode / bytes.decode, with CPython's messages.
tests = [('\ud800', 'utf-16'), ('\ud800', 'utf-16-le'), ('a\ud800b\ud801', 'utf-32'), ('\ud800b', 'utf-32-be'), ('€\x81', 'cp1252'), ('ab\U0001f600\U0001f601', 'cp1252'),
         ('x\udc80', 'utf-16-le'), ('\udc80\udc81x', 'utf-8'), ('é\udc80', 'latin-1'), ('\udcff', 'ascii'), ('héllo wörld €😀', 'utf-16-be'), ('😀', 'utf-32-be'), ('€', 'cp1252')]
for s, enc in tests:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, err, s.encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
btests = [(b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'a', 'utf-16'), (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00\x00', 'utf-32-le'),
          (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'),
          (b'\x81\x80\x9f', 'cp1252'), (b'\x00\xdc\x00\xd8', 'utf-16-le'), (b'=\xd8\x00\xde', 'utf-16-le'), (b'\xd8=\xde\x00', 'utf-16-be'), (b'\xff\xfe=\xd8', 'utf-16'),
          (b'\xfe\xff\xd8\x00', 'utf-16'), (b'\x80abc', 'ascii'), (b'\xff', 'latin-1')]
for b, enc in btests:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        try:
            print(enc, err, repr(b.decode(enc, err)))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
print('x'.encode('utf-32'), 'x'.encode('utf-16'), 'x'.encode('UTF_32_LE'), 'x'.encode('windows-1252'), 'x'.encode('1252'), 'x'.encode('U16'), 'x'.encode('utf32'),
      'x'.encode(' UTF 8 '), 'x'.encode('Latin-1'), 'x'.encode('iso-8859-1'), 'x'.encode('us-ascii'), 'x'.encode('UnicodeLittleUnmarked'))
for args in [('é', 'ascii', 'nope'), ('x', 'nope', 'strict')]:
    try:
        print(args[0].encode(args[1], args[2]))
    except Exception as e:
        print(type(e).__name__, e)
print('x'.encode('ascii', 'nope'), b'x'.decode('ascii', 'nope'))
try:
    b'\x80'.decode('ascii', 'nope')
except Exception as e:
    print(type(e).__name__, e)
