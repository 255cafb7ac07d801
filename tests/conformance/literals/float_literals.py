print(0.0, 1.0, 1., .1, 1e10, 1e16, 1e-5, 1e-4, 1.5e300 * 1e10)
print(3.14_15, 1_0e1_0, 0e0, 00.5, 0001.5)
print(1e22, 1e23, 123456789.0, 1234567890123456789.0)
print(0.1 + 0.2, 1/3, 2/3, 100.0, 1e100)
print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(repr(1e-7), repr(0.0001), repr(123e-20))
for src in ["1e", "1.e+", "1._5", "1e_3", "1__0.0"]:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
