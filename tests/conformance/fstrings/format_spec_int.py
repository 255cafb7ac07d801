def fmt(v, spec):
    try:
        return repr(format(v, spec))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)
n = 1234567
for spec in ["d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",d", "_d", "x", "X", "#x", "#X",
             "o", "#o", "b", "#b", "_b", "#_x", "c", "n", "=+12,d", "*^15,", "e", ".3e", "%", ".2%", "g", "f", ",x", ".2d", "s"]:
    print(repr(spec), fmt(n, spec), fmt(-n, spec))
print(f"{255:#010x}", f"{-255:#010x}", f"{0:b}", f"{True:d}", f"{65:c}", f"{True}", f"{True:}", f"{True:>5}")
print(format(10**25, ","), format(10**25, "_x"))
