"""Heap queue algorithm (a.k.a. priority queue), Pyjama's pure-Python version.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.  The sift routines
below produce exactly the same list layouts as CPython's, so code that inspects heap[0] or the
whole list sees the same values.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (fname, type(heap).__name__))


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.
    """
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop().
    """
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify')
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(heap):
    """Transform list into a maxheap, in-place, in O(len(heap)) time."""
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Floyd's trick: walk the hole at pos down to a leaf along the smaller children, then
    # bubble the displaced item back up.  Fewer comparisons than stopping early.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).
    """
    # Heap entries are [value-or-key, order, value, next]; the order number keeps the merge
    # stable and stops comparisons from ever reaching the values themselves.
    h = []
    if reverse:
        _heapify_, _heappop_, _heapreplace_, direction = (
            _heapify_max, _heappop_max, _heapreplace_max, -1)
    else:
        _heapify_, _heappop_, _heapreplace_, direction = heapify, heappop, heapreplace, 1

    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            nxt = it.__next__
            try:
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
        _heapify_(h)
        while len(h) > 1:
            try:
                while True:
                    s = h[0]
                    value, _, nxt = s
                    yield value
                    s[0] = nxt()
                    _heapreplace_(h, s)
            except StopIteration:
                _heappop_(h)
        if h:
            value, _, nxt = h[0]
            yield value
            yield from nxt.__self__
        return

    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    _heapify_(h)
    while len(h) > 1:
        try:
            while True:
                s = h[0]
                _, _, value, nxt = s
                yield value
                value = nxt()
                s[0] = key(value)
                s[2] = value
                _heapreplace_(h, s)
        except StopIteration:
            _heappop_(h)
    if h:
        _, _, value, nxt = h[0]
        yield value
        yield from nxt.__self__


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep a max-heap of the n best (key, order, value) seen so far; the order number keeps
    # equal keys in input order and stops comparisons from reaching the values.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for elem, order in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [elem for k, order, elem in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best; decreasing order numbers make earlier items win ties.
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for elem, order in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [elem for k, order, elem in result]
