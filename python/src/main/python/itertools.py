"""Functional tools for creating and using iterators (Pyjama, pure Python).

Every tool is a class, as in CPython, so that ``type()``, ``isinstance()`` and the reprs CPython
shows (``count(5)``, ``repeat('a', 3)``) come out the same.  The simple tools keep their state in
attributes and do their work in ``__next__``; the combinatoric ones delegate to a private generator.
"""

import sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _number_check(x):
    if not isinstance(x, (int, float, complex)):
        try:
            x + 0
        except TypeError:
            raise TypeError('a number is required') from None


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        _number_check(start)
        _number_check(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_index', '_first_pass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for element in self._it:
                self._saved.append(element)
                return element
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        element = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')
    _MISSING = object()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = accumulate._MISSING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is accumulate._MISSING:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class batched:
    """Batch data into tuples of length n. The last batch may be shorter."""
    __slots__ = ('_it', '_n')

    def __new__(cls, iterable, n):
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._n = n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        append = batch.append
        for _ in range(self._n):
            for item in it:
                append(item)
                break
            else:
                self._it = None
                break
        if not batch:
            raise StopIteration
        return tuple(batch)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is not None:
                for value in active:
                    return value
            source = self._source
            if source is None:
                raise StopIteration
            for iterable in source:
                self._active = iter(iterable)
                break
            else:
                self._source = self._active = None
                raise StopIteration

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        for selector in self._selectors:
            datum = next(data)
            if selector:
                return datum
        raise StopIteration


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ('_predicate', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            predicate = self._predicate
            for x in self._it:
                if not predicate(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_predicate', '_it', '_stopped')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        x = next(self._it)
        if self._predicate(x):
            return x
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ('_function', '_it')

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        if function is None:
            for x in self._it:
                if not x:
                    return x
        else:
            for x in self._it:
                if not function(x):
                    return x
        raise StopIteration


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_current_grouper')
    _EMPTY = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = groupby._EMPTY
        self._current_grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._current_grouper = None
        empty = groupby._EMPTY
        if self._currkey is empty:
            self._step()
        elif self._tgtkey is not empty:
            while self._tgtkey == self._currkey:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current_grouper = grouper
        return self._currkey, grouper


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        # A group is only valid until its groupby advances.
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._currvalue is groupby._EMPTY:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = groupby._EMPTY
        return value


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 1:
            start, stop, step = None, args[0], None
        elif nargs in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if nargs == 3 else None
        elif nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                stop = -1
            if stop < 0 or stop > sys.maxsize:
                raise ValueError('Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        bad = False
        if start is None:
            start = 0
        else:
            try:
                start = _index(start)
            except TypeError:
                bad = True
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                bad = True
        if bad or start < 0 or step < 0 or start > sys.maxsize:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next = oldnext + self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ('_it', '_old')
    _START = object()

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = pairwise._START

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is pairwise._START:
                old = self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        self._old = new
        return old, new


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_function', '_it')

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._it))


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""
    __slots__ = ('_its', '_active', '_fillvalue')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        result = []
        fill = self._fillvalue
        for i, it in enumerate(its):
            if it is None:
                result.append(fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                result.append(fill)
        return tuple(result)


class _tee_source:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_source', '_link', '__weakref__')

    # Tees that share a source walk the same singly linked list of [value, next] cells; a cell
    # is freed once every tee has moved past it.

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source, self._link = it._source, it._link
        else:
            self._source, self._link = _tee_source(it), [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            value = next(self._source.it)
            nxt = [value, None]
            link[1] = nxt
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    if copier is None or not callable(copier):
        first = _tee(it)
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class _CombinatoricIterator:
    """Base of the combinatoric tools: iteration is delegated to a private generator."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class product(_CombinatoricIterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    if any(not pool for pool in pools):
        return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        for i in reversed(range(n)):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


class permutations(_CombinatoricIterator):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._gen = _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_CombinatoricIterator):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_CombinatoricIterator):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
