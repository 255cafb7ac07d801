"""Unit testing: write test cases as methods of TestCase subclasses, check with the
assert* methods, collect tests into suites with a TestLoader and run them with a
TextTestRunner, or let unittest.main() do both from the command line:

    import unittest

    class Arithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 2, 3)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = [
    'TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
    'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
    'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
    'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
    'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames', 'makeSuite',
    'findTestCases',
]

__unittest = True

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite,
                     findTestCases)
from .runner import TextTestResult, TextTestRunner
from .signals import installHandler, removeHandler, registerResult, removeResult
from .main import TestProgram, main


def __getattr__(name):
    # the asyncio test case is loaded on first use, so that plain tests need no asyncio
    if name == 'IsolatedAsyncioTestCase':
        from .async_case import IsolatedAsyncioTestCase
        globals()[name] = IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return [*globals(), 'IsolatedAsyncioTestCase']
