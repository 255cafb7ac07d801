print(0, 7, 123456789012345678901234567890)
print(0b0, 0b1011, 0B11, 0o0, 0o777, 0O17, 0x0, 0xdeadBEEF, 0XFF)
print(1_000_000, 0b_1111_0000, 0o_7_7, 0x_ff_ff)
print(-0, +5, -(-5), --5)
print(type(10**30).__name__, 10**30)
for src in ["0_", "1__0", "0b2", "0o8", "0xg", "08", "1_", "0x"]:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
