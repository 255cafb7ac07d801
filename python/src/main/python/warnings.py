"""Warning control (Pyjama's own warnings module, pure Python).

The interpreter reports its own warnings (DeprecationWarning from builtins, the compiler's
SyntaxWarnings, ...) through warn() / warn_explicit() below, so the filters apply to them too.

Design: a warning passes three stages.  _locate() finds who issued it (frame walk for
stacklevel), _decide() consults the registries and `filters` for the action, and _deliver()
hands it to showwarning() (or to the list of an active catch_warnings(record=True)).
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = frozenset(('error', 'ignore', 'always', 'default', 'module', 'once'))

# CPython's filters for a release build.  The module of the first one is a plain name
# (matched by equality); filters added by filterwarnings() hold compiled patterns.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}

# Bumped whenever the filters change: each module's __warningregistry__ remembers the
# generation it was filled under and is emptied when that is out of date.
_generation = 1


def _filters_mutated():
    global _generation
    _generation += 1


# ---------------------------------------------------------------- formatting and output

def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _render(message, category, filename, lineno, line):
    head = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        return head + '  ' + line.strip() + '\n'
    return head


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning() writes: 'file:line: Category: message' plus the source line."""
    return _render(message, category, filename, lineno, line)


_stock_formatwarning = formatwarning


def _text_of(w):
    # A replaced formatwarning() is honoured by the standard showwarning().
    if formatwarning is not _stock_formatwarning:
        return formatwarning(w.message, w.category, w.filename, w.lineno, w.line)
    return _render(w.message, w.category, w.filename, w.lineno, w.line)


def _write(w):
    out = w.file if w.file is not None else sys.stderr
    if out is None:
        return            # no stderr at all: the warning is lost
    text = _text_of(w)
    try:
        out.write(text)
    except OSError:
        pass              # an unusable stream loses the warning rather than failing the caller


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default sys.stderr); programs may replace this function."""
    _write(WarningMessage(message, category, filename, lineno, file, line))


_stock_showwarning = showwarning

# Where the standard showwarning() sends a WarningMessage; catch_warnings(record=True)
# swaps in a list's append.
_sink = _write


def _deliver(w):
    hook = showwarning
    if hook is not _stock_showwarning:
        if not callable(hook):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        hook(w.message, w.category, w.filename, w.lineno, w.file, w.line)
    else:
        _sink(w)


# ---------------------------------------------------------------- the filter list

def _check_action(action):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'


def _install(entry, append):
    # One copy of a filter at most; a re-added one moves to the front unless appending.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter (at the front, or at the end when `append`).

    `message` is a regular expression matched case-insensitively at the start of the
    warning's text, `module` one matched against the module name, `category` the class the
    warning must be a subclass of, `lineno` the line (0: any).
    """
    _check_action(action)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    _check_lineno(lineno)
    text_re = module_re = None
    if message or module:
        import re
        text_re = re.compile(message, re.I) if message else None
        module_re = re.compile(module) if module else None
    _install((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches any message and module (see filterwarnings())."""
    _check_action(action)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter; warnings then get `defaultaction`."""
    filters[:] = []
    _filters_mutated()


# ---------------------------------------------------------------- issuing

def _internal(filename):
    # The import machinery's frames are never blamed for a warning.
    return 'importlib' in filename and '_bootstrap' in filename


def _locate(stacklevel, skip):
    """The frame `stacklevel` levels above warn()'s caller, or None (the stack is too short
    or, in Pyjama, the caller is Java code with no Python frame)."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    # Frame 0 is this function, 1 is warn(), 2 is the code that called warn().
    try:
        frame = getframe(2)
    except ValueError:
        return None
    if stacklevel <= 1 or _internal(frame.f_code.co_filename):
        try:
            return getframe(stacklevel + 1)
        except ValueError:
            return None
    for _ in range(stacklevel - 1):
        frame = frame.f_back
        while frame is not None:
            name = frame.f_code.co_filename
            if not (_internal(name) or (skip and name.startswith(skip))):
                break
            frame = frame.f_back
        if frame is None:
            return None
    return frame


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % type(skip_file_prefixes).__name__)
    if skip_file_prefixes and stacklevel < 2:
        stacklevel = 2
    frame = _locate(stacklevel, skip_file_prefixes)
    if frame is None:
        # As CPython: no frame means the warning is attributed to the sys module.
        where, filename, lineno = sys.__dict__, 'sys', 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = where['__name__'] if '__name__' in where else '<string>'
    registry = where.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, where, source)


def _matches(entry, text, category, module, lineno):
    _, text_re, cat, mod, line = entry
    if text_re is not None and not text_re.match(text):
        return False
    if not issubclass(category, cat):
        return False
    if mod is not None:
        if isinstance(mod, str):
            if mod != module:
                return False
        elif not mod.match(module):
            return False
    return line == 0 or line == lineno


def _decide(text, category, module, lineno):
    for entry in filters:
        if _matches(entry, text, category, module, lineno):
            return entry[0], entry
    return defaultaction, None


def _already_shown(action, entry, registry, key):
    """Apply the registries of the 'once'/'module'/'default' actions: True when this
    warning was shown before and must stay quiet now."""
    text, category, lineno = key
    if action == 'always':
        return False
    if action == 'default':
        registry[key] = True
        return False
    if action == 'once':
        registry[key] = True
        if onceregistry.get((text, category)):
            return True
        onceregistry[(text, category)] = True
        return False
    if action == 'module':
        registry[key] = True
        if registry.get((text, category, 0)):
            return True
        registry[(text, category, 0)] = True
        return False
    raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, entry))


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location, or maybe ignore it or raise an exception."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _generation:
        registry.clear()
        registry['version'] = _generation
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, entry = _decide(text, category, module, lineno)
    if action == 'ignore':
        return
    if module_globals is not None:
        # Lets formatting find the source of modules that only their loader can read.
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except ImportError:
            pass
    if action == 'error':
        raise message
    if _already_shown(action, entry, registry, key):
        return
    _deliver(WarningMessage(message, category, filename, lineno, source))


class WarningMessage(object):
    """One warning as showwarning() receives it; catch_warnings(record=True) lists these."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for attr, value in zip(self._WARNING_DETAILS, values):
            setattr(self, attr, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager that saves the warnings state (filters, showwarning) on entry and
    restores it on exit.  With record=True, warnings are collected in the list returned by
    __enter__ instead of being shown; `action` (with category, lineno, append) installs a
    simplefilter() for the duration of the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._module = sys.modules['warnings'] if module is None else module
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        parts = []
        if self._record:
            parts.append('record=True')
        if self._module is not sys.modules['warnings']:
            parts.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._sink)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._sink = log.append
        # the stock showwarning is the one that feeds _sink
        mod.showwarning = mod._stock_showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._sink = self._saved
        mod._filters_mutated()


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=sys.version_info):
    """Warn (DeprecationWarning, blamed on the caller's caller) that `name` goes away in
    version `remove`; past that version it is a RuntimeError, to remind us to remove it."""
    due = '%d.%d' % (remove[0], remove[1])
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != 'alpha'):
        raise RuntimeError('%r was slated for removal after Python %s alpha' % (name, due))
    warn(message.format(name=name, remove=due), DeprecationWarning, stacklevel=3)
