"""Introspection of live objects, written for Pyjama.

Three parts: what-kind-of-object-is-this tests, lookups of members, documentation and source
files, and call signatures (Parameter, Signature, BoundArguments) read from code objects, from a
builtin's ``__text_signature__`` or from an explicit ``__signature__``.
"""
import enum
import functools
import sys
import types
from collections import namedtuple
from keyword import iskeyword

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
           'isasyncgenfunction', 'isgenerator', 'iscoroutine', 'isasyncgen', 'isawaitable', 'isbuiltin',
           'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor',
           'isabstract', 'istraceback', 'isframe', 'iscode', 'getmembers', 'getmro', 'getdoc', 'cleandoc',
           'getmodule', 'getfile', 'getsourcefile', 'unwrap', 'signature', 'Signature', 'Parameter',
           'BoundArguments', 'getfullargspec', 'FullArgSpec', 'getgeneratorstate', 'getcoroutinestate',
           'currentframe', 'formatannotation', 'get_annotations', 'markcoroutinefunction', 'getattr_static',
           'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING',
           'CORO_SUSPENDED', 'CORO_CLOSED', 'findsource', 'getsourcelines', 'getsource', 'getlineno',
           'getframeinfo', 'getouterframes', 'getinnerframes', 'stack', 'trace', 'Traceback', 'FrameInfo',
           'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED', 'getasyncgenstate',
           'getasyncgenlocals', 'getcoroutinelocals', 'indentsize', 'getmodulename', 'ClosureVars',
           'getclosurevars', 'ArgInfo', 'getargvalues', 'formatargvalues', 'formatannotationrelativeto',
           'getmembers_static', 'ismethodwrapper']

# co_flags bits, as the code objects of our compiler set them (same values as CPython's).
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200

TPFLAGS_IS_ABSTRACT = 0x100000


# ============================================================== kinds of objects

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type)."""
    return isinstance(object, type)


def ismethod(object):
    """True for a function bound to an instance or class (a bound method)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python, lambdas included."""
    return isinstance(object, types.FunctionType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for builtin functions and bound builtin methods."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for a slot wrapper bound to an object, such as ``(1).__add__``."""
    return isinstance(object, types.MethodWrapperType)


def ismemberdescriptor(object):
    """True for the descriptors that __slots__ create."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for getset descriptors of builtin types."""
    return isinstance(object, types.GetSetDescriptorType)


def isgenerator(object):
    """True for generator objects (what calling a generator function returns)."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects made by an ``async def`` function."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, types.AsyncGeneratorType)


def istraceback(object):
    """True for traceback objects."""
    return type(object).__name__ == 'traceback' and hasattr(object, 'tb_frame')


def isframe(object):
    """True for frame objects."""
    return type(object).__name__ == 'frame' and hasattr(object, 'f_code')


def _plain_function(obj):
    """Strip bound methods and functools.partial layers, which do not change what kind of
    function is underneath."""
    while True:
        if isinstance(obj, types.MethodType):
            obj = obj.__func__
        elif isinstance(obj, functools.partial):
            obj = obj.func
        else:
            return obj


def _flags_of(obj):
    """co_flags of the function beneath obj, or 0 when it is no Python function."""
    target = _plain_function(obj)
    if isfunction(target) or _looks_like_function(target):
        return target.__code__.co_flags
    return 0


def isgeneratorfunction(obj):
    """True for a function whose body contains ``yield`` (not inside ``async def``)."""
    return bool(_flags_of(obj) & CO_GENERATOR)


def isasyncgenfunction(obj):
    """True for an ``async def`` function whose body contains ``yield``."""
    return bool(_flags_of(obj) & CO_ASYNC_GENERATOR)


# The attribute markcoroutinefunction sets (asyncio.coroutines looks for the same name).
_COROUTINE_MARK_ATTR = '_is_coroutine_marker'
_coroutine_mark = object()


def markcoroutinefunction(func):
    """Decorator: make iscoroutinefunction() true for a sync function that returns a coroutine."""
    if hasattr(func, '__func__'):
        func = func.__func__
    setattr(func, _COROUTINE_MARK_ATTR, _coroutine_mark)
    return func


def iscoroutinefunction(obj):
    """True for an ``async def`` function (or one marked with markcoroutinefunction)."""
    if _flags_of(obj) & CO_COROUTINE:
        return True
    return getattr(_plain_function(obj), _COROUTINE_MARK_ATTR, None) is _coroutine_mark


def isawaitable(object):
    """True when ``await object`` would be accepted."""
    if iscoroutine(object):
        return True
    if isgenerator(object):
        # A generator made by types.coroutine() is awaitable; plain generators are not.
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    for klass in type(object).__mro__:
        if '__await__' in klass.__dict__:
            return klass.__dict__['__await__'] is not None
    return False


def _never_descriptor_like(object):
    # Classes, methods and functions all have __get__, but are not what "descriptor" means here.
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """True for objects whose type has __get__ but neither __set__ nor __delete__ (for example
    the methods of builtin types, or classmethod/staticmethod objects)."""
    if _never_descriptor_like(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not (hasattr(kind, '__set__') or hasattr(kind, '__delete__'))


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__ (properties, slots...)."""
    if _never_descriptor_like(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isroutine(object):
    """True for anything function-like: functions, methods, builtins and method descriptors."""
    return (isfunction(object) or ismethod(object) or isbuiltin(object)
            or ismethodwrapper(object) or ismethoddescriptor(object))


def isabstract(object):
    """True for a class that still has abstract methods (so cannot be instantiated)."""
    if not isclass(object):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, '__abstractmethods__', None))


# ============================================================== members and attributes

def getmro(cls):
    """cls.__mro__: the class and its bases in lookup order."""
    return cls.__mro__


_MISSING = object()


def _class_dict_lookup(classes, name):
    """The raw value of name in the first class of classes whose __dict__ has it."""
    for klass in classes:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _MISSING


def _collect_members(object, predicate, fetch):
    names = list(dir(object))
    search = ()
    if isclass(object):
        search = object.__mro__
        # DynamicClassAttribute (enum members' name/value) hides from dir() on the class.
        for base in getattr(object, '__bases__', ()):
            for name, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(name)
    found = {}
    for name in names:
        if name in found:
            continue
        try:
            value = fetch(object, name)
        except AttributeError:
            # Listed by dir() but not fetchable (a property that raises, say): the class's raw
            # entry stands in, and the name is left out when there is none.
            value = _class_dict_lookup(search, name)
            if value is _MISSING:
                continue
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


def getmembers(object, predicate=None):
    """(name, value) pairs of all attributes of object, sorted by name, optionally only those
    for which predicate(value) is true."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() using getattr_static, so no descriptor or __getattr__ code runs."""
    return _collect_members(object, predicate, getattr_static)


def _instance_namespace(obj):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}
    return namespace if isinstance(namespace, dict) else {}


def _is_data_descriptor_value(value):
    kind = type(value)
    return hasattr(kind, '__get__') and (hasattr(kind, '__set__') or hasattr(kind, '__delete__'))


def getattr_static(obj, attr, default=_MISSING):
    """Find attr on obj the way attribute lookup does, but return the raw stored object instead
    of calling descriptors, __getattr__ or __getattribute__."""
    if isclass(obj):
        found = _class_dict_lookup(obj.__mro__, attr)
        if found is _MISSING:
            # Attributes of a class can also come from its metaclass.
            found = _class_dict_lookup(type(obj).__mro__, attr)
    else:
        from_class = _class_dict_lookup(type(obj).__mro__, attr)
        from_instance = _instance_namespace(obj).get(attr, _MISSING)
        if from_class is not _MISSING and _is_data_descriptor_value(from_class):
            found = from_class
        elif from_instance is not _MISSING:
            found = from_instance
        else:
            found = from_class
    if found is not _MISSING:
        return found
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


# ============================================================== documentation

def cleandoc(doc):
    """Tidy a docstring: tabs expanded, the common indentation of the lines after the first
    removed, the first line's leading blanks removed, blank lines at both ends dropped."""
    first, *rest = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(indents) if indents else 0
    lines = [first.lstrip()] + [line[cut:] for line in rest]
    start, end = 0, len(lines)
    # Only truly empty lines go: a line of blanks deeper than the margin is kept.
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return '\n'.join(lines[start:end])


def _class_of_function(func):
    """The class a plain function was defined in, found by walking its __qualname__ from its
    module; None for functions defined outside classes (or in a function's locals)."""
    owner = sys.modules.get(func.__module__)
    path = func.__qualname__.split('.')[:-1]
    if owner is None or not path:
        return None
    for step in path:
        owner = getattr(owner, step, None)
        if owner is None:
            return None
    return owner if isclass(owner) else None


def _owner_and_name(obj):
    """(class, attribute name) under which obj lives, so its docstring can be inherited from
    the same name in a base class; None when there is no such place."""
    if ismethod(obj):
        name = obj.__func__.__name__
        holder = obj.__self__
        if isclass(holder) and getattr(getattr(holder, name, None), '__func__', None) is obj.__func__:
            return holder, name
        return type(holder), name
    if isfunction(obj):
        owner = _class_of_function(obj)
        if owner is None or getattr(owner, obj.__name__) is not obj:
            return None
        return owner, obj.__name__
    if isbuiltin(obj):
        holder = obj.__self__
        if holder is None or ismodule(holder):
            return None
        if isclass(holder) and f'{holder.__qualname__}.{obj.__name__}' == obj.__qualname__:
            return holder, obj.__name__
        return type(holder), obj.__name__
    if isinstance(obj, property):
        owner = _class_of_function(obj.fget)
        name = obj.fget.__name__
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        owner = getattr(obj, '__objclass__', None)
        if name is None or owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    return None


def _inherited_doc(obj):
    if isclass(obj):
        for klass in obj.__mro__:
            if klass is object:
                continue
            text = klass.__dict__.get('__doc__')
            if isinstance(text, str):
                return text
        return None
    place = _owner_and_name(obj)
    if place is None:
        return None
    owner, name = place
    for klass in owner.__mro__:
        member = getattr(klass, name, None)
        text = getattr(member, '__doc__', None) if member is not None else None
        if text is not None:
            return text
    return None


def getdoc(object):
    """The object's docstring cleaned by cleandoc(); a method, property or class without one
    inherits it from its bases. None when there is no string docstring anywhere."""
    try:
        text = object.__doc__
    except AttributeError:
        return None
    if text is None:
        try:
            text = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    return cleandoc(text) if isinstance(text, str) else None


# ============================================================== modules and files

def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if isinstance(object, types.ModuleType):
        return object
    try:
        return sys.modules.get(object.__module__)
    except AttributeError:
        pass
    try:
        path = getabsfile(object, _filename)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == path:
            return module
    main = sys.modules.get('__main__')
    name = getattr(object, '__name__', None)
    if main is not None and name is not None and getattr(main, name, None) is object:
        return main
    return None


def _code_beneath(object):
    """The code object behind a method, function, traceback or frame (or object itself)."""
    for is_layer, inner in _CODE_LAYERS:
        if is_layer(object):
            object = getattr(object, inner)
    return object


_CODE_LAYERS = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'),
                (isframe, 'f_code'))


def getfile(object):
    """Name of the file object was defined in; TypeError for builtin modules and classes."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if path:
            return path
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            home = sys.modules.get(object.__module__)
            path = getattr(home, '__file__', None)
            if path:
                return path
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = _code_beneath(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                    f'got {type(object).__name__}')


def getabsfile(object, _filename=None):
    """Absolute, case-normalised path of object's source (or compiled) file."""
    import os
    path = _filename or getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(path))


def getsourcefile(object):
    """The .py file object's source can be read from, or None."""
    path = getfile(object)
    if path.endswith('.pyc'):
        path = path[:-1]
    if not path.endswith('.py'):
        return None
    import os
    if os.path.exists(path):
        return path
    # Frozen modules have no file on disk but a loader that can hand out the text.
    if getattr(getmodule(object, path), '__loader__', None) is not None:
        return path
    return None


# ============================================================== source text

def _source_lines(object):
    """(all lines of object's file, the module it belongs to); OSError when the text cannot
    be found. Lines come from linecache, which also serves frozen modules through __loader__."""
    import linecache
    path = getsourcefile(object)
    if path is None:
        path = getfile(object)
        # '<stdin>', '<string>' and the like can only be in linecache's own entries.
        if not (path.startswith('<') and path.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, path)
    lines = linecache.getlines(path, module.__dict__) if module is not None else linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    return lines


def _definition_span(lines, first, want):
    """(first, last) 0-based lines of the definition starting at line index first: ast gives
    the end of the def, class or the statement holding a lambda. want filters the nodes."""
    import ast
    tree = ast.parse(''.join(lines))
    best = None
    for node in ast.walk(tree):
        if not want(node):
            continue
        start = min([node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', ())]) - 1
        # co_firstlineno may name the first decorator or the def line itself.
        if first in (start, node.lineno - 1):
            best = (start, node.end_lineno - 1)
            break
    if best is None:
        return first, first
    if isinstance(node, ast.Lambda):
        # A lambda's text runs to the end of the innermost statement holding it.
        holders = [outer for outer in ast.walk(tree) if isinstance(outer, ast.stmt)
                   and outer.lineno - 1 <= first <= outer.end_lineno - 1]
        if holders:
            innermost = min(holders, key=lambda outer: outer.end_lineno - outer.lineno)
            best = (first, max(best[1], innermost.end_lineno - 1))
    return best


def _find_class(lines, cls):
    """Line span of the class statement for cls, found by walking its __qualname__ through
    the bodies of the module and of the enclosing classes and functions."""
    import ast
    body = ast.parse(''.join(lines)).body
    node = None
    scopes = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    for part in cls.__qualname__.split('.'):
        if part == '<locals>':
            continue
        node = None
        for statement in reversed(body):
            if isinstance(statement, scopes) and statement.name == part:
                node = statement
                break
        if node is None:
            raise OSError('could not find class definition')
        body = node.body
    if not isinstance(node, ast.ClassDef):
        raise OSError('could not find class definition')
    start = min([node.lineno] + [d.lineno for d in node.decorator_list]) - 1
    return start, node.end_lineno - 1


def findsource(object):
    """(all lines of the source file, 0-based index of the line where object starts)."""
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class(lines, object)[0]
    code = _code_beneath(object)
    if not iscode(code):
        raise OSError('could not find code object')
    first = code.co_firstlineno - 1
    if first >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, first


def getsourcelines(object):
    """(list of the lines of object's source, its 1-based first line number); a module (or a
    module-level frame) gives the whole file and 0."""
    import ast
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    if isclass(object):
        first, last = _find_class(lines, object)
        return lines[first:last + 1], first + 1
    # A frame or traceback of a function shows the whole function.
    lines, first = findsource(object)
    definition = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
    first, last = _definition_span(lines, first, lambda node: isinstance(node, definition))
    return lines[first:last + 1], first + 1


def getsource(object):
    """The text of object's source (module, class, function, method, frame, traceback or
    code); OSError when it cannot be found."""
    return ''.join(getsourcelines(object)[0])


# ============================================================== frames and tracebacks

Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                       defaults=(None,) * 4)


class Traceback(namedtuple('_Traceback', 'filename lineno function code_context index')):
    """Where a frame or traceback entry is: file, line, function, some lines of context
    around it (and the index of the current one), and the exact positions of the expression."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        entry = super().__new__(cls, filename, lineno, function, code_context, index)
        entry.positions = positions
        return entry

    def __repr__(self):
        return (f'Traceback(filename={self.filename!r}, lineno={self.lineno!r}, '
                f'function={self.function!r}, code_context={self.code_context!r}, '
                f'index={self.index!r}, positions={self.positions!r})')


class FrameInfo(namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    """A Traceback that also holds the frame itself (what stack() and trace() list)."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        entry = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        entry.positions = positions
        return entry

    def __repr__(self):
        return (f'FrameInfo(frame={self.frame!r}, filename={self.filename!r}, lineno={self.lineno!r}, '
                f'function={self.function!r}, code_context={self.code_context!r}, '
                f'index={self.index!r}, positions={self.positions!r})')


def _instruction_positions(code, lasti):
    if lasti < 0:
        return Positions()
    for index, place in enumerate(code.co_positions()):
        if index == lasti // 2:
            return Positions(*place)
    return Positions()


def getlineno(frame):
    """The line a frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback for a frame or traceback object, with context lines of source around the
    current line (None when the source cannot be read, or for context <= 0)."""
    if istraceback(frame):
        lineno, lasti, frame = frame.tb_lineno, frame.tb_lasti, frame.tb_frame
    else:
        lineno, lasti = frame.f_lineno, frame.f_lasti
        if not isframe(frame):
            raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    context_lines = index = None
    if context > 0:
        around = lineno - 1 - context // 2
        try:
            lines, _ = findsource(frame)
        except OSError:
            pass
        else:
            around = max(0, min(around, len(lines) - context))
            context_lines = lines[around:around + context]
            index = lineno - 1 - around
    return Traceback(filename, lineno, frame.f_code.co_name, context_lines, index,
                     positions=_instruction_positions(frame.f_code, lasti))


def _frame_info(frame, context, lineno_from=None):
    info = getframeinfo(lineno_from if lineno_from is not None else frame, context)
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records for frame and each frame that called it, innermost first."""
    records = []
    while frame is not None:
        records.append(_frame_info(frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records along a traceback, from where it was caught to where it was raised."""
    records = []
    while tb is not None:
        records.append(_frame_info(tb.tb_frame, context, tb))
        tb = tb.tb_next
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and all frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the current frame and where the exception being handled was
    raised."""
    return getinnerframes(sys.exc_info()[2], context)


def unwrap(func, *, stop=None):
    """Follow func.__wrapped__ links (set by functools.wraps) to the innermost object, stopping
    early at an object for which stop(obj) is true. ValueError on a cycle."""
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    current = func
    while hasattr(current, '__wrapped__') and not isclass(current):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(current))
    return current


def currentframe():
    """The caller's frame (None where frames are not available)."""
    frame_of = getattr(sys, '_getframe', None)
    return None if frame_of is None else frame_of(1)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (obj a class, module or callable); with eval_str, string
    annotations are evaluated in obj's globals (and a class's namespace)."""
    if isclass(obj):
        # Only the class's own __annotations__, never one inherited from a base.
        namespace = getattr(obj, '__dict__', None)
        found = namespace.get('__annotations__') if hasattr(namespace, 'get') else None
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        home = sys.modules.get(getattr(obj, '__module__', None))
        default_globals = getattr(home, '__dict__', None)
        default_locals = dict(vars(obj))
        source = obj
    elif ismodule(obj):
        found = getattr(obj, '__annotations__', None)
        default_globals, default_locals, source = obj.__dict__, None, None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        default_globals, default_locals, source = getattr(obj, '__globals__', None), None, obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not eval_str or not found:
        return dict(found)
    if source is not None:
        # Strings in a wrapper's annotations belong to the wrapped function's module.
        while True:
            if hasattr(source, '__wrapped__'):
                source = source.__wrapped__
            elif isinstance(source, functools.partial):
                source = source.func
            else:
                break
        default_globals = getattr(source, '__globals__', default_globals)
    scope_globals = default_globals if globals is None else globals
    scope_locals = default_locals if locals is None else locals
    return {key: eval(value, scope_globals, scope_locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ============================================================== generator and coroutine states

GEN_CREATED, GEN_RUNNING = 'GEN_CREATED', 'GEN_RUNNING'
GEN_SUSPENDED, GEN_CLOSED = 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING = 'CORO_CREATED', 'CORO_RUNNING'
CORO_SUSPENDED, CORO_CLOSED = 'CORO_SUSPENDED', 'CORO_CLOSED'


def _run_state(running, suspended, frame, prefix):
    if running:
        return prefix + 'RUNNING'
    if suspended:
        return prefix + 'SUSPENDED'
    return prefix + ('CLOSED' if frame is None else 'CREATED')


def getgeneratorstate(generator):
    """One of GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame, 'GEN_')


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame, 'CORO_')


AGEN_CREATED, AGEN_RUNNING = 'AGEN_CREATED', 'AGEN_RUNNING'
AGEN_SUSPENDED, AGEN_CLOSED = 'AGEN_SUSPENDED', 'AGEN_CLOSED'


def getasyncgenstate(agen):
    """One of AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED."""
    return _run_state(agen.ag_running, agen.ag_suspended, agen.ag_frame, 'AGEN_')


def _frame_locals(holder, frame_attr):
    frame = getattr(holder, frame_attr, None)
    return {} if frame is None else frame.f_locals


def getasyncgenlocals(agen):
    """The local variables of a suspended async generator ({} once it has finished)."""
    if not isasyncgen(agen):
        raise TypeError(f'{agen!r} is not a Python async generator')
    return _frame_locals(agen, 'ag_frame')


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine ({} when it has no frame)."""
    return _frame_locals(coroutine, 'cr_frame')


def getgeneratorlocals(generator):
    """The local variables of a suspended generator ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError(f'{generator!r} is not a Python generator')
    return _frame_locals(generator, 'gi_frame')


# ============================================================== smaller helpers

def indentsize(line):
    """Number of columns of leading blanks in line, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# Suffixes of importable files, longest first so '.pyc' is not read as '.py' + 'c'.
_MODULE_SUFFIXES = ('.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.pyc', '.py', '.so')


def getmodulename(path):
    """The module name a file path would be imported as, or None if it is no module file."""
    import os
    base = os.path.basename(path)
    for suffix in _MODULE_SUFFIXES:
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """ClosureVars of the names func's code refers to: closure cells, globals, builtins,
    and the names found nowhere (attribute names land there too)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo of a frame: its parameter names, the * and ** names (or None), its locals."""
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    star = star_star = None
    if code.co_flags & CO_VARARGS:
        star = code.co_varnames[count]
        count += 1
    if code.co_flags & CO_VARKEYWORDS:
        star_star = code.co_varnames[count]
    return ArgInfo(names, star, star_star, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name, formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})': getargvalues() output rendered as text."""
    shown = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        shown.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        shown.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(shown) + ')'


# ============================================================== Parameter

def formatannotation(annotation, base_module=None):
    """How an annotation is spelled in a signature: classes by (qualified) name, typing
    constructs without their 'typing.' prefix, anything else by repr()."""
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'(?<![\w.])typing\.', '', repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isclass(annotation):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def formatannotationrelativeto(object):
    """A formatannotation() that writes classes of object's module without the module name."""
    home = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, home)


class _void:
    """Default of replace() arguments: 'keep the current value' (None is a valid value)."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_STARRED = (_VAR_POSITIONAL, _VAR_KEYWORD)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if kind in _STARRED and default is not _empty:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            # '.0' is the hidden iterator argument of a comprehension's code object.
            if kind is not _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        # Positional-only names are never written at a call site, so keywords are allowed.
        if not name.isidentifier() or (kind is not _POSITIONAL_ONLY and iskeyword(name)):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        has_annotation = self._annotation is not _empty
        if has_annotation:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8: spaces around '=' only when there is an annotation.
            text += (' = ' if has_annotation else '=') + repr(self._default)
        prefix = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return prefix + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _fields(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._fields() == other._fields()

    def __reduce__(self):
        return type(self), (self._name, self._kind), {'_default': self._default,
                                                       '_annotation': self._annotation}

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']


# ============================================================== BoundArguments

class BoundArguments:
    """What Signature.bind() produces: the ordered mapping ``arguments`` from parameter names
    to values, convertible back to call arguments with .args and .kwargs."""

    __slots__ = ('_signature', 'arguments', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    signature = property(lambda self: self._signature, doc='The Signature that was bound.')

    def _split(self):
        """(positional values, keyword values): a parameter goes by position as long as all
        parameters before it did, and only kinds that can be passed positionally do."""
        positional, keywords = [], {}
        by_position = True
        for name, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                by_position = False
            if name not in self.arguments:
                if param.kind is not _VAR_POSITIONAL:
                    by_position = False
                continue
            value = self.arguments[name]
            if param.kind is _VAR_KEYWORD:
                keywords.update(value)
            elif param.kind is _VAR_POSITIONAL:
                if by_position:
                    positional.extend(value)
            elif by_position:
                positional.append(value)
            else:
                keywords[name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Fill in defaults for the parameters not bound: the declared default, () for *args
        and {} for **kwargs; the result follows the signature's order."""
        given = self.arguments
        complete = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                complete[name] = given[name]
            elif param.default is not _empty:
                complete[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                complete[name] = ()
            elif param.kind is _VAR_KEYWORD:
                complete[name] = {}
        self.arguments = complete

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature and self.arguments == other.arguments)

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


# ============================================================== Signature

class Signature:
    """The parameters of a callable (in order) and its return annotation (immutable)."""

    __slots__ = ('_parameters', '_return_annotation')

    empty = _empty
    # Subclasses may swap these to get their own kinds of parameters and bindings.
    _bound_arguments_cls = BoundArguments
    _parameter_cls = Parameter

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if __validate_parameters__:
            for param in parameters or ():
                _check_next_parameter(table, param)
                table[param.name] = param
        else:
            for param in parameters or ():
                table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The Signature of the callable obj."""
        reader = _SignatureReader(cls, follow_wrapped, True, globals, locals, eval_str)
        return reader.read(obj)

    parameters = property(lambda self: self._parameters, doc='Read-only mapping: name -> Parameter, in order.')
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        return type(self)(self._parameters.values() if parameters is _void else parameters,
                          return_annotation=(self._return_annotation if return_annotation is _void
                                             else return_annotation))

    def _comparable(self):
        # Keyword-only parameters are matched by name, so their order does not matter.
        ordered = tuple(p for p in self._parameters.values() if p.kind is not _KEYWORD_ONLY)
        by_name = {p.name: p for p in self._parameters.values() if p.kind is _KEYWORD_ONLY}
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        ordered, by_name, returns = self._comparable()
        return hash((ordered, frozenset(by_name.values()), returns))

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._comparable() == other._comparable()

    def bind(self, /, *args, **kwargs):
        """Match args and kwargs to the parameters as a call would; TypeError when the call
        would fail. Returns BoundArguments."""
        return self._bound_arguments_cls(self, _match_call(self._parameters.values(), args, kwargs, False))

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but parameters may be left without a value."""
        return self._bound_arguments_cls(self, _match_call(self._parameters.values(), args, kwargs, True))

    def __reduce__(self):
        return type(self), (tuple(self._parameters.values()),), {'_return_annotation': self._return_annotation}

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        pieces = []
        previous = None
        for param in self._parameters.values():
            kind = param.kind
            if previous is _POSITIONAL_ONLY and kind is not _POSITIONAL_ONLY:
                pieces.append('/')
            if kind is _KEYWORD_ONLY and (previous is None or previous < _VAR_POSITIONAL):
                pieces.append('*')
            pieces.append(str(param))
            # Once '*' or '*args' is written, later keyword-only parameters need no marker.
            previous = max(kind, previous) if previous is not None else kind
        if previous is _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _check_next_parameter(table, param):
    """Reject a parameter that could not follow the ones already in table in a def."""
    kind = param.kind
    if table:
        last = max(p.kind for p in table.values())
        if kind < last:
            raise ValueError(f'wrong parameter order: {last.description} parameter before '
                             f'{kind.description} parameter')
        if kind <= _POSITIONAL_OR_KEYWORD and param.default is _empty and any(
                p.default is not _empty for p in table.values() if p.kind <= _POSITIONAL_OR_KEYWORD):
            raise ValueError('non-default argument follows default argument')
    if param.name in table:
        raise ValueError(f'duplicate parameter name: {param.name!r}')


def _match_call(params, args, kwargs, partial):
    """The arguments mapping for a call with args and kwargs (the work of bind)."""
    bound = {}
    unused = dict(kwargs)
    waiting = list(args)
    waiting.reverse()          # pop() then yields the arguments left to right
    catch_all = None
    for param in params:
        name, kind = param.name, param.kind
        if kind is _VAR_KEYWORD:
            catch_all = name
            continue
        if kind is _VAR_POSITIONAL:
            if waiting:
                bound[name] = tuple(reversed(waiting))
                waiting = []
            continue
        if waiting:
            if kind is _KEYWORD_ONLY:
                raise TypeError('too many positional arguments')
            if kind is _POSITIONAL_OR_KEYWORD and name in unused:
                raise TypeError(f'multiple values for argument {name!r}')
            bound[name] = waiting.pop()
            continue
        if name in unused:
            if kind is _POSITIONAL_ONLY:
                raise TypeError(f'{name!r} parameter is positional only, but was passed as a keyword')
            bound[name] = unused.pop(name)
        elif param.default is _empty and not partial:
            which = ' keyword-only' if kind is _KEYWORD_ONLY else ''
            raise TypeError(f'missing a required{which} argument: {name!r}')
    if waiting:
        raise TypeError('too many positional arguments')
    if unused:
        if catch_all is None:
            raise TypeError(f'got an unexpected keyword argument {next(iter(unused))!r}')
        bound[catch_all] = unused
    return bound


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj (see Signature.from_callable)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


# ============================================================== reading signatures

# Callables implemented natively: their signatures come from __text_signature__ only.
_NATIVE_CALLABLES = (types.BuiltinFunctionType, types.WrapperDescriptorType, types.MethodWrapperType,
                     types.ClassMethodDescriptorType)


def _looks_like_function(obj):
    """Duck-typed Python functions (objects that are not FunctionType but carry __code__,
    __defaults__, __kwdefaults__ and __annotations__ of the right types) are read like one."""
    if isclass(obj) or not callable(obj):
        return False
    defaults = getattr(obj, '__defaults__', _MISSING)
    keyword_defaults = getattr(obj, '__kwdefaults__', _MISSING)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (keyword_defaults is None or isinstance(keyword_defaults, dict))
            and isinstance(getattr(obj, '__annotations__', None), (dict, type(None))))


def _without_first(sig):
    """The signature as seen through a bound method: the self/cls parameter is gone (a leading
    *args stays, since it absorbs self)."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind is not _VAR_POSITIONAL:
        del params[0]
    return sig.replace(parameters=params)


def _own_method(klass, name):
    """klass's name attribute when it is Python-level code, None for native slots."""
    method = getattr(klass, name, None)
    if method is None or isinstance(method, _NATIVE_CALLABLES):
        return None
    return method


class _SignatureReader:
    """One signature() request: the options stay fixed while the callable is peeled (methods,
    wrappers, partials, classes) down to something with parameters."""

    def __init__(self, sigcls, follow_wrapped, skip_bound_arg, globals, locals, eval_str):
        self.sigcls = sigcls
        self.follow_wrapped = follow_wrapped
        self.skip_bound_arg = skip_bound_arg
        self.globals = globals
        self.locals = locals
        self.eval_str = eval_str

    def bound(self, sig):
        return _without_first(sig) if self.skip_bound_arg else sig

    def read(self, obj):
        if not callable(obj):
            raise TypeError(f'{obj!r} is not a callable object')
        if ismethod(obj):
            return self.bound(self.read(obj.__func__))
        if self.follow_wrapped:
            obj = unwrap(obj, stop=_declares_signature)
            if ismethod(obj):
                return self.read(obj)
        declared = getattr(obj, '__signature__', None)
        if isinstance(declared, str):
            # CPython 3.12 reads a string __signature__ like a __text_signature__.
            return self.text(obj, declared)
        if declared is not None:
            if not isinstance(declared, Signature):
                raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
            return declared
        spec = getattr(obj, '_partialmethod', None)
        if isinstance(spec, functools.partialmethod):
            return self.partialmethod(spec)
        if isfunction(obj) or _looks_like_function(obj):
            return self.function(obj)
        if isinstance(obj, functools.partial):
            return _partial_signature(self.read(obj.func), obj.args, obj.keywords, obj)
        if isbuiltin(obj) or isinstance(obj, _NATIVE_CALLABLES) or ismethoddescriptor(obj):
            text = getattr(obj, '__text_signature__', None)
            if not text:
                raise ValueError(f'no signature found for builtin {obj!r}')
            return self.text(obj, text)
        if isclass(obj):
            return self.klass(obj)
        call = getattr(type(obj), '__call__', None)
        if call is not None and not isinstance(call, _NATIVE_CALLABLES):
            return self.bound(self.read(call))
        raise ValueError(f'callable {obj!r} is not supported by signature')

    def function(self, func):
        code = func.__code__
        names = code.co_varnames
        n_positional = code.co_argcount
        n_keyword_only = code.co_kwonlyargcount
        notes = get_annotations(func, globals=self.globals, locals=self.locals, eval_str=self.eval_str)
        defaults = func.__defaults__ or ()
        keyword_defaults = func.__kwdefaults__ or {}
        first_with_default = n_positional - len(defaults)
        made = []

        def add(name, kind, default=_empty):
            made.append(Parameter(name, kind, default=default, annotation=notes.get(name, _empty)))

        for index in range(n_positional):
            kind = _POSITIONAL_ONLY if index < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
            add(names[index], kind,
                defaults[index - first_with_default] if index >= first_with_default else _empty)
        # co_varnames holds the keyword-only names first, then *args, then **kwargs.
        extra = n_positional + n_keyword_only
        if code.co_flags & CO_VARARGS:
            add(names[extra], _VAR_POSITIONAL)
            extra += 1
        for name in names[n_positional:n_positional + n_keyword_only]:
            add(name, _KEYWORD_ONLY, keyword_defaults.get(name, _empty))
        if code.co_flags & CO_VARKEYWORDS:
            add(names[extra], _VAR_KEYWORD)
        return self.sigcls(made, return_annotation=notes.get('return', _empty),
                           __validate_parameters__=not isfunction(func))

    def partialmethod(self, spec):
        inner = self.read(spec.func)
        params = list(inner.parameters.values())
        if params and params[0].kind is _VAR_POSITIONAL:
            return _partial_signature(inner, (None,) + tuple(spec.args), spec.keywords, spec)
        # The first parameter receives the instance, so the partial's arguments start after it.
        rest = _partial_signature(inner.replace(parameters=params[1:]), spec.args, spec.keywords, spec)
        return rest.replace(parameters=params[:1] + list(rest.parameters.values()))

    def klass(self, cls):
        sig = None
        metaclass_call = _own_method(type(cls), '__call__')
        if metaclass_call is not None:
            sig = self.read(metaclass_call)
        else:
            # Whichever of __new__ and __init__ is defined closer to cls in the MRO decides.
            new, init = _own_method(cls, '__new__'), _own_method(cls, '__init__')
            for klass in cls.__mro__:
                if new is not None and '__new__' in klass.__dict__:
                    sig = self.read(new)
                    break
                if init is not None and '__init__' in klass.__dict__:
                    sig = self.read(init)
                    break
        if sig is not None:
            return self.bound(sig)
        for klass in cls.__mro__[:-1]:
            text = getattr(klass, '__text_signature__', None)
            if text:
                return self.text(klass, text)
        if type not in cls.__mro__:
            if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
                return self.sigcls(())
            raise ValueError(f'no signature found for builtin type {cls!r}')
        raise ValueError(f'no signature found for builtin {cls!r}')

    def text(self, obj, text):
        """Parse a __text_signature__ such as '($self, /, key, default=None)'."""
        text = text.strip()
        if not text.startswith('(') or ')' not in text:
            raise ValueError(f'{obj!r} builtin has invalid signature')
        items = _split_top_level(text[1:text.rindex(')')])
        kind = _POSITIONAL_ONLY if '/' in items else _POSITIONAL_OR_KEYWORD
        made = []
        receiver = None
        for item in items:
            if item == '/':
                kind = _POSITIONAL_OR_KEYWORD
            elif item == '*':
                kind = _KEYWORD_ONLY
            elif item.startswith('$'):
                receiver = item[1:]
            elif item.startswith('**'):
                made.append(Parameter(item[2:], _VAR_KEYWORD))
            elif item.startswith('*'):
                made.append(Parameter(item[1:], _VAR_POSITIONAL))
                kind = _KEYWORD_ONLY
            else:
                name, has_default, value = item.partition('=')
                default = _default_from_text(value.strip(), obj) if has_default else _empty
                made.append(Parameter(name.strip(), kind, default=default))
        owner = getattr(obj, '__self__', None)
        already_bound = owner is not None and (ismodule(owner) or self.skip_bound_arg)
        if receiver is not None and not already_bound:
            # The receiver ('$self', '$module', '$type') can only ever be passed positionally.
            made.insert(0, Parameter(receiver, _POSITIONAL_ONLY))
        return self.sigcls(made, __validate_parameters__=False)


def _declares_signature(func):
    if hasattr(func, '__signature__'):
        return True
    return ismethod(func) and hasattr(func.__func__, '__signature__')


def _split_top_level(body):
    """Split a parameter list at the commas that are not inside brackets or quotes."""
    items, current = [], []
    depth, quote = 0, None
    for ch in body:
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            items.append(''.join(current).strip())
            current = []
            continue
        current.append(ch)
    last = ''.join(current).strip()
    if last:
        items.append(last)
    return items


def _default_from_text(text, obj):
    """Evaluate a default written in a __text_signature__ (a literal, or a name of obj's module
    or of sys) without access to builtins."""
    scope = {'None': None, 'True': True, 'False': False, 'sys': sys}
    home = sys.modules.get(getattr(obj, '__module__', None) or '')
    if home is not None:
        scope.update(vars(home))
        scope['sys'] = sys
    try:
        return eval(text, {'__builtins__': {}}, scope)
    except Exception:
        raise ValueError(f'{obj!r} builtin has invalid signature') from None


def _partial_signature(inner, args, keywords, partial):
    """The signature left after functools.partial fixes args and keywords of inner:
    positionally filled parameters disappear; a keyword fixed by the partial becomes that
    parameter's default, and it and all later parameters become keyword-only."""
    keywords = keywords or {}
    try:
        fixed = inner.bind_partial(*args, **keywords).arguments
    except TypeError as error:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from error
    front, back = [], []
    keyword_only_now = False
    for name, param in inner.parameters.items():
        kind = param.kind
        if name in fixed and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and name not in keywords:
            continue
        if name in fixed and kind is _POSITIONAL_OR_KEYWORD:
            keyword_only_now = True
        if name in fixed and kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            param = param.replace(default=fixed[name])
        if not keyword_only_now:
            front.append(param)
        elif kind is _POSITIONAL_OR_KEYWORD:
            back.append(param.replace(kind=_KEYWORD_ONLY))
        elif kind is _VAR_POSITIONAL:
            continue
        else:
            back.append(param)
    return inner.replace(parameters=front + back)


# ============================================================== getfullargspec

FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The old-style description of func's parameters as a FullArgSpec; bound methods keep
    their first parameter and __wrapped__ chains are not followed."""
    try:
        sig = _SignatureReader(Signature, False, False, None, None, False).read(func)
    except Exception as error:
        raise TypeError('unsupported callable') from error
    positional, keyword_only = [], []
    star = star_star = None
    defaults, keyword_defaults = [], {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name, kind, default = param.name, param.kind, param.default
        if kind is _VAR_POSITIONAL:
            star = name
        elif kind is _VAR_KEYWORD:
            star_star = name
        elif kind is _KEYWORD_ONLY:
            keyword_only.append(name)
            if default is not _empty:
                keyword_defaults[name] = default
        else:
            positional.append(name)
            if default is not _empty:
                defaults.append(default)
        if param.annotation is not _empty:
            notes[name] = param.annotation
    return FullArgSpec(positional, star, star_star, tuple(defaults) or None, keyword_only,
                       keyword_defaults or None, notes)
