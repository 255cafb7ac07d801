print(chr(65), chr(8364), ord("€"), ord(b"A"), ord(bytearray(b"z")))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), hex(2 ** 64))
try:
    bin(1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    ord(b"ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(format(10, "b"), format(255, "08b"), int(bin(37), 2), int(hex(999), 16), int(oct(64), 8))
