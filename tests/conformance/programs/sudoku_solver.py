puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(c) if c != "." else 0 for c in line] for line in puzzle.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = 0
def solve(g):
    global steps
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for d in candidates(g, r, c):
                    steps += 1
                    g[r][c] = d
                    if solve(g): return True
                g[r][c] = 0
                return False
    return True
print(solve(grid), steps)
for row in grid:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
