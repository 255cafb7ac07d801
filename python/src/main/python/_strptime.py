"""time.strptime, as CPython's _strptime module provides it to the time module.

The parsing (C locale, CPython's directives and errors) is datetime's strptime; this module
turns its result into a time.struct_time: tm_isdst is -1, tm_zone and tm_gmtoff come from a
%z offset when the format has one. Unlike CPython's, it rejects what datetime rejects (a 61st
second, February 29 of a year-less format).
"""
import time as _time
import datetime as _datetime

__all__ = []


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    dt = _datetime._strptime_datetime(_datetime.datetime, data_string, format)
    tt = dt.timetuple()
    offset = dt.utcoffset()
    gmtoff = None if offset is None else offset.days * 86400 + offset.seconds
    zone = None if dt.tzinfo is None else dt.tzname()
    return _time.struct_time(tuple(tt)[:8] + (-1, zone, gmtoff))


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a cls instance (datetime.datetime or a subclass) parsed from data_string."""
    return _datetime._strptime_datetime(cls, data_string, format)
