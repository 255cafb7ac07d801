print((2 + 3j) ** 2, (2 + 3j) ** -1, (1 + 1j) ** 0.5, pow(1j, 2), (-1) ** 0.5, 0j ** 0)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0j ** 1j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError:", e)
print(abs(complex(3e200, 4e200)), abs(-0j), complex(1, 2) + 1, 1 - complex(1, 2), 2 * complex(1, 2), 1.5 + 2j)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
