print(b"%d items" % 5, b"%5.2f|" % 3.14159, b"%-5s|" % b"ab", b"%x %X %o" % (255, 255, 8), b"%c%c" % (65, b"B"), b"%%" % ())
print(b"%(a)s=%(b)d" % {b"a": b"key", b"b": 1}, b"%r" % "r", b"%a" % "\xe9", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
for fmt, arg in [(b"%s", 5), (b"%d", b"x"), (b"%c", 256), (b"%c", b"ab")]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(bytearray(b"%d") % 3, type(bytearray(b"%d") % 3).__name__)
