"""TestSuite: a composite of tests (and suites), and the class- and module-level fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule, their cleanups) run around them."""

import sys

from . import case, util

__unittest = True

# What TestSuite.run keeps on the result, so that nested suites share one view of the run:
# the class of the last test run, whether its module's setUpModule failed, and whether an
# outer suite is already running (the outermost one does the final teardowns).
_LAST_CLASS = '_unittest_last_class'
_MODULE_FAILED = '_unittest_module_failed'
_RUNNING = '_unittest_suite_running'


class BaseTestSuite(object):
    """An ordered collection of tests (anything callable with a result, suites included),
    run one after the other. No class or module fixtures: see TestSuite."""

    # Drop each test once it has run, so that what it holds can be freed early; a subclass
    # that needs its tests afterwards sets this to False.
    _cleanup = True

    def __init__(self, tests=()):
        self._forgotten = 0  # how many cases the dropped tests counted
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return f'<{util.strclass(self.__class__)} tests={list(self)}>'

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def countTestCases(self):
        return self._forgotten + sum(test.countTestCases() for test in self if test)

    def addTests(self, tests):
        """Adds each test of the iterable tests."""
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for item in tests:
            self.addTest(item)

    def addTest(self, test):
        """Adds test: a test case, a suite, or any callable taking a result."""
        if not callable(test):
            raise TypeError(f'{test!r} is not callable')
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            # a class where an instance was meant: say so rather than fail when run
            raise TypeError('TestCases and TestSuites must be instantiated before passing '
                            'them to addTest()')
        self._tests.append(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._forget(position)
        return result

    def __call__(self, *args, **kwargs):
        # a suite is run the way a test is: called with the result
        return self.run(*args, **kwargs)

    def debug(self):
        """Runs the tests without a result, so that what they raise propagates."""
        for test in self:
            test.debug()

    def _forget(self, position):
        try:
            test = self._tests[position]
        except TypeError:
            return  # _tests replaced by something that cannot be indexed
        if hasattr(test, 'countTestCases'):
            self._forgotten += test.countTestCases()
        self._tests[position] = None


def _is_single_test(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _set_flag(cls, name, value):
    try:
        setattr(cls, name, value)
    except TypeError:
        pass  # the "test" may be a plain function, whose class is a builtin type


class _Capture:
    """Buffers output around a fixture the way the result does around a test (when it is
    buffering)."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        start = getattr(self.result, '_start_capture', None)
        if start is not None:
            start()

    def __exit__(self, *exc):
        end = getattr(self.result, '_end_capture', None)
        if end is not None:
            end()


class TestSuite(BaseTestSuite):
    """A collection of tests that also runs the fixtures around them: a class's setUpClass
    before its first test and tearDownClass after its last, a module's setUpModule and
    tearDownModule likewise. Tests of one class (and module) are expected to be adjacent.

    A fixture that fails is reported as an error of a stand-in test named after it, such as
    "setUpClass (module.Class)"; the tests it guards then do not run.
    """

    def run(self, result, debug=False):
        outermost = not getattr(result, _RUNNING, False)
        if outermost:
            setattr(result, _RUNNING, True)
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._leave_class(test, result, debug)
                self._enter_module(test, result, debug)
                self._enter_class(test, result, debug)
                setattr(result, _LAST_CLASS, test.__class__)
                if (getattr(test.__class__, '_class_setup_failed', False)
                        or getattr(result, _MODULE_FAILED, False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._forget(position)
        if outermost:
            self._leave_class(None, result, debug)
            self._leave_module(result, debug)
            setattr(result, _RUNNING, False)
        return result

    def debug(self):
        """Runs the tests and fixtures without a result, so that what they raise propagates."""
        self.run(_DebugRun(), True)

    # -- the fixtures

    def _enter_class(self, test, result, debug):
        cls = test.__class__
        if cls == getattr(result, _LAST_CLASS, None):
            return
        if getattr(result, _MODULE_FAILED, False) or getattr(cls, '__unittest_skip__', False):
            return
        _set_flag(cls, '_class_setup_failed', False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        where = f'setUpClass ({util.strclass(cls)})'
        with _Capture(result):
            try:
                set_up()
            except Exception:
                if debug:
                    raise
                _set_flag(cls, '_class_setup_failed', True)
                _report(result, sys.exc_info(), where)
            else:
                return
            # the cleanups registered before the failure still run (outside the except
            # clause: their exceptions are not chained to the setUpClass one)
            do_cleanups = getattr(cls, 'doClassCleanups', None)
            if do_cleanups is not None:
                do_cleanups()
                for exc_info in getattr(cls, '_class_cleanup_errors', ()):
                    _report(result, exc_info, where)

    def _leave_class(self, test, result, debug):
        """Tears down the class of the last test if test belongs to another (or is None)."""
        cls = getattr(result, _LAST_CLASS, None)
        if cls is None or cls == test.__class__:
            return
        if (getattr(cls, '_class_setup_failed', False) or getattr(result, _MODULE_FAILED, False)
                or getattr(cls, '__unittest_skip__', False)):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        do_cleanups = getattr(cls, 'doClassCleanups', None)
        if tear_down is None and do_cleanups is None:
            return
        where = f'tearDownClass ({util.strclass(cls)})'
        with _Capture(result):
            if tear_down is not None:
                try:
                    tear_down()
                except Exception:
                    if debug:
                        raise
                    _report(result, sys.exc_info(), where)
            if do_cleanups is not None:
                do_cleanups()
                for exc_info in getattr(cls, '_class_cleanup_errors', ()):
                    if debug:
                        raise exc_info[1]
                    _report(result, exc_info, where)

    def _enter_module(self, test, result, debug):
        """Moving to a test of another module: tears the old module down, sets the new up."""
        name = test.__class__.__module__
        if name == _last_module(result):
            return
        self._leave_module(result, debug)
        setattr(result, _MODULE_FAILED, False)
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        with _Capture(result):
            try:
                set_up()
            except Exception:
                if debug:
                    raise
                setattr(result, _MODULE_FAILED, True)
                _report(result, sys.exc_info(), f'setUpModule ({name})')
            else:
                return
            try:
                case.doModuleCleanups()
            except Exception:
                _report(result, sys.exc_info(), f'setUpModule ({name})')

    def _leave_module(self, result, debug):
        name = _last_module(result)
        if name is None or getattr(result, _MODULE_FAILED, False):
            return
        module = sys.modules.get(name)
        if module is None:
            return
        with _Capture(result):
            tear_down = getattr(module, 'tearDownModule', None)
            for step in (tear_down, case.doModuleCleanups):
                if step is None:
                    continue
                try:
                    step()
                except Exception:
                    if debug:
                        raise
                    _report(result, sys.exc_info(), f'tearDownModule ({name})')


def _last_module(result):
    cls = getattr(result, _LAST_CLASS, None)
    return None if cls is None else cls.__module__


def _report(result, exc_info, where):
    """Reports a fixture's exception as an error (or a SkipTest as a skip) of a stand-in
    test named where."""
    stand_in = _ErrorHolder(where)
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None and isinstance(exc_info[1], case.SkipTest):
        add_skip(stand_in, str(exc_info[1]))
    else:
        result.addError(stand_in, exc_info)


class _ErrorHolder(object):
    """Stands in a result's errors (or skips) for a class or module fixture that failed:
    something with a test's description but no test to run."""

    # no test, so no failure type: its exception is always reported as an error
    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.description

    def id(self):
        return self.description

    def __repr__(self):
        return f'<ErrorHolder description={self.description!r}>'

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        pass  # nothing to run: the error is already reported

    def __call__(self, result):
        return self.run(result)


class _DebugRun(object):
    """The result of TestSuite.debug(): only the state the fixtures keep."""

    shouldStop = False
