# Unicode identifiers (PEP 3131) and NFKC normalization.
café = 1
naïve = 2
π = 3.14159
Δx = 0.5
变量 = "chinese"
print(café, naïve, π, Δx, 变量)
# NFKC: the ligature ﬁ normalizes to 'fi'
ﬁle = "ligature"
print(file)
_ = 5
__x = 6
x1_ = 7
print(_, __x, x1_)
print("café".isidentifier(), "1abc".isidentifier(), "a-b".isidentifier(), "_".isidentifier())
print("Δ".isidentifier(), "".isidentifier(), "a b".isidentifier())
class Ünïcode:
    ünï = 'attr'
print(Ünïcode.ünï, Ünïcode.__name__)
