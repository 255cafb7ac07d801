from itertools import islice, chain, groupby, zip_longest, count, cycle, accumulate, product, starmap, repeat
def take(n, it): return list(islice(it, n))
def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
def roundrobin(*its):
    sentinel = object()
    return [x for x in chain.from_iterable(zip_longest(*its, fillvalue=sentinel)) if x is not sentinel]
def unique_everseen(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
def run_length(s): return [(k, len(list(g))) for k, g in groupby(s)]
print(take(5, count(3, 3)), list(chunked(range(7), 3)), roundrobin("ABC", "D", "EF"), list(unique_everseen("AAAABBBCCDAABBB")))
print(run_length("aaabccddd"), take(7, cycle([1, 2, 3])), list(accumulate(range(1, 6), lambda a, b: a * b)))
print(list(starmap(lambda a, b: a ** b, product([2, 3], repeat=2))), list(repeat("ab", 2)), sum(1 for _ in product(range(3), "ab")))
