import itertools as it
# case: count_repeat_cycle
c = it.count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(it.count()), repr(it.count(1, 2)), repr(it.count(1.5)), repr(it.count(0, 1.0)), repr(it.count(2, -1)))
print(list(it.islice(it.count(0.5, 0.25), 4)))
r = it.repeat('a', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(it.repeat(None)), list(it.repeat(1, -2)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
try:
    it.count('a')
except TypeError as e:
    print(e)
print(it.repeat(1, 4).__length_hint__(), list(map(pow, range(4), it.repeat(2))))
# case: accumulate_batched_chain
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.batched('abcdefg', 3)), list(it.batched([], 2)))
try:
    it.batched('a', 0)
except ValueError as e:
    print(e)
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
# case: filters
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('ab', [1, 1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(7))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise('abcd')), list(it.pairwise('a')))
# case: groupby
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby('aabb'))
print([(k, list(g)) for k, g in groups])
g = it.groupby('aabbc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
# case: islice
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)), list(it.islice('abcdefg', 0, None, 2)), list(it.islice('abc', 5, 2)))
for args in [(-1,), (1, -1), (0, 5, 0), ('x',), (None, None, None)]:
    try:
        print(list(it.islice('abcdef', *args)))
    except ValueError as e:
        print(e)
i = iter(range(10))
print(list(it.islice(i, 3, 5)), next(i))
# case: tee_zip_longest
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), type(a).__name__)
x, y, z = it.tee('ab', 3)
print(list(x), list(y), list(z), it.tee('a', 0))
c, d = it.tee(a)
print(list(c), list(d))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab', 'cd')))
# case: combinatorics
print(list(it.product('ab', range(2))), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations(range(3))), list(it.permutations('abc', 2)), list(it.permutations('ab', 3)), list(it.permutations([], 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 0)), list(it.combinations('a', 2)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
print(len(list(it.permutations(range(6), 4))), len(list(it.product(range(3), repeat=4))))
for f, args in [(it.permutations, ('a', -1)), (it.combinations, ('a', -1)), (it.combinations_with_replacement, ('a', -1))]:
    try:
        f(*args)
    except ValueError as e:
        print(e)
try:
    it.product('a', repeat=-1)
except ValueError as e:
    print(e)
print(type(it.product('a')).__name__, isinstance(it.chain(), it.chain), iter(it.count()) is not None)
