from itertools import accumulate, chain, compress, dropwhile, filterfalse, groupby, pairwise, starmap, takewhile, tee, zip_longest, batched
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])), list(compress("abcdef", [1, 0, 1, 0, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1]))])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana"], key=lambda w: w[0])])
print(list(pairwise("abcd")), list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest("ab", "xyz", fillvalue="-")))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(batched("abcdefg", 3)))
