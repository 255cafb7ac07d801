import unittest, pprint, numbers, shlex, sys, re
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self): return re.sub(r'in \d+\.\d+s', 'in T', ''.join(self.parts)).replace(__file__, 'HARNESS')
# case: unittest_run
class T(unittest.TestCase):
    log = []
    @classmethod
    def setUpClass(cls): cls.log.append('setUpClass')
    @classmethod
    def tearDownClass(cls): cls.log.append('tearDownClass')
    def setUp(self): self.log.append('setUp')
    def tearDown(self): self.log.append('tearDown')
    def test_a_pass(self):
        """Docstring first line.
        more"""
        self.assertEqual(1 + 1, 2)
    def test_b_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_c_error(self):
        {}['missing']
    @unittest.skip('because')
    def test_d_skip(self): pass
    @unittest.expectedFailure
    def test_e_xfail(self): self.assertTrue(False)
    @unittest.expectedFailure
    def test_f_xpass(self): pass
    def test_g_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind='even?'):
                self.assertEqual(i % 2, 0)
    def test_h_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        self.assertIn('invalid literal', str(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
    def test_i_cleanup(self):
        self.addCleanup(self.log.append, 'cleanup')
    @unittest.skipIf(True, 'cond')
    def test_j_skipif(self): pass
    @unittest.skipUnless(True, 'never')
    def test_k_skipunless(self): pass
    def helper(self): pass
suite = unittest.TestLoader().loadTestsFromTestCase(T)
print(suite.countTestCases(), [t._testMethodName for t in suite])
s = Sink()
result = unittest.TextTestRunner(stream=s, verbosity=1).run(suite)
print(s.text())
print(result, result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(T.log)
s = Sink()
unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(s.text())
s = Sink()
unittest.TextTestRunner(stream=s, verbosity=0).run(unittest.TestSuite([T('test_a_pass'), T('test_d_skip')]))
print(s.text())
s = Sink()
unittest.TextTestRunner(stream=s).run(unittest.TestSuite())
print(s.text())
# case: assert_messages
class A(unittest.TestCase):
    def runTest(self): pass
a = A()
checks = [
    lambda: a.assertEqual(1, 2), lambda: a.assertEqual('abc', 'abd'), lambda: a.assertEqual({'a': 1}, {'a': 2}), lambda: a.assertEqual((1, 2), (1, 2, 3)), lambda: a.assertEqual([1], [1, 2]),
    lambda: a.assertEqual({1, 2}, {2, 3}), lambda: a.assertNotEqual(1, 1), lambda: a.assertTrue(0), lambda: a.assertFalse([1]), lambda: a.assertIs(1, None), lambda: a.assertIsNot(None, None),
    lambda: a.assertIsNone(5), lambda: a.assertIsNotNone(None), lambda: a.assertIn(3, [1, 2]), lambda: a.assertNotIn(1, [1]), lambda: a.assertIsInstance(1, str), lambda: a.assertNotIsInstance(1, int),
    lambda: a.assertGreater(1, 2), lambda: a.assertGreaterEqual(1, 2), lambda: a.assertLess(2, 1), lambda: a.assertLessEqual(2, 1), lambda: a.assertAlmostEqual(1.0, 1.1), lambda: a.assertAlmostEqual(1.0, 1.00000001),
    lambda: a.assertAlmostEqual(1, 2, delta=0.5), lambda: a.assertNotAlmostEqual(1.0, 1.0), lambda: a.assertCountEqual([1, 1, 2], [1, 2, 2]), lambda: a.assertCountEqual([[1]], [[2]]),
    lambda: a.assertRaises(ValueError, lambda: None), lambda: a.assertRaisesRegex(ValueError, 'abc', int, 'x'), lambda: a.assertRegex('hello', 'z+'), lambda: a.assertNotRegex('hello', 'l+'),
    lambda: a.assertEqual(1, 2, 'custom msg'), lambda: a.fail('failed!'), lambda: a.assertEqual('x' * 100, 'x' * 99 + 'y'), lambda: a.assertDictEqual({}, []), lambda: a.assertWarns(UserWarning, lambda: None),
    lambda: a.skipTest('skipping'), lambda: a.assertSequenceEqual([1, 2], (1, 2)), lambda: a.assertTupleEqual((1,), [1]), lambda: a.assertRaises(3), lambda: a.assertAlmostEqual(1, 2, places=1, delta=1),
]
for c in checks:
    try:
        c()
        print('passed')
    except Exception as e:
        # The ndiff part of the message needs difflib, which Pyjama lacks: compare the headline.
        text = str(e)
        if '\n- ' in text or '\n+ ' in text:
            text = text.split('\n- ')[0].split('\n+ ')[0]
        print(type(e).__name__, text)
import warnings
with a.assertWarns(UserWarning) as cm:
    warnings.warn('w!')
print(str(cm.warning))
with a.assertWarnsRegex(DeprecationWarning, 'old'):
    warnings.warn('old stuff', DeprecationWarning)
a.longMessage = False
try:
    a.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print(e)
print(str(a), repr(a), a.id(), A.__qualname__, a.shortDescription(), a.countTestCases(), a == A(), hash(a) == hash(A()))
try:
    A('nope')
except ValueError as e:
    print(e)
ft = unittest.FunctionTestCase(lambda: None, description='desc'); print(ft.shortDescription(), ft.id())
# case: unittest_failure_output
class F(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(3, 4)
    def test_err(self):
        raise RuntimeError('oops')
s = Sink()
unittest.TextTestRunner(stream=s).run(unittest.TestLoader().loadTestsFromTestCase(F))
print(s.text())
class SetupFail(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise ValueError('class setup broke')
    def test_x(self): pass
s = Sink()
r = unittest.TextTestRunner(stream=s).run(unittest.TestLoader().loadTestsFromTestCase(SetupFail))
print(r.errors[0][0], s.text().count('class setup broke'))
class Ff(unittest.TestCase):
    def test_1(self): self.fail('one')
    def test_2(self): self.fail('two')
s = Sink()
r = unittest.TextTestRunner(stream=s, failfast=True).run(unittest.TestLoader().loadTestsFromTestCase(Ff))
print(r.testsRun, len(r.failures))
class Buf(unittest.TestCase):
    def test_out(self):
        print('captured text')
        self.fail('with output')
s = Sink()
old = sys.stdout
r = unittest.TextTestRunner(stream=s, buffer=True).run(unittest.TestLoader().loadTestsFromTestCase(Buf))
print(sys.stdout is old, 'captured text' in r.failures[0][1])
import types
mod = types.ModuleType('fake_tests')
mod.F = F; mod.T2 = type('T2', (unittest.TestCase,), {'test_ok': lambda self: None})
suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
print(suite.countTestCases(), sorted(t.id().split('.')[-1] for s in suite for t in s))
try:
    unittest.main(module=mod, argv=['prog', '-q'], testRunner=unittest.TextTestRunner(stream=Sink()))
except SystemExit as e:
    print('exit', e.code)
p = unittest.main(module=mod, argv=['prog', 'T2'], exit=False, testRunner=unittest.TextTestRunner(stream=Sink()))
print(p.result.testsRun, p.result.wasSuccessful())
# case: pprint
data = {'name': 'pyjama', 'versions': list(range(30)), 'nested': {'deep': [{'a': i, 'b': 'x' * i} for i in range(6)], 'tuple': (1,), 'empty': {}, 'set': {3, 1, 2}, 'fs': frozenset('abc')}, 'long': 'word ' * 30, 'bytes': b'\x00\x01' * 30, 'ba': bytearray(b'xyz' * 20), 10: None, (1, 2): 3.5}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, indent=4))
print(pprint.pformat(data, compact=True, width=60, sort_dicts=False))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(list(range(100)), compact=True), pprint.pformat('short'), pprint.pformat(10**30, underscore_numbers=True))
l = [1, 2]; l.append(l); print(pprint.pformat(l).split(' with id')[0], pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, 'a']), pprint.saferepr({'b': 1, 'a': [2]}))
import collections
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(12)), width=30))
print(pprint.pformat(collections.defaultdict(list, {i: [i] * 10 for i in range(3)}), width=30))
print(pprint.pformat(collections.Counter('abracadabra' * 3), width=20))
print(pprint.pformat(collections.deque(range(20), maxlen=25), width=30), pprint.pformat(collections.ChainMap({'a': 1}, {'b': list(range(20))}), width=40))
import dataclasses
@dataclasses.dataclass
class DC:
    name: str
    values: list
print(pprint.pformat(DC('x', list(range(30))), width=40))
print(pprint.pformat(types.SimpleNamespace(a=1, b=list(range(30))), width=40) if (types := __import__('types')) else '')
print(pprint.pformat(types.MappingProxyType({'k': list(range(30))}), width=40))
class Sub(list): pass
print(pprint.pformat(Sub(range(40)), width=30)[:60])
s = Sink(); pprint.pprint({'x': 1}, stream=s); pprint.pp({'b': 1, 'a': 2}, stream=s); print(s.text())
for kw in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(e)
# case: numbers_shlex
for v in [1, True, 1.5, 1j, '1', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
import fractions, decimal
print(isinstance(fractions.Fraction(1, 2), numbers.Rational) if False else 'skip', issubclass(int, numbers.Number), numbers.Integral.__abstractmethods__ >= {'__int__'}, sorted(numbers.Real.__abstractmethods__)[:4])
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(str(e)[:60])
for s in ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b c', 'a "b\\"c" d', "x='a b' y", '  spaced   out  ', 'a#b c # comment', 'e\\\nf', '"unterminated', "it's", 'a "" b', "'' x", 'ünï côde', 'a;b|c&&d', 'a\\', '"a\\\\b" \'c\\d\'']:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['', 'abc', 'a b', "it's", '$HOME', 'a@b%c+d=e:f,g.h/i-j', 'ü', '*']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
lex = shlex.shlex('a && b || c; (d) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('foo "bar baz" qux', posix=True); print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token('pushed'); print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('one\ntwo\nthree'); print(list(lex), lex.lineno, lex.error_leader('f', 3))
try:
    shlex.split(None)
except ValueError as e:
    print(e)
