"""Binary min-heaps kept in plain lists (a priority queue).

Written for Pyjama from the documented behaviour of CPython 3.12's heapq.
A list is a heap when every parent is <= its children: h[i] <= h[2*i+1]
and h[i] <= h[2*i+2].  The sifting strategy below moves an item to a leaf
and then back up, which gives the same list layouts as CPython, so code
that looks at the whole list (not just h[0]) sees the same contents.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, caller):
    if not isinstance(heap, list):
        # One-argument functions say "argument", the others "argument 1".
        which = 'argument' if caller in ('heappop', 'heapify') else 'argument 1'
        raise TypeError('%s() %s must be list, not %s'
                        % (caller, which, type(heap).__name__))


def _bubble_up(heap, root, at):
    """Move heap[at] towards root while it is smaller than its parent."""
    moving = heap[at]
    while at > root:
        parent = (at - 1) >> 1
        if moving < heap[parent]:
            heap[at] = heap[parent]
            at = parent
        else:
            break
    heap[at] = moving


def _sink(heap, at):
    """Restore the heap below `at` after heap[at] was replaced.

    The hole is pushed all the way down along the smaller children (one
    comparison per level), then the displaced item bubbles back up: fewer
    comparisons than stopping early, on average.
    """
    size = len(heap)
    root = at
    moving = heap[at]
    child = 2 * at + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[child] < heap[sibling]:
            child = sibling
        heap[at] = heap[child]
        at = child
        child = 2 * at + 1
    heap[at] = moving
    _bubble_up(heap, root, at)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    tail = heap.pop()
    if not heap:
        return tail
    top = heap[0]
    heap[0] = tail
    _sink(heap, 0)
    return top


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    The heap size does not change; the returned value may be larger than
    item.  Raises IndexError on an empty heap.
    """
    _need_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item.

    Faster than heappush() followed by heappop().
    """
    _need_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _need_list(heap, 'heapify')
    for at in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, at)


class _Ranked:
    """A heap entry ordered by (rank, seq); `flip` inverts the rank order.

    seq breaks ties so that equal ranks keep their arrival order, and so
    that the carried values themselves are never compared.
    """
    __slots__ = ('rank', 'seq', 'value', 'flip')

    def __init__(self, rank, seq, value, flip):
        self.rank = rank
        self.seq = seq
        self.value = value
        self.flip = flip

    def __lt__(self, other):
        a, b = (other.rank, self.rank) if self.flip else (self.rank, other.rank)
        if a < b:
            return True
        if b < a:
            return False
        return self.seq < other.seq


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted iterables into one sorted stream.

    Items with equal keys come out in the order of their iterables.  key
    maps items to sort keys; reverse=True expects (and yields) descending
    order.
    """
    streams = [iter(source) for source in iterables]
    pending = []
    for seq, stream in enumerate(streams):
        for value in stream:
            rank = value if key is None else key(value)
            pending.append(_Ranked(rank, seq, value, reverse))
            break
    heapify(pending)
    while pending:
        head = pending[0]
        yield head.value
        for value in streams[head.seq]:
            head.rank = value if key is None else key(value)
            head.value = value
            heapreplace(pending, head)
            break
        else:
            heappop(pending)


def _best(n, iterable, key, largest):
    """Shared body of nsmallest/nlargest: a bounded heap of the n best.

    The heap keeps the *worst* kept entry on top, so each new item needs
    one comparison to be rejected.  Ties prefer earlier items, matching
    sorted(iterable, key=key, reverse=largest)[:n].
    """
    if n == 1:
        marker = object()
        pick = max if largest else min
        found = pick(iterable, default=marker, key=key)
        return [] if found is marker else [found]
    if hasattr(type(iterable), '__len__') and n >= len(iterable):
        # Everything fits: one sort is cheapest.
        return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    kept = []
    for seq, value in enumerate(iterable):
        rank = value if key is None else key(value)
        # For the smallest, the worst entry is the largest rank, latest seq:
        # order entries by (rank, seq) reversed.  For the largest, the
        # worst is the smallest rank, latest seq.
        entry = _Ranked(rank, -seq, value, not largest)
        if len(kept) < n:
            heappush(kept, entry)
            continue
        worst = kept[0].rank
        if (worst < rank) if largest else (rank < worst):
            heapreplace(kept, entry)
    kept.sort(reverse=True)
    return [entry.value for entry in kept]


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items (by key), smallest first.

    Same result as sorted(iterable, key=key)[:n], in less memory.
    """
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items (by key), largest first.

    Same result as sorted(iterable, key=key, reverse=True)[:n].
    """
    return _best(n, iterable, key, True)
