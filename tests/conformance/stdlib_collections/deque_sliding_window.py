from collections import deque
def moving_average(values, n):
    window = deque(maxlen=n)
    total = 0
    out = []
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        out.append(round(total / len(window), 3))
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))
def max_sliding(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(max_sliding([1, 3, -1, -3, 5, 3, 6, 7], 3))
d = deque("abcdef")
d.rotate(2)
print("".join(d), d.index("a"), d[2], d.count("z"), deque(d, maxlen=2))
