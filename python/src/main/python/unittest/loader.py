"""TestLoader: collects tests from TestCase classes, modules, dotted names and directories
into suites. What cannot be loaded becomes a test that fails with the reason, so that a
run reports it instead of stopping."""

import fnmatch
import functools
import os
import re
import sys
import traceback
import types
import warnings

from . import case, suite, util

__unittest = True

# what discover() accepts as the file name of a test module
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _Raiser:
    # the "test method" of a _FailedTest (an object rather than a closure, so that the test
    # can be pickled; no docstring, so that the test has no description)
    __doc__ = None

    def __init__(self, exception):
        self.exception = exception

    def __call__(self):
        raise self.exception


class _FailedTest(case.TestCase):
    """A test that could not be loaded: running it raises the exception met while loading.
    Its method is named after what was being loaded."""

    def __init__(self, method_name, exception):
        setattr(self, method_name, _Raiser(exception))
        super().__init__(method_name)


def _failing_suite(name, exception, suiteClass, message):
    """(a suite holding one _FailedTest, message), the message going to loader.errors."""
    return suiteClass((_FailedTest(name, exception),)), message


def _make_failed_import_test(name, suiteClass):
    """For the module name that failed to import: call from the except clause."""
    message = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _failing_suite(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    """For a module whose load_tests raised exception: call from the except clause."""
    message = f'Failed to call load_tests:\n{traceback.format_exc()}'
    return _failing_suite(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    """A suite with one test that skips, for a module that raised SkipTest on import."""
    @case.skip(str(exception))
    def skipped(self):
        pass
    ModuleSkipped = type('ModuleSkipped', (case.TestCase,), {methodname: skipped})
    return suiteClass((ModuleSkipped(methodname),))


class TestLoader(object):
    """Builds test suites. Options, as attributes: testMethodPrefix (which methods are
    tests), sortTestMethodsUsing (a cmp function ordering them, or None), testNamePatterns
    (fnmatch patterns a test's full name must match, or None), suiteClass. errors lists the
    messages of what could not be loaded."""

    suiteClass = suite.TestSuite
    testMethodPrefix = 'test'
    testNamePatterns = None
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    _top_level_dir = None  # while discover() runs: where module names start

    def __init__(self):
        super().__init__()
        self.errors = []
        # packages whose tests discover() is collecting, so that a load_tests calling
        # discover() again does not collect them twice
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of the tests of a TestCase subclass: one per test method, or runTest."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            return self.suiteClass([])  # the bases themselves hold no tests
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the tests of every TestCase subclass in module; a module-level
        load_tests(loader, tests, pattern) may replace it by its own."""
        classes = []
        for name in dir(module):
            value = getattr(module, name)
            if (isinstance(value, type) and issubclass(value, case.TestCase)
                    and value not in (case.TestCase, case.FunctionTestCase)):
                classes.append(value)
        tests = self.suiteClass([self.loadTestsFromTestCase(c) for c in classes])
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as e:
            failed, message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """A suite of the tests name designates: a module, a TestCase class, a test method,
        a suite, or a callable returning a test or suite. Relative to module if given,
        otherwise the longest importable start of name is imported."""
        parts = name.split('.')
        import_failure = None
        if module is None:
            importable = parts[:]
            while True:
                try:
                    module = __import__('.'.join(importable))
                    break
                except ImportError:
                    import_failure = _make_failed_import_test(importable.pop(), self.suiteClass)
                    if not importable:
                        self.errors.append(import_failure[1])
                        return import_failure[0]
            parts = parts[1:]
        target, owner = module, None
        for part in parts:
            try:
                target, owner = getattr(target, part), target
            except AttributeError as e:
                if import_failure is not None and getattr(target, '__path__', None) is not None:
                    # a package's submodule failed to import: that is the error to report
                    failed, message = import_failure
                else:
                    failed, message = _failing_suite(
                        part, e, self.suiteClass,
                        f'Failed to access attribute:\n{traceback.format_exc()}')
                self.errors.append(message)
                return failed
        return self._tests_from_object(target, owner, parts)

    def _tests_from_object(self, target, owner, parts):
        if isinstance(target, types.ModuleType):
            return self.loadTestsFromModule(target)
        if isinstance(target, type) and issubclass(target, case.TestCase):
            return self.loadTestsFromTestCase(target)
        if (isinstance(target, types.FunctionType) and isinstance(owner, type)
                and issubclass(owner, case.TestCase)):
            test = owner(parts[-1])
            # a plain method; a static method is a callable like any other (below)
            if not isinstance(getattr(test, parts[-1]), types.FunctionType):
                return self.suiteClass([test])
        elif isinstance(target, suite.TestSuite):
            return target
        if not callable(target):
            raise TypeError(f"don't know how to make test from: {target}")
        made = target()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f"calling {target} returned {made}, not a test")

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName gives for each of names."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of testCaseClass, in the loader's order."""
        prefix, patterns = self.testMethodPrefix, self.testNamePatterns

        def is_test(name):
            if not name.startswith(prefix) or not callable(getattr(testCaseClass, name)):
                return False
            if patterns is None:
                return True
            full = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}'
            return any(fnmatch.fnmatchcase(full, p) for p in patterns)

        names = [name for name in dir(testCaseClass) if is_test(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    # -- discovery

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find and return all test modules from the specified start directory (or dotted
        package name), recursing into packages, as one suite.

        Modules are files matching pattern with importable names, imported by their dotted
        name from top_level_dir (default: start_dir), which is put on sys.path. A package
        with a load_tests function decides its own tests and is not searched further. A
        module that fails to import becomes a failing test (a skipped one if it raised
        SkipTest).
        """
        saved_top = self._top_level_dir
        implicit_top = top_level_dir is None and saved_top is None
        if top_level_dir is None:
            top_level_dir = saved_top if saved_top is not None else start_dir
        top = os.path.abspath(top_level_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        # Kept after the call, as in CPython 3.12: a load_tests calling discover() again
        # gets the same top, and so does any later call on this loader.
        self._top_level_dir = top
        start = self._discovery_start(start_dir, top, implicit_top)
        return self.suiteClass(list(self._walk(start, pattern)))

    def _discovery_start(self, start_dir, top, implicit_top):
        """The directory discovery begins in (importing start_dir if it is a dotted name)."""
        if os.path.isdir(os.path.abspath(start_dir)):
            start = os.path.abspath(start_dir)
            if start != top and not os.path.isfile(os.path.join(start, '__init__.py')):
                raise ImportError(f'Start directory is not importable: {start!r}')
            return start
        try:
            __import__(start_dir)
        except ImportError:
            raise ImportError(f'Start directory is not importable: {start_dir!r}') from None
        module = sys.modules[start_dir]
        where = getattr(module, '__file__', None)
        if where is None:
            if start_dir in getattr(sys, 'builtin_module_names', ()):
                raise TypeError('Can not use builtin modules as dotted module names') from None
            raise TypeError(f"don't know how to discover from {module!r}") from None
        start = os.path.abspath(os.path.dirname(where))
        if implicit_top:
            # the top is the directory holding the outermost package of the name
            outer = os.path.abspath(sys.modules[start_dir.split('.')[0]].__file__)
            outer_dir = os.path.dirname(outer)
            if os.path.basename(outer).lower().startswith('__init__.py'):
                outer_dir = os.path.dirname(outer_dir)
            sys.path.remove(self._top_level_dir)
            self._top_level_dir = outer_dir
        return start

    def _dotted_name(self, path):
        """The module name of path (a .py file or a package directory) under the top."""
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        if os.path.isabs(relative) or relative.startswith('..'):
            raise AssertionError("Path must be within the project")
        return relative.replace(os.path.sep, '.')

    def _walk(self, directory, pattern):
        """Yields the suites of the directory (if it is a package) and of what is in it."""
        name = self._dotted_name(directory)
        if name != '.' and name not in self._loading_packages:
            tests, descend = self._tests_at(directory, pattern)
            if tests is not None:
                yield tests
            if not descend:
                return
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            tests, descend = self._tests_at(path, pattern)
            if tests is not None:
                yield tests
            if descend:
                package = self._dotted_name(path)
                self._loading_packages.add(package)
                try:
                    yield from self._walk(path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _tests_at(self, path, pattern):
        """(the suite of the module or package at path or None, whether to search inside)."""
        if os.path.isfile(path):
            entry = os.path.basename(path)
            if not VALID_MODULE_NAME.match(entry) or not fnmatch.fnmatch(entry, pattern):
                return None, False
            module, failed = self._import_for_discovery(path)
            if module is None:
                return failed, False
            self._check_origin(module, path)
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isfile(os.path.join(path, '__init__.py')):
            return None, False  # a plain directory (or something else): not a package
        package, failed = self._import_for_discovery(path)
        if package is None:
            return failed, False
        name = package.__name__
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            self._loading_packages.discard(name)
        return tests, getattr(package, 'load_tests', None) is None

    def _import_for_discovery(self, path):
        """(module, None), or (None, a suite standing for the failed import)."""
        name = self._dotted_name(path)
        try:
            __import__(name)
            return sys.modules[name], None
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except BaseException:
            failed, message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(message)
            return None, failed

    def _check_origin(self, module, path):
        # a module of the same name found first elsewhere on sys.path is not this one
        found = os.path.splitext(os.path.realpath(os.path.abspath(getattr(module, '__file__', path))))[0]
        wanted = os.path.splitext(os.path.realpath(path))[0]
        if found.lower() != wanted.lower():
            raise ImportError(f'{os.path.splitext(os.path.basename(path))[0]!r} module incorrectly '
                              f'imported from {os.path.dirname(found)!r}. Expected '
                              f'{os.path.dirname(path)!r}. Is this module globally installed?')


defaultTestLoader = TestLoader()


# The functions of before TestLoader, deprecated in Python 3.11 (removed in 3.13).

def _deprecated_loader(function, replacement, prefix, sortUsing, suiteClass=None,
                       testNamePatterns=None):
    warnings.warn(f'unittest.{function}() is deprecated and will be removed in Python '
                  f'3.13. Please use unittest.TestLoader.{replacement}() instead.',
                  DeprecationWarning, stacklevel=3)
    loader = TestLoader()
    loader.testMethodPrefix, loader.sortTestMethodsUsing = prefix, sortUsing
    loader.testNamePatterns = testNamePatterns
    loader.suiteClass = suiteClass or loader.suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    loader = _deprecated_loader('getTestCaseNames', 'getTestCaseNames', prefix, sortUsing,
                                testNamePatterns=testNamePatterns)
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    loader = _deprecated_loader('makeSuite', 'loadTestsFromTestCase', prefix, sortUsing,
                                suiteClass)
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    loader = _deprecated_loader('findTestCases', 'loadTestsFromModule', prefix, sortUsing,
                                suiteClass)
    return loader.loadTestsFromModule(module)
