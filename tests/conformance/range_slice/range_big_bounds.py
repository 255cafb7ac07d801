# Ranges with bounds and lengths beyond 64 bits: len, indexing, slicing, index, reversed.
big = range(10 ** 20)
r = range(-2 ** 62, 2 ** 62)
cases = ["len(range(0, 10 ** 18, 7))", "big[-1]", "10 ** 19 in big", "big[10 ** 10:10 ** 10 + 3]", "big[::10 ** 19]", "big[-3:]", "big[::-1][:2]", "big[10**30:]",
         "range(5)[10**30:]", "range(5)[-10**30:2]", "range(5)[::-2]", "range(0, 2**62, 2**61)[::3]", "len(r)", "r[-1]", "list(reversed(range(10**20, 10**20 + 3)))",
         "range(10**20, 10**20+5).index(10**20 + 3)", "range(0, 10**30, 10**10).index(10**20)", "len(range(2**63))", "len(range(2**63 - 1))", "range(2**63 - 1)[-1]",
         "range(-2**63, 2**63 - 1)[5]", "range(2**64)[2**63:2**63 + 2]", "range(0, 10**20, 3)[::-5][:3]", "range(10)[2:8:2] == range(2, 8, 2)", "range(3)[::-1]", "range(10**20)[5]",
         "big.count(5)", "range(1, 2**70, 2**69)", "list(range(2**70, 2**70 + 2))", "bool(range(10**20, 10**20))", "len(range(10**20, 10**20))"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
