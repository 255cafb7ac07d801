"""Small helpers behind unittest's failure messages: reprs that cannot fail or sprawl, dotted
class names, and the element-count comparison of assertCountEqual."""

__unittest = True

# Pairs of reprs longer than this are shortened for the "a != b" headline of a failure.
_WIDTH = 80
# Roughly what an elision marker "[123 chars]" costs, and the least text kept around one.
_MARKER_COST = 12
_KEEP = 5
# When even the differing tails are too long, the head kept of each tail.
_TAIL_HEAD = _WIDTH - 3 * _KEEP - 2 * _MARKER_COST


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ if that raises; with short=True, cut to 80
    characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _WIDTH:
        return text[:_WIDTH] + ' [truncated]...'
    return text


def strclass(cls):
    """The dotted name tests and reports use for a class: module.qualname."""
    return f"{cls.__module__}.{cls.__qualname__}"


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y (the loader's default order)."""
    return (x > y) - (x < y)


def _elide(text, head, tail):
    """text with its middle replaced by "[N chars]", unless that would save too little."""
    dropped = len(text) - head - tail
    if dropped <= _MARKER_COST:
        return text
    return f"{text[:head]}[{dropped} chars]{text[len(text) - tail:]}"


def _shared_start(texts):
    """How many leading characters all of texts have in common."""
    n = 0
    for column in zip(*texts):
        if any(c != column[0] for c in column):
            break
        n += 1
    return n


def _common_shorten_repr(*objects):
    """The reprs of objects, shortened together so that where they differ stays visible.

    Short reprs come back whole. Otherwise the common start is cut down to its head and the
    part next to the difference; if the differing tails are long too, each is cut as well.
    """
    texts = tuple(safe_repr(o) for o in objects)
    widest = max(len(t) for t in texts)
    if widest <= _WIDTH:
        return texts
    common = _shared_start(texts)
    start = texts[0][:common]
    room = _WIDTH - (widest - common) - _KEEP - _MARKER_COST
    if room > _KEEP:
        start = _elide(start, _KEEP, room)
        return tuple(start + t[common:] for t in texts)
    start = _elide(start, _KEEP, _KEEP)
    return tuple(start + _elide(t[common:], _TAIL_HEAD, _KEEP) for t in texts)


def _skip_equal(items, k):
    """The index after items[k] and the copies of it that directly follow."""
    value = items[k]
    k += 1
    while k < len(items) and items[k] == value:
        k += 1
    return k


def sorted_list_difference(expected, actual):
    """Finds elements in only one or the other of two, sorted input lists.

    Returns (missing, unexpected): the elements of expected not in actual, and those of actual
    not in expected. Repeats are reported once while both lists last; whatever remains of one
    list after the other ends is returned as it is.
    """
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i = _skip_equal(expected, i)
        elif e > a:
            unexpected.append(a)
            j = _skip_equal(actual, j)
        else:
            i = _skip_equal(expected, i)
            j = _skip_equal(actual, j)
    missing += expected[i:]
    unexpected += actual[j:]
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Same behavior as sorted_list_difference but for lists of unorderable items (like dicts).

    Works by equality only, so it is quadratic. Both lists are consumed: actual ends up holding
    the unexpected items, and is returned with the missing ones (found from the end of expected).
    """
    missing = []
    for _ in range(len(expected)):
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual


def _count_mismatches(first, second):
    """[(count in first, count in second, element)] for the elements counted differently:
    first's elements in order of appearance, then those only second has.

    Works by == alone, so unhashable elements are fine; quadratic. An element is compared with
    everything from its own position on (itself included), as assertCountEqual always did.
    """
    first, second = list(first), list(second)
    used_first, used_second = [False] * len(first), [False] * len(second)

    def take(items, used, start, element):
        n = 0
        for k in range(start, len(items)):
            if not used[k] and items[k] == element:
                used[k] = True
                n += 1
        return n

    found = []
    for i, element in enumerate(first):
        if not used_first[i]:
            a = take(first, used_first, i, element)
            b = take(second, used_second, 0, element)
            if a != b:
                found.append((a, b, element))
    for i, element in enumerate(second):
        if not used_second[i]:
            found.append((0, take(second, used_second, i, element), element))
    return found


def _count_mismatches_hashable(first, second):
    """_count_mismatches for hashable elements, in linear time."""
    counts = {}
    for column, items in ((0, first), (1, second)):
        for element in items:
            pair = counts.get(element)
            if pair is None:
                counts[element] = pair = [0, 0]
            pair[column] += 1
    return [(a, b, element) for element, (a, b) in counts.items() if a != b]
