nums = [4, -2, 7, 0, -9, 3]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)), sum(nums, 100), sum([[1], [2]], []))
print(list(map(abs, nums)), list(filter(None, nums)), list(filter(lambda n: n > 0, nums)), list(zip(nums, "abc")))
print(max([], default="empty"), min([5], default=0), max(1, 2, 3), max("abc", "abd"), max([1, 2], [1, 3]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate(nums, start=-1))[:2], [i for i, v in enumerate(nums) if v < 0], nums.index(max(nums)))
