zs = [1 + 2j, -1.5 - 0.25j, 1e20j, complex(3, 0), 1 / 3 + 2 / 3j]
for z in zs:
    print(str(z), format(z, ""), format(z, ".2f"), format(z, "^30.3e"), format(z, "+g"), format(z, "10"), f"{z:.1%}" if False else f"{z:>20}")
try:
    format(1j, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1j, "=10")
except ValueError as e:
    print("ValueError:", e)
print(complex(1.0, 2.0).__repr__(), (2 + 0j).real.is_integer())
