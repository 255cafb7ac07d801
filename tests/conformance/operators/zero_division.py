cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0,
         lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2),
         lambda: 1j / 0, lambda: 10**50 // 0, lambda: (1).__truediv__(0), lambda: pow(2, -1, 4) if False else pow(5, 1, 0)]
for c in cases:
    try:
        print(c())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except ValueError as e:
        print("ValueError:", e)
