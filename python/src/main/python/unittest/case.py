"""TestCase, its assert methods and failure messages, and what surrounds a test: skips,
expected failures, subtests, cleanups (per test, class and module), FunctionTestCase."""

import contextlib
import difflib
import functools
import pprint
import re
import sys
import time
import traceback
import types
import warnings

from . import result
from .util import (safe_repr, strclass, _common_shorten_repr, _count_mismatches,
                   _count_mismatches_hashable)

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# subTest's msg when none is given (None is a message like any other)
_NO_MESSAGE = object()


class SkipTest(Exception):
    """Raise this (or call TestCase.skipTest) to skip the running test; the argument is the
    reason reported."""


class _Halt(Exception):
    """Ends the test body early and quietly: after a subtest failure under failfast, or once
    a subtest of an expected-failure test has failed."""


class _UnexpectedSuccess(Exception):
    """Stands in for a failure when a result cannot record an unexpected success."""


# -- reporting to results that may lack the optional methods

def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    elif result is not None:
        _warn_missing('addSkip', ', skips not reported')
        result.addSuccess(test)


def _warn_missing(method, consequence):
    warnings.warn(f"TestResult has no {method} method{consequence}", RuntimeWarning, 3)


def _report_exception(result, test, exc_info):
    """An exception from test: a failure if it is the test's failureException, else an error."""
    if result is not None:
        failed = issubclass(exc_info[0], test.failureException)
        (result.addFailure if failed else result.addError)(test, exc_info)


class _RunState:
    """One run of a test: the result it reports to and whether every part so far (setUp,
    body, tearDown, each cleanup and subtest) went well. Reachable as the test's _outcome
    while it runs."""

    def __init__(self, result=None):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None  # exc_info of the failure an expectedFailure test wanted
        self.reports_subtests = hasattr(result, 'addSubTest')

    def part(self, test, subtest=False):
        return _Part(self, test, subtest)


class _Part:
    """Context manager around one part of a test run: reports what the part raises and
    swallows it, so that the run goes on to the next part."""

    def __init__(self, state, test, subtest):
        self.state, self.test, self.subtest = state, test, subtest

    def __enter__(self):
        self.before = self.state.success
        self.state.success = True

    def __exit__(self, kind, value, tb):
        state, test = self.state, self.test
        try:
            if kind is None:
                if self.subtest and state.success:
                    state.result.addSubTest(test.test_case, test, None)
                return False
            if issubclass(kind, KeyboardInterrupt):
                return False
            if issubclass(kind, SkipTest):
                state.success = False
                _report_skip(state.result, test, str(value))
            elif issubclass(kind, _Halt):
                pass
            elif state.expecting_failure:
                state.expected_failure = (kind, value, tb)
            else:
                state.success = False
                if self.subtest:
                    state.result.addSubTest(test.test_case, test, (kind, value, tb))
                else:
                    _report_exception(state.result, test, (kind, value, tb))
            return True
        finally:
            state.success = state.success and self.before


# -- cleanups and context managers

def _enter_context(cm, register):
    """Enters cm and registers its exit with register (one of the add*Cleanup functions)."""
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                        f"support the context manager protocol") from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers function(*args, **kwargs) to run after the module's tests (and its
    tearDownModule), or after a failed setUpModule."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enters cm now and exits it with the module cleanups; returns what __enter__ gave."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups, last registered first. All of them run; the first exception
    any raised is then raised again."""
    problems = _unwind(_module_cleanups)
    if problems:
        raise problems[0][1]


def _unwind(stack):
    """Calls the (function, args, kwargs) entries of stack, popping from the end, until it is
    empty; returns the exc_info of each that raised an Exception."""
    problems = []
    while stack:
        call = stack.pop()
        try:
            call[0](*call[1], **call[2])
        except Exception:
            problems.append(sys.exc_info())
    return problems


# -- decorators

def skip(reason):
    """Unconditionally skip a test (also usable bare, as @skip)."""
    def mark(item):
        if not isinstance(item, type):
            @functools.wraps(item)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        item, reason = reason, ''
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Marks a test (or every test of a class) as expected to fail: its failure is counted
    as expected, its success as unexpected."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# -- assertRaises / assertWarns

def _is_subtype(expected, base):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _Expectation:
    """What assertRaises and assertWarns share: the check of the expected type, the two ways
    of use (a context manager, or a call of a callable), and the failure messages."""

    base = BaseException
    base_wording = ''
    verb = ''

    def __init__(self, expected, test_case, expected_regex=None):
        self.test_case = test_case
        self.expected = expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.msg = self.obj_name = None

    def apply(self, name, args, kwargs):
        """Checks the expected type; with no args, returns self for a with statement (taking
        msg from kwargs), else calls args[0](*args[1:], **kwargs) inside self."""
        if not _is_subtype(self.expected, self.base):
            raise TypeError(f'{name}() arg 1 must be {self.base_wording}')
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                extra = next(iter(kwargs))
                raise TypeError(f'{extra!r} is an invalid keyword argument for this function')
            return self
        function, *args = args
        try:
            self.obj_name = function.__name__
        except AttributeError:
            self.obj_name = str(function)
        try:
            with self:
                function(*args, **kwargs)
        finally:
            # the caught exception's frames lead back here: keep nothing alive from here
            del self, function, args, kwargs
        return None

    def _fail(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def _fail_absent(self):
        name = getattr(self.expected, '__name__', None) or str(self.expected)
        where = f' by {self.obj_name}' if self.obj_name else ''
        self._fail(f'{name} not {self.verb}{where}')

    def _fail_mismatch(self, text):
        self._fail(f'"{self.expected_regex.pattern}" does not match "{text}"')


class _RaisesContext(_Expectation):
    """The context manager assertRaises and assertRaisesRegex return; .exception is what was
    caught."""

    base_wording = 'an exception type or tuple of exception types'
    verb = 'raised'

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self._fail_absent()
        # the frames of the traceback would keep their locals alive as long as the exception
        traceback.clear_frames(tb)
        if not issubclass(kind, self.expected):
            return False
        self.exception = value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(value)):
            self._fail_mismatch(str(value))
        return True



class _WarnsContext(_Expectation):
    """The context manager assertWarns and assertWarnsRegex return; .warning, .filename and
    .lineno describe the matching warning, .warnings holds all that were recorded."""

    base = Warning
    base_wording = 'a warning type or tuple of warning types'
    verb = 'triggered'

    def __enter__(self):
        # a warning already shown once from some module would otherwise be swallowed
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._catcher.__exit__(kind, value, tb)
        if kind is not None:
            return None
        first_of_kind = None
        for record in self.warnings:
            if not isinstance(record.message, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = record.message
            if self.expected_regex is not None and not self.expected_regex.search(str(record.message)):
                continue
            self.warning = record.message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_kind is not None:
            self._fail_mismatch(str(first_of_kind))
        self._fail_absent()



class TestCase(object):
    """A single test: one method of a TestCase subclass, named when the instance is made
    (runTest by default).

    Subclasses write test methods (named test* for the loader to find them), with setUp and
    tearDown around each, setUpClass and tearDownClass around the class, and report problems
    through the assert* methods, which raise failureException. Class attributes tune the
    messages: longMessage (append the msg argument to the standard message rather than replace
    it) and maxDiff (the longest diff shown; None for no limit).
    """

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are compared without a line diff (difflib is quadratic)
    _diffThreshold = 2 ** 16

    # each subclass gets its own (see __init_subclass__)
    _class_cleanup_stack = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanup_stack = []
        cls._class_setup_failed = False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        """Makes the test that runs the method named methodName; ValueError if there is none
        (except for the default, runTest, which a test built only to use its asserts lacks)."""
        self._testMethodName = methodName
        self._testMethodDoc = 'No test'
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        else:
            self._testMethodDoc = method.__doc__
        # assertEqual's specialised checks, by exact type of both operands
        self._type_equality_funcs = {
            dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
            set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """Makes assertEqual call function(first, second, msg=msg) when both operands are
        exactly of type typeobj; function raises failureException when they differ."""
        self._type_equality_funcs[typeobj] = function

    # -- identity

    def id(self):
        return f'{strclass(self.__class__)}.{self._testMethodName}'

    def __str__(self):
        return f'{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} testMethod={self._testMethodName}>'

    # two tests are the same test when they run the same method of the same class
    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def shortDescription(self):
        """The first line of the test method's docstring, or None if it has none."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def defaultTestResult(self):
        """The result run() reports to when given none."""
        return result.TestResult()

    def countTestCases(self):
        return 1

    # -- fixtures and cleanups

    def setUp(self):
        """Runs before each test method; override to build its fixture."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded; override to undo the fixture."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the class's first test."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the class's last test, if setUpClass succeeded."""

    def addCleanup(self, function, /, *args, **kwargs):
        """Registers function(*args, **kwargs) to run after tearDown, or after a failed setUp;
        cleanups run last registered first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters cm and registers its exit as a cleanup; returns what __enter__ gave."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Registers function(*args, **kwargs) to run after tearDownClass, or after a failed
        setUpClass."""
        cls._class_cleanup_stack.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enters cm and registers its exit as a class cleanup; returns what __enter__ gave."""
        return _enter_context(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Runs the cleanups, last registered first, reporting what they raise; returns
        whether everything went well."""
        state = self._outcome or _RunState()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with state.part(self):
                self._call_cleanup(function, args, kwargs)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups, last registered first; the exc_info of each failure is
        kept for the suite to report."""
        cls._class_cleanup_errors = _unwind(cls._class_cleanup_stack)

    # -- running

    # The four steps of a run, as methods so that a subclass (the asyncio one) can run them
    # its own way.
    def _call_setup(self):
        self.setUp()

    def _call_test(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _call_teardown(self):
        self.tearDown()

    def _call_cleanup(self, function, args, kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        """Why the class or the method is marked skipped, or None when it is not."""
        cls = self.__class__
        if getattr(cls, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
            return (getattr(cls, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        """Runs the test, reporting to result (a fresh defaultTestResult() if None, which is
        then also started and stopped); returns the result."""
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            if begin is not None:
                begin()
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _report_skip(result, self, reason)
            else:
                result.startTest(self)
                self._run_steps(result, method)
            return result
        finally:
            result.stopTest(self)
            if own_result:
                end = getattr(result, 'stopTestRun', None)
                if end is not None:
                    end()

    def _run_steps(self, result, method):
        expecting = (getattr(self, '__unittest_expecting_failure__', False)
                     or getattr(method, '__unittest_expecting_failure__', False))
        state = self._outcome = _RunState(result)
        started = time.perf_counter()
        try:
            with state.part(self):
                self._call_setup()
            if state.success:
                state.expecting_failure = expecting
                with state.part(self):
                    self._call_test(method)
                state.expecting_failure = False
                with state.part(self):
                    self._call_teardown()
            self.doCleanups()
            self._report_duration(result, time.perf_counter() - started)
            if not state.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif state.expected_failure is not None:
                self._report_expected_failure(result, state.expected_failure)
            else:
                self._report_unexpected_success(result)
        finally:
            # the exc_info holds frames: let them go with the run
            state.expected_failure = None
            self._outcome = None

    # Results need not have the methods added to TestResult over the years: without one,
    # the outcome is reported some older way, with a warning.
    def _report_expected_failure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            _warn_missing('addExpectedFailure', ', reporting as passes')
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _report_unexpected_success(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is None:
            _warn_missing('addUnexpectedSuccess', ', reporting as failure')
            result.addFailure(self, (_UnexpectedSuccess, _UnexpectedSuccess(), None))
        else:
            add(self)

    def _report_duration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            _warn_missing('addDuration', '')
        else:
            add(self, elapsed)

    def debug(self):
        """Runs the test without a result, so that what it raises propagates (for a
        debugger)."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._call_setup()
        self._call_test(method)
        self._call_teardown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._call_cleanup(function, args, kwargs)

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context in which a failure is reported as a subtest's (described by msg and
        params) and does not end the test: the rest of the body still runs."""
        state = self._outcome
        if state is None or not state.reports_subtests:
            yield
            return
        parent = self._subtest
        merged = dict(params)
        if parent is not None:
            for key, value in parent.params.items():
                merged.setdefault(key, value)
        self._subtest = _SubTest(self, msg, merged)
        try:
            with state.part(self._subtest, subtest=True):
                yield
            if not state.success:
                if getattr(state.result, 'failfast', False):
                    raise _Halt
            elif state.expected_failure is not None:
                # the expected failure has happened: the test is over
                raise _Halt
        finally:
            self._subtest = parent

    # -- failing

    def fail(self, msg=None):
        """Fails the test at once, with msg as the failure's message."""
        raise self.failureException(msg)

    def skipTest(self, reason):
        """Skips the running test, for reason."""
        raise SkipTest(reason)

    def _formatMessage(self, msg, standardMsg):
        """The message of a failure: the standard one, with the caller's msg appended
        (longMessage) or instead of it."""
        if self.longMessage:
            return standardMsg if msg is None else f'{standardMsg} : {msg}'
        return msg or standardMsg

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    def _refuse(self, msg, standard):
        self.fail(self._formatMessage(msg, standard))

    # -- truth, identity, membership, order

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._refuse(msg, f'{safe_repr(expr)} is not true')

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            self._refuse(msg, f'{safe_repr(expr)} is not false')

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2 (identity)."""
        if expr1 is not expr2:
            self._refuse(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2 (identity)."""
        if expr1 is expr2:
            self._refuse(msg, f'unexpectedly identical: {safe_repr(expr1)}')

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self._refuse(msg, f'{safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self._refuse(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        """Fail unless member is in container."""
        if member not in container:
            self._refuse(msg, f'{safe_repr(member)} not found in {safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        """Fail if member is in container."""
        if member in container:
            self._refuse(msg, f'{safe_repr(member)} unexpectedly found in {safe_repr(container)}')

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self._refuse(msg, f'{safe_repr(obj)} is not an instance of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self._refuse(msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self._refuse(msg, f'{safe_repr(a)} not less than {safe_repr(b)}')

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self._refuse(msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}')

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self._refuse(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}')

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self._refuse(msg, f'{safe_repr(a)} not greater than or equal to {safe_repr(b)}')

    # -- equality

    def _getAssertEqualityFunc(self, first, second):
        """The check assertEqual uses: a registered one when both operands have exactly the
        same registered type, else the plain == comparison."""
        if type(first) == type(second):
            check = self._type_equality_funcs.get(type(first))
            if check is not None:
                return getattr(self, check) if isinstance(check, str) else check
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            shown = _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, f'{shown[0]} != {shown[1]}'))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a type-specific message for str, list, tuple, dict and sets)."""
        check = self._getAssertEqualityFunc(first, second)
        check(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail unless first != second."""
        if not first != second:
            self._refuse(msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second differ by at most delta, or, without delta, unless
        their difference rounded to places decimal places (default 7) is zero. Equal objects
        always pass."""
        if first == second:
            return
        if None not in (delta, places):
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        shown = f'{safe_repr(first)} != {safe_repr(second)}'
        if delta is not None:
            if diff <= delta:
                return
            why = f'{shown} within {safe_repr(delta)} delta ({safe_repr(diff)} difference)'
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            why = f'{shown} within {places!r} places ({safe_repr(diff)} difference)'
        self._refuse(msg, why)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second differ by at most delta, or, without delta, if their
        difference rounded to places decimal places (default 7) is zero. Equal objects
        always fail."""
        if None not in (delta, places):
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        shown = f'{safe_repr(first)} == {safe_repr(second)}'
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            why = f'{shown} within {safe_repr(delta)} delta ({safe_repr(diff)} difference)'
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            why = f'{shown} within {places!r} places'
        self._refuse(msg, why)

    def _line_diff(self, first, second):
        """The ndiff of the pretty-printed forms of two objects, one line per entry."""
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences have equal elements in the same order; with seq_type,
        both must also be instances of it. The message says where they first differ and
        shows a diff."""
        kind = 'sequence'
        if seq_type is not None:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{ordinal} sequence is not a {kind}: {safe_repr(seq)}')
        why = None
        sizes = []
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                why = f'{ordinal} {kind} has no length.    Non-sequence?'
                break
        if why is None:
            if seq1 == seq2:
                return
            why = self._sequence_difference(seq1, seq2, kind, seq_type, *sizes)
            if why is None:
                return
        self._refuse(msg, self._truncateMessage(why, self._line_diff(seq1, seq2)))

    def _sequence_difference(self, seq1, seq2, kind, seq_type, size1, size2):
        """The text saying how two unequal sequences differ, or None when they only differ
        in type (which assertSequenceEqual accepts without seq_type)."""
        shown = _common_shorten_repr(seq1, seq2)
        text = f'{kind.capitalize()}s differ: {shown[0]} != {shown[1]}\n'
        unindexable = (TypeError, IndexError, NotImplementedError)
        for i in range(min(size1, size2)):
            items = []
            for ordinal, seq in (('first', seq1), ('second', seq2)):
                try:
                    items.append(seq[i])
                except unindexable:
                    text += f'\nUnable to index element {i} of {ordinal} {kind}\n'
                    break
            if len(items) < 2:
                break
            if items[0] != items[1]:
                pair = _common_shorten_repr(*items)
                text += f'\nFirst differing element {i}:\n{pair[0]}\n{pair[1]}\n'
                break
        else:
            if size1 == size2 and seq_type is None and type(seq1) != type(seq2):
                return None
        if size1 != size2:
            longer, ordinal, extra_at = (seq1, 'first', size2) if size1 > size2 else (seq2, 'second', size1)
            text += (f'\n{ordinal.capitalize()} {kind} contains {abs(size1 - size2)} '
                     f'additional elements.\n')
            try:
                text += f'First extra element {extra_at}:\n{safe_repr(longer[extra_at])}\n'
            except unindexable:
                text += f'Unable to index element {extra_at} of {ordinal} {kind}\n'
        return text

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets (anything with a difference method) hold the same elements;
        the message lists the elements only one of them has."""
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'first argument does not support set difference: {e}')
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail(f'invalid type when attempting set difference: {e}')
        except AttributeError as e:
            self.fail(f'second argument does not support set difference: {e}')
        if not (only_first or only_second):
            return
        lines = []
        for heading, items in (('Items in the first set but not the second:', only_first),
                               ('Items in the second set but not the first:', only_second)):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self._refuse(msg, '\n'.join(lines))

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless two dicts are equal; the message shows a diff."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            shown = _common_shorten_repr(d1, d2)
            why = self._truncateMessage(f'{shown[0]} != {shown[1]}', self._line_diff(d1, d2))
            self._refuse(msg, why)

    def assertCountEqual(self, first, second, msg=None):
        """Asserts that two iterables have the same elements, the same number of times,
        regardless of their order; the message lists the elements counted differently."""
        first, second = list(first), list(second)
        try:
            if _count_table(first) == _count_table(second):
                return
        except TypeError:
            mismatches = _count_mismatches(first, second)
        else:
            mismatches = _count_mismatches_hashable(first, second)
        if mismatches:
            lines = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
            self._refuse(msg, self._truncateMessage('Element counts were not equal:\n', lines))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal; the message shows a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # ndiff wants every line newline-terminated, the last one included
        a, b = first, second
        if a and b:
            if not (a.endswith('\n') and b.endswith('\n')):
                a += '\n'
                b += '\n'
        elif b and not b.endswith('\n'):
            b += '\n'
        elif a and not a.endswith('\n'):
            a += '\n'
        diff = '\n' + ''.join(difflib.ndiff(a.splitlines(True), b.splitlines(True)))
        shown = _common_shorten_repr(first, second)
        self._refuse(msg, self._truncateMessage(f'{shown[0]} != {shown[1]}', diff))

    # -- regular expressions

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its source) is found in text."""
        if isinstance(expected_regex, (str, bytes)):
            if not expected_regex:
                raise AssertionError("expected_regex must not be empty.")
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._refuse(msg, "Regex didn't match: "
                              f"{expected_regex.pattern!r} not found in {text!r}")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex (a pattern or its source) is found in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._refuse(msg, f'Regex matched: {text[found.start():found.end()]!r} '
                              f'matches {unexpected_regex.pattern!r} in {text!r}')

    # -- exceptions and warnings

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless an exception of class expected_exception (or a tuple of classes) is
        raised, either by args[0](*args[1:], **kwargs) or, with no args, in the with block of
        the context manager returned (whose .exception is then the exception; a msg keyword
        adds to the failure message)."""
        return _RaisesContext(expected_exception, self).apply('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, also requiring str() of the exception to match expected_regex."""
        check = _RaisesContext(expected_exception, self, expected_regex)
        return check.apply('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless a warning of class expected_warning (or a tuple of classes) is
        triggered, by args[0](*args[1:], **kwargs) or in the with block of the context manager
        returned (whose .warning, .filename and .lineno then describe it)."""
        return _WarnsContext(expected_warning, self).apply('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, also requiring the warning's message to match expected_regex."""
        check = _WarnsContext(expected_warning, self, expected_regex)
        return check.apply('assertWarnsRegex', args, kwargs)


def _count_table(items):
    # a dict of counts (TypeError for unhashable items)
    table = {}
    for item in items:
        table[item] = table.get(item, 0) + 1
    return table


class FunctionTestCase(TestCase):
    """A test made of a plain function (with optional setUp and tearDown functions), for
    running test functions written outside of TestCase classes."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def _identity(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    # the test's own steps are the functions given
    def runTest(self):
        self._testFunc()

    def setUp(self):
        _call_unless_none(self._setUpFunc)

    def tearDown(self):
        _call_unless_none(self._tearDownFunc)

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return f'{strclass(self.__class__)} ({self._testFunc.__name__})'

    def __repr__(self):
        return f'<{strclass(self.__class__)} tec={self._testFunc}>'

    def __hash__(self):
        return hash((type(self),) + self._identity())

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._identity() == other._identity()
        return NotImplemented

    def shortDescription(self):
        """The description given, else the first line of the function's docstring."""
        if self._description is None:
            doc = self._testFunc.__doc__
            return doc and doc.split('\n')[0].strip() or None
        return self._description


def _call_unless_none(function):
    if function is not None:
        function()


class _SubTest(TestCase):
    """What a failing subTest block is reported as: the test it belongs to, plus its
    message and parameters (params: a dict, innermost subTest's keys first)."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params = test_case, params
        self._message = message
        # a failure inside the block is judged by the enclosing test's rule
        self.failureException = test_case.failureException

    def _subDescription(self):
        words = []
        if self._message is not _NO_MESSAGE:
            words.append(f'[{self._message}]')
        if self.params:
            words.append('(' + ', '.join(f'{k}={v!r}' for k, v in self.params.items()) + ')')
        return ' '.join(words) or '(<subtest>)'

    def __str__(self):
        return f'{self.test_case} {self._subDescription()}'

    def id(self):
        return f'{self.test_case.id()} {self._subDescription()}'

    def shortDescription(self):
        """The description of the test the subtest belongs to."""
        return self.test_case.shortDescription()

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")
