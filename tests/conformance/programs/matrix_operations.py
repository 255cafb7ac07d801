from fractions import Fraction
def matmul(a, b): return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
def transpose(m): return [list(r) for r in zip(*m)]
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, d = len(m), Fraction(1)
    for i in range(n):
        p = next((r for r in range(i, n) if m[r][i] != 0), None)
        if p is None: return Fraction(0)
        if p != i: m[i], m[p] = m[p], m[i]; d = -d
        d *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return d
def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for i in range(n):
        p = next(r for r in range(i, n) if aug[r][i] != 0)
        aug[i], aug[p] = aug[p], aug[i]
        piv = aug[i][i]
        aug[i] = [x / piv for x in aug[i]]
        for r in range(n):
            if r != i:
                f = aug[r][i]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[i])]
    return [row[n:] for row in aug]
A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
B = [[1, 2], [0, 1], [4, 0]]
print(matmul(A, B), transpose(B), matmul(A, identity(3)) == A)
print(det(A), det([[1, 2], [2, 4]]), det(identity(4)))
inv = inverse(A)
print([[str(x) for x in row] for row in inv])
print(matmul(A, inv) == identity(3))
fib = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(30): p = matmul(p, fib)
print(p[0][1])
