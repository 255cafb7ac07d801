"""Binary search over sorted sequences, and insertion that keeps them sorted.

Written for Pyjama; follows the documented behaviour of CPython 3.12's bisect.
"""

from operator import index as _as_int

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _window(seq, lo, hi):
    """Validate the lo/hi search window the way the C module does."""
    lo = _as_int(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(seq)
    if not hasattr(type(hi), '__index__'):
        raise TypeError('argument should be integer or None, not %r'
                        % type(hi).__name__)
    hi = _as_int(hi)
    # The C code treats -1 as "not given" since that is its sentinel.
    return lo, (len(seq) if hi == -1 else hi)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Leftmost position in sorted a[lo:hi] where x can go, keeping order.

    Every element of a[lo:i] is < x and every element of a[i:hi] is >= x.
    With key, x is compared against key(element).
    """
    lo, hi = _window(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Rightmost position in sorted a[lo:hi] where x can go, keeping order.

    Every element of a[lo:i] is <= x and every element of a[i:hi] is > x.
    With key, x is compared against key(element).
    """
    lo, hi = _window(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            hi = middle
        else:
            lo = middle + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, before any items equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a, after any items equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
