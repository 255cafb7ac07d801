# math.ldexp/frexp and every power-of-two scaling (ints to float, half floats, cmath) across the exponent range, subnormals included
import math
print(math.ldexp(1.0, 957), math.ldexp(1.0, 1023), math.ldexp(0.5, 1024), math.ldexp(1.5, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1076))
for x in (5e-324, 1e-310, 2.2250738585072014e-308, 1.0, 123.456, 1.7976931348623157e308):
    print(math.frexp(x), math.ldexp(*math.frexp(x)) == x)
try: math.ldexp(1.0, 1024)
except OverflowError as e: print(e)
print(float(2**1023 + 2**970), float(-(2**1000) // 3), (2**1024 - 1) / 2**1000)
print(math.log2(2**1000), math.log(2**3000), math.sqrt(2**1000))
import struct
print(struct.unpack('<e', struct.pack('<e', 6.1e-5)), struct.unpack('<e', struct.pack('<e', 65504.0)))
print(memoryview(struct.pack('<e', 1.5e-7)).cast('e')[0])
print(math.gamma(171.5) if False else math.lgamma(1e300), math.erf(0.3))
print(complex(1e308, 1e308).__abs__() if False else abs(complex(3e307, 4e307)))
import cmath
print(cmath.sqrt(complex(1e308, 1e308)), cmath.log(complex(1e-320, 1e-320)))
print(hash(5e-324), hash(-1e-310), hash(2.5e-320), hash(1.5e-300), hash(-7.25))
