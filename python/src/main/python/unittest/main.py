"""unittest.main (TestProgram): the command line of a test module, as in
``if __name__ == '__main__': unittest.main()``: options, test names, then a run whose
outcome becomes the exit status."""

import argparse
import os
import sys
import warnings

from .signals import installHandler
from . import loader, runner

__unittest = True

# the exit status when no test ran (and none was skipped)
_NO_TESTS_EXITCODE = 5


def _examples(rows):
    """The "Examples:" text of --help: (arguments, description lines) per row, laid out
    in columns after the program name (a %(prog)s placeholder)."""
    lines = ['Examples:']
    for arguments, description in rows:
        first, *more = description
        lines.append(f'  %(prog)s{arguments:<27}- {first}')
        lines += [' ' * 39 + line for line in more]
    return '\n'.join(lines) + '\n'


# for `python -m unittest` (module=None), and for a test module's own command line
MAIN_EXAMPLES = _examples([
    (' test_module', ['run tests from test_module']),
    (' module.TestClass', ['run tests from module.TestClass']),
    (' module.Class.test_method', ['run specified test method']),
    (' path/to/test_file.py', ['run tests from test_file.py']),
])
MODULE_EXAMPLES = _examples([
    ('', ['run default set of tests']),
    (' MyTestSuite', ["run suite 'MyTestSuite'"]),
    (' MyTestCase.testSomething', ['run MyTestCase.testSomething']),
    (' MyTestCase', ["run all 'test*' test methods", 'in MyTestCase']),
])


def _convert_name(name):
    """A test name given as the path of a .py file below the current directory becomes
    its dotted module name; anything else is left as it is."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _convert_select_pattern(pattern):
    # -k takes a substring unless it is already a wildcard pattern
    return pattern if '*' in pattern else f'*{pattern}*'


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily for making test
    modules conveniently executable.

    It parses argv (sys.argv by default), loads the tests named there (or defaultTest, or
    all of module), runs them with testRunner and, if exit is true, exits with status 0 on
    success, 1 on failure, 5 when no test ran. Without exit, .result holds the result.
    """

    # the options, until an instance sets its own
    _discovery_parser = None
    module = progName = None
    failfast = catchbreak = buffer = warnings = testNamePatterns = None
    verbosity = 1

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            found = __import__(module)
            for attribute in module.split('.')[1:]:
                found = getattr(found, attribute)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals, self.durations = tb_locals, durations
        # like -W default: show DeprecationWarnings and the like during tests, unless the
        # interpreter was given warning options
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        self.defaultTest = defaultTest
        self.testRunner, self.testLoader = testRunner, testLoader
        self.progName = os.path.basename(argv[0])
        # load, then run
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be removed in Python 3.13",
                      DeprecationWarning)
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._make_parsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is None:
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._discovery_parser.print_help()
        else:
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        """Sets the options and the names of the tests to run from argv, then loads them."""
        self._make_parsers()
        if self.module is None:
            # `python -m unittest`: discovery, explicitly or when no test is named
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._discover(argv[2:])
                return
            self._main_parser.parse_args(argv[1:], self)
            if not self.tests:
                self._discover([])
                return
        else:
            self._main_parser.parse_args(argv[1:], self)
        self.testNames = self._names_to_load()
        self.createTests()

    def _names_to_load(self):
        """The test names of the command line, else defaultTest (None: the whole module)."""
        if self.tests:
            return [_convert_name(name) for name in self.tests]
        default = self.defaultTest
        if default is None or not isinstance(default, str):
            return None if default is None else list(default)
        return (default,)

    def createTests(self, from_discovery=False, Loader=None):
        """Loads self.test: by discovery, from the named tests, or from the whole module."""
        patterns = self.testNamePatterns
        if patterns:
            # set on the loader (the shared default one, usually) for good
            self.testLoader.testNamePatterns = patterns
        if from_discovery:
            chosen = self.testLoader if Loader is None else Loader()
            self.test = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    # -- the command line

    def _make_parsers(self):
        shared = self._option_parser()
        self._main_parser = self._names_parser(shared)
        self._discovery_parser = self._discovery_options(shared)

    def _option_parser(self):
        """The options common to both command lines. An option the caller already set
        through the constructor is not offered."""
        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const',
                            const=2, help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const',
                            const=0, help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('--durations', dest='durations', type=int, default=None,
                            metavar='N', help='Show the N slowest test cases (N=0 for all)')
        flags = (('failfast', '-f', '--failfast', 'Stop on first fail or error'),
                 ('catchbreak', '-c', '--catch', 'Catch Ctrl-C and display results so far'),
                 ('buffer', '-b', '--buffer', 'Buffer stdout and stderr during tests'))
        for dest, short, long, text in flags:
            if getattr(self, dest) is None:
                parser.add_argument(short, long, dest=dest, action='store_true', help=text)
                setattr(self, dest, False)
        if self.testNamePatterns is None:
            self.testNamePatterns = []
            parser.add_argument('-k', dest='testNamePatterns', action='append',
                                type=_convert_select_pattern,
                                help='Only run tests which match the given substring')
        return parser

    def _names_parser(self, shared):
        parser = argparse.ArgumentParser(parents=[shared])
        parser.print_help = self._print_help  # adds the examples
        parser.prog = self.progName
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        return parser

    def _discovery_options(self, shared):
        parser = argparse.ArgumentParser(parents=[shared])
        parser.prog = f'{self.progName} discover'
        parser.epilog = ('For test discovery all test modules must be importable from the '
                         'top level directory of the project.')
        where = (('start', '-s', '--start-directory', "Directory to start discovery ('.' default)"),
                 ('pattern', '-p', '--pattern', "Pattern to match tests ('test*.py' default)"),
                 ('top', '-t', '--top-level-directory',
                  'Top level directory of project (defaults to start directory)'))
        for dest, short, long, text in where:
            parser.add_argument(short, long, dest=dest, help=text)
        # the same three may also be given as positional arguments
        for dest, *_ in where:
            parser.add_argument(dest, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return parser

    def _discover(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if self._discovery_parser is None:
                self._make_parsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    # -- the run

    def _make_runner(self):
        """A TestRunner instance: testRunner itself, or made from testRunner (a class) with
        as many of the options as it accepts."""
        if not isinstance(self.testRunner, type):
            return self.testRunner
        options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                       warnings=self.warnings, tb_locals=self.tb_locals,
                       durations=self.durations)
        try:
            return self.testRunner(**options)
        except TypeError:
            pass
        del options['tb_locals'], options['durations']
        try:
            return self.testRunner(**options)
        except TypeError:
            return self.testRunner()

    def runTests(self):
        """Runs self.test, then exits with the outcome (unless exit was false)."""
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if not self.exit:
            return
        if self.result.testsRun == 0 and not self.result.skipped:
            sys.exit(_NO_TESTS_EXITCODE)
        sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
