import cmath, math
# complex(x, -0.0) built via conjugate(): the value under test is the cmath function, not complex()
def mk(r, i):
    return complex(r, -i).conjugate() if math.copysign(1.0, i) < 0 else complex(r, i)
inf, nan = math.inf, math.nan
vals = [-inf, -2.5, -0.7, -100.0, -1.0, -0.0, 0.0, 2.5, 0.7, 100.0, 1.0, 3.0, inf, nan]
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    fn = getattr(cmath, f)
    out = []
    for r in vals:
        for i in vals:
            if math.isfinite(r) and math.isfinite(i): continue
            try:
                z = fn(mk(r, i)); out.append(repr(z))
            except Exception as e:
                out.append(type(e).__name__)
    print(f, ' '.join(out))
print(cmath.log(complex(inf, 1), 2), cmath.isinf(cmath.exp(complex(inf, 3.0))), cmath.polar(complex(inf, nan)), cmath.phase(complex(-inf, 0.0)))
for a in [(inf, 1.0), (1.0, inf), (-inf, 0.0), (inf, 0.0), (nan, 0.0), (0.0, nan), (-inf, 2.0)]:
    try: print(cmath.rect(*a))
    except Exception as e: print(type(e).__name__, e)
