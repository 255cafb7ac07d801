"""Cache lines from Python source files (Pyjama, pure Python).

Sources are read with open() when the platform has files, or asked from a module's
__loader__.get_source() (frozen modules, the REPL).  Entries are (size, mtime, lines,
fullname); a None mtime means the entry is never invalidated by checkcache().
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (only file entries with a known mtime)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    try:
        import os
    except ImportError:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _read_source(fullname):
    try:
        with open(fullname, 'rb') as fp:
            data = fp.read()
    except (OSError, NameError, ValueError, TypeError):
        return None
    encoding = 'utf-8'
    # A coding cookie on one of the first two lines names the encoding (PEP 263).
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.strip()
        if stripped.startswith(b'#') and b'coding' in stripped:
            rest = stripped.split(b'coding', 1)[1]
            if rest[:1] in (b':', b'='):
                name = rest[1:].strip().split()[0] if rest[1:].strip() else b''
                if name:
                    encoding = name.decode('ascii', 'replace')
            break
        if stripped and not stripped.startswith(b'#'):
            break
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    try:
        return data.decode(encoding), len(data)
    except (LookupError, UnicodeDecodeError):
        return None


def _as_lines(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    result = _read_source(filename)
    fullname = filename
    if result is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _as_lines(data)
                cache[filename] = (len(data), None, lines, filename)
                return lines
        # Relative names are looked up along sys.path.
        if filename.startswith('/'):
            return []
        for dirname in getattr(sys, 'path', ()):
            if not isinstance(dirname, str) or not dirname:
                continue
            fullname = dirname.rstrip('/') + '/' + filename
            result = _read_source(fullname)
            if result is not None:
                break
        else:
            return []
    text, size = result
    lines = _as_lines(text)
    mtime = None
    try:
        import os
        mtime = os.stat(fullname).st_mtime
    except Exception:
        pass
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
