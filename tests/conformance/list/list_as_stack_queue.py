stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        print(ch, "matches", stack.pop())
print(stack == [])
def balanced(s):
    pairs, st = {")": "(", "]": "[", "}": "{"}, []
    for ch in s:
        if ch in "([{": st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]: return False
    return not st
print([balanced(s) for s in ["()", "([)]", "{[()()]}", "((", ""]])
q = [1, 2, 3]
q.insert(0, 0); q.append(4)
print(q.pop(0), q.pop(0), q)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix, [row[:] for row in matrix] == matrix, [r for r in matrix if any(r)])
l = [5, 3, 8, 1]
l[1:3] = sorted(l[1:3], reverse=True)
print(l, l[::-1].index(8), l.index(8), [i for i, v in enumerate(l) if v > 2])
