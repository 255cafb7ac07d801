import unittest, io, sys
class T(unittest.TestCase):
    def test_a(self): self.assertEqual(2 * 2, 4)
    def test_b(self): self.assertIn("y", "xyz")
stream = io.StringIO()
prog = unittest.main(argv=["prog"], exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=0))
r = prog.result
print(r.testsRun, r.wasSuccessful(), stream.getvalue().splitlines()[-1])
loader = unittest.TestLoader()
names = loader.getTestCaseNames(T)
print(names)
suite = unittest.TestSuite([T("test_a")])
print(suite.countTestCases())
