# Three-argument pow() across the numeric types, and math.ldexp's range and argument checks.
import math
for c in ["pow(1j, 2, 3)", "pow(2, 1j, 3)", "pow(2, 2, 3j)", "pow(2.0, 2, 3j)", "pow(2, 2.0, 3)", "pow(2, 2, 3.0)", "pow('a', 2, 3)", "pow(2, 'a', 3)", "pow(2, 2, 'a')",
          "pow(1j, 'a', 3)", "math.ldexp(1, 10000)", "math.ldexp(1, -10000)", "math.ldexp(1.5, 2)", "math.ldexp(1, 2.0)", "math.ldexp(1, True)", "math.ldexp(float('inf'), 5)",
          "math.ldexp(1, 2**100)", "math.ldexp(1, -2**100)", "math.ldexp(0.0, 2**100)", "math.ldexp(-1, 1024)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
