"""TextTestRunner: runs tests and writes the familiar report (progress marks or lines, the
errors in full, the summary) on a stream."""

import sys
import time
import warnings

from . import result
from .signals import registerResult
from .case import _SubTest

__unittest = True


class _LineWriter(object):
    """A stream plus writeln(); everything else is the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ('stream', '__getstate__'):
            # not set yet (while copying or unpickling): do not recurse
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports on a stream as tests finish (a mark per test at verbosity 1,
    a line per test at 2, nothing at 0), then prints the errors and failures in full."""

    # the rules above and below each error's heading
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.dots = verbosity == 1
        self.showAll = verbosity > 1
        self.durations = durations
        # at verbosity 2: a test's line has been started and waits for its status word
        self._pending_line = False

    def getDescription(self, test):
        """str(test), plus the first line of its docstring when descriptions are on."""
        doc = test.shortDescription()
        if self.descriptions and doc:
            return f'{test}\n{doc}'
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._pending_line = True

    def _status(self, test, word):
        """Ends test's line with word; subtests and tests whose line is already finished get
        a line of their own (indented for subtests)."""
        subtest = isinstance(test, _SubTest)
        if subtest or not self._pending_line:
            if self._pending_line:
                self.stream.writeln()
            self.stream.write(('  ' if subtest else '') + self.getDescription(test) + ' ... ')
        self.stream.writeln(word)
        self.stream.flush()
        self._pending_line = False

    def _mark(self, test, word, letter):
        if self.showAll:
            self._status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._mark(subtest, 'FAIL', 'F')
            else:
                self._mark(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, f'skipped {reason!r}', 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, 'unexpected success', 'u')

    def printErrors(self):
        """After the run: errors, then failures, then unexpected successes."""
        if self.dots or self.showAll:
            self.stream.writeln()  # end the line of marks
            self.stream.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln(f'UNEXPECTED SUCCESS: {self.getDescription(test)}')
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        """Prints each (test, traceback) of errors under a heading "flavour: test"."""
        for test, text in errors:
            for line in (self.separator1, f'{flavour}: {self.getDescription(test)}',
                         self.separator2, str(text)):
                self.stream.writeln(line)
            self.stream.flush()


class TextTestRunner(object):
    """Runs a test (or suite) with a TextTestResult and prints the summary: the number of
    tests run, the time taken, then OK or FAILED with the counts of each outcome.

    The report goes to stream (sys.stderr by default); verbosity, failfast, buffer and
    tb_locals are passed on to the result, warnings ('default', 'error', ... or None) is the
    warnings filter applied during the run, durations the number of slowest tests to list
    (0 for all, None for none).
    """

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        self.stream = _LineWriter(sys.stderr if stream is None else stream)
        self.verbosity = verbosity
        self.descriptions = descriptions
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        self.durations = durations
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        """The result for run() (a hook for subclasses)."""
        try:
            return self.resultclass(self.stream, self.descriptions, self.verbosity,
                                    durations=self.durations)
        except TypeError:
            # a result class from before durations existed
            return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Runs test, prints the report and returns the result."""
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast, outcome.buffer = self.failfast, self.buffer
        outcome.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            hook = getattr(outcome, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(outcome)
            finally:
                hook = getattr(outcome, 'stopTestRun', None)
                if hook is not None:
                    hook()
            took = time.perf_counter() - began
        outcome.printErrors()
        if self.durations is not None:
            self._print_durations(outcome)
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        self._print_summary(outcome, took)
        return outcome

    def _print_summary(self, outcome, took):
        ran = outcome.testsRun
        self.stream.writeln(f"Ran {ran} test{'' if ran == 1 else 's'} in {took:.3f}s")
        self.stream.writeln()
        try:
            expected, unexpected, skipped = (len(outcome.expectedFailures),
                                             len(outcome.unexpectedSuccesses),
                                             len(outcome.skipped))
        except AttributeError:
            expected = unexpected = skipped = 0
        counts = []
        if not outcome.wasSuccessful():
            verdict = 'FAILED'
            counts += [f'{label}={n}' for label, n in (('failures', len(outcome.failures)),
                                                       ('errors', len(outcome.errors))) if n]
        elif ran == 0:
            verdict = 'NO TESTS RAN'
        else:
            verdict = 'OK'
        counts += [f'{label}={n}' for label, n in (('skipped', skipped),
                                                   ('expected failures', expected),
                                                   ('unexpected successes', unexpected)) if n]
        if counts:
            self.stream.writeln(f"{verdict} ({', '.join(counts)})")
        else:
            self.stream.write(verdict + '\n')
        self.stream.flush()

    def _print_durations(self, outcome):
        timed = outcome.collectedDurations
        if not timed:
            return
        timed = sorted(timed, key=lambda pair: pair[1], reverse=True)
        if self.durations > 0:
            timed = timed[:self.durations]
        self.stream.writeln("Slowest test durations")
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        hid_some = False
        for name, seconds in timed:
            if self.verbosity < 2 and seconds < 0.001:
                hid_some = True
                continue
            stamp = f'{seconds:.3f}s'
            self.stream.writeln(f'{stamp:<10} {name}')
        if hid_some:
            self.stream.writeln("\n(durations < 0.001s were hidden; use -v to show these durations)")
        else:
            self.stream.writeln("")
