vals = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1.23e20, float('inf'), float('nan'), 2.5, 3.5, 0.125]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.1f", "+.1f", "e", ".2E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f", "08.2f", "#.0f", "#g", ".0e", "=+10.2f", "n", "r" if False else "z.1f"]
for v in vals:
    print(repr(v), " | ".join(format(v, s) for s in specs))
print(f"{1/3:.15f}", f"{2/3:.17g}", f"{1e16:g}", f"{1e-5:g}", f"{123456789.0:g}", f"{0.0001:g}")
print(f"{-0.0001:z.2f}", f"{-0.0:z}", f"{1e300*1e300:+f}")
