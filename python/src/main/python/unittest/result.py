"""TestResult: what a test run records (outcomes, counts, the formatted errors), and the
capture of a test's output when buffering is on."""

import io
import sys
import traceback

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _is_unittest_frame(tb):
    # unittest's modules (and any module that sets __unittest) are left out of reports
    return '__unittest' in tb.tb_frame.f_globals


def _without_unittest_frames(tb, cut_tail):
    """tb minus the unittest frames it starts with; with cut_tail, also minus everything from
    the next unittest frame on (the assert helper a failure was raised in). Links are cut in
    place, as the report is made from the traceback objects themselves."""
    while tb is not None and _is_unittest_frame(tb):
        tb = tb.tb_next
    if cut_tail and tb is not None:
        last = tb
        while last.tb_next is not None and not _is_unittest_frame(last.tb_next):
            last = last.tb_next
        last.tb_next = None
    return tb


class TestResult(object):
    """The outcome of a test run: how many tests ran, and lists of what failed, errored, was
    skipped, was expected to fail or unexpectedly passed. errors and failures hold
    (test, formatted traceback) pairs.

    TestCase and TestSuite call the start/stop/add methods; a test author never needs to.
    """

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        # (test, formatted traceback) pairs; skipped holds (test, reason)
        self.failures, self.errors, self.expectedFailures = [], [], []
        self.skipped, self.unexpectedSuccesses = [], []
        self.collectedDurations = []  # (str(test), seconds)
        self.shouldStop = False
        # options, set by the runner
        self.failfast = self.buffer = self.tb_locals = False
        # Output capture (buffer=True): the streams to restore, the capturing buffers once made,
        # and whether the current test failed so that what it printed belongs in the report.
        self._real_stdout = sys.stdout
        self._real_stderr = sys.stderr
        self._captured = None
        self._show_captured = False

    def __repr__(self):
        return (f"<{util.strclass(self.__class__)} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")

    # -- the run and each test

    def startTestRun(self):
        """Hook: the run is about to start."""

    def stopTestRun(self):
        """Hook: the run is over."""

    def startTest(self, test):
        """test is about to run: count it, and start capturing its output if buffering."""
        self.testsRun += 1
        self._show_captured = False
        self._start_capture()

    def stopTest(self, test):
        """test is done: stop capturing (echoing the output of a failed test)."""
        self._end_capture()
        self._show_captured = False

    def stop(self):
        """Ask the running suite to stop before its next test."""
        self.shouldStop = True

    def wasSuccessful(self):
        """True when nothing failed, errored or passed unexpectedly."""
        return not (self.failures or self.errors or getattr(self, 'unexpectedSuccesses', ()))

    def printErrors(self):
        """Hook for runners: report the errors collected (nothing here)."""

    # -- outcomes

    def _on_problem(self):
        if getattr(self, 'failfast', False):
            self.stop()
        self._show_captured = True

    def addError(self, test, err):
        """test raised an unexpected exception; err is its sys.exc_info() triple."""
        self._on_problem()
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        """An assertion of test failed; err is its sys.exc_info() triple."""
        self._on_problem()
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        """A subtest of test ended: err is None when it passed, else its exc_info triple."""
        if err is None:
            return
        self._on_problem()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        """test passed."""

    def addSkip(self, test, reason):
        """test was skipped, for reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test, marked expectedFailure, failed as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        """test, marked expectedFailure, passed."""
        if getattr(self, 'failfast', False):
            self.stop()
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """test took elapsed seconds, cleanups included (whatever its outcome)."""
        if hasattr(self, 'collectedDurations'):
            self.collectedDurations.append((str(test), elapsed))

    # -- output capture

    def _start_capture(self):
        if not self.buffer:
            return
        if self._captured is None:
            self._captured = (io.StringIO(), io.StringIO())
        sys.stdout, sys.stderr = self._captured

    def _end_capture(self):
        if not self.buffer:
            return
        if self._captured is None:
            return
        if self._show_captured:
            targets = ((self._real_stdout, STDOUT_LINE), (self._real_stderr, STDERR_LINE))
            for text, (stream, template) in zip(self._captured_text(), targets):
                if text:
                    stream.write(template % text)
        sys.stdout, sys.stderr = self._real_stdout, self._real_stderr
        for buffer in self._captured:
            buffer.seek(0)
            buffer.truncate()

    def _captured_text(self):
        """What the current test printed to stdout and stderr, each ending in a newline."""
        texts = []
        for buffer in self._captured or ():
            text = buffer.getvalue()
            texts.append(text if not text or text.endswith('\n') else text + '\n')
        return texts

    # -- formatting

    def _exc_info_to_string(self, err, test):
        """The report of one error: its traceback without unittest's own frames, plus what
        the test printed when output is buffered."""
        kind, value, tb = err
        tb = self._clean_tracebacks(kind, value, tb, test)
        formatted = traceback.TracebackException(
            kind, value, tb, capture_locals=self.tb_locals, compact=True)
        parts = list(formatted.format())
        if self.buffer:
            for text, template in zip(self._captured_text(), (STDOUT_LINE, STDERR_LINE)):
                if text:
                    parts.append(template % text)
        return ''.join(parts)

    def _clean_tracebacks(self, kind, value, tb, test):
        """Strips unittest's frames from tb and from the tracebacks of the exceptions chained
        to value (through __cause__ and __context__, each once); returns the new tb."""
        failure = getattr(test, 'failureException', None)
        head = _without_unittest_frames(tb, kind is failure)
        seen = {id(value)}
        pending = [value]
        while pending:
            exc = pending.pop()
            for linked in (exc.__cause__, exc.__context__):
                if linked is None or id(linked) in seen:
                    continue
                seen.add(id(linked))
                linked.__traceback__ = _without_unittest_frames(
                    linked.__traceback__, type(linked) is failure)
                pending.append(linked)
        return head
