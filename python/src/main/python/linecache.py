"""Source lines of Python files, cached by file name (Pyjama's own linecache).

Where the text comes from, in order: a file readable with open() (the name as given, or
relative to an entry of sys.path), or the get_source() of the loader found in a module's
globals (frozen modules, the shell).  Each entry of `cache` is one of
    (size, mtime, lines, fullname)   text already read; mtime None = never stale
    (loader_thunk,)                  registered by lazycache(), read on first use
which is the layout CPython uses too, so code that seeds `cache` by hand keeps working.
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def _pseudo(name):
    # '<stdin>', '<string>', '' ... have no text to find.
    return not name or (name[:1] == '<' and name[-1:] == '>')


def _pending(entry):
    return len(entry) == 1


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based, newline included) of the file, or '' if there is none."""
    every = getlines(filename, module_globals)
    return every[lineno - 1] if 0 < lineno <= len(every) else ''


def getlines(filename, module_globals=None):
    """All lines of the file, reading it into the cache first if needed ([] if unknown)."""
    entry = cache.get(filename)
    if entry is not None and not _pending(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        cache.clear()
        return []


def checkcache(filename=None):
    """Discard any cache entry whose file changed on disk (entries without an mtime stay)."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename] if filename in cache else []
    if not names:
        return
    try:
        import os
    except ImportError:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or _pending(entry) or entry[1] is None:
            continue
        try:
            st = os.stat(entry[3])
        except (OSError, ValueError):
            del cache[name]
            continue
        if (st.st_size, st.st_mtime) != (entry[0], entry[1]):
            del cache[name]


def _cookie_encoding(raw):
    """The PEP 263 coding declaration among the first two lines, else utf-8."""
    for line in raw.split(b'\n', 2)[:2]:
        text = line.strip()
        if not text.startswith(b'#'):
            if text:
                break
            continue
        at = text.find(b'coding')
        if at >= 0 and text[at + 6:at + 7] in (b':', b'='):
            words = text[at + 7:].split()
            if words:
                return words[0].decode('ascii', 'replace')
            break
    return 'utf-8'


def _load_file(path):
    """(text, size) of a source file, or None when it cannot be read or decoded."""
    try:
        with open(path, 'rb') as f:
            raw = f.read()
    except (OSError, NameError, ValueError, TypeError):
        return None
    if raw[:3] == b'\xef\xbb\xbf':
        raw = raw[3:]
    try:
        return raw.decode(_cookie_encoding(raw)), len(raw)
    except (LookupError, UnicodeDecodeError):
        return None


def _split(text):
    # Every cached line ends with a newline, the last one included.
    lines = text.splitlines(True)
    if lines and lines[-1][-1:] != '\n':
        lines[-1] = lines[-1] + '\n'
    return lines


def _mtime(path):
    try:
        import os
        return os.stat(path).st_mtime
    except Exception:
        return None


def _from_loader(filename, module_globals):
    """Lines from a loader's get_source(), or None when there is no such loader."""
    if not lazycache(filename, module_globals):
        return None
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = _split(text)
    cache[filename] = (len(text), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """(Re)read the file into the cache and return its lines; [] when it cannot be found."""
    entry = cache.get(filename)
    if entry is not None and not _pending(entry):
        del cache[filename]
    if _pseudo(filename):
        return []
    path = filename
    found = _load_file(path)
    if found is None:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if filename.startswith('/'):
            return []
        for folder in getattr(sys, 'path', ()):
            if isinstance(folder, str) and folder:
                path = folder.rstrip('/') + '/' + filename
                found = _load_file(path)
                if found is not None:
                    break
        if found is None:
            return []
    text, size = found
    lines = _split(text)
    cache[filename] = (size, _mtime(path), lines, path)
    return lines


def lazycache(filename, module_globals):
    """Remember the loader in module_globals so that the file's text can be asked of it
    later, by getlines().  True when such a deferred entry exists (new or old); False when
    the file is already cached, has a pseudo name, or no loader with get_source is found."""
    entry = cache.get(filename)
    if entry is not None:
        return _pending(entry)
    if _pseudo(filename) or not module_globals or '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    modname = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    source_of = getattr(loader, 'get_source', None)
    if not (modname and source_of):
        return False
    cache[filename] = (lambda: source_of(modname),)
    return True
