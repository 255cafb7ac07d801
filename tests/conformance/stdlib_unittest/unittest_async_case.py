# IsolatedAsyncioTestCase: coroutine tests and fixtures, their order, async cleanups and
# context managers, failures, and a fresh loop per test.
import asyncio
import io
import unittest

log = []


def run(*tests, **options):
    # the status lines, then each problem's last line: the frames between unittest and the
    # test are asyncio's, which differ between implementations
    stream = io.StringIO()
    options.setdefault("verbosity", 2)
    result = unittest.TextTestRunner(stream=stream, **options).run(unittest.TestSuite(tests))
    print("|", stream.getvalue().split("\n\n")[0])
    for test, text in result.errors + result.failures:
        print("|", test, "->", text.strip().splitlines()[-1])
    print("log:", log)
    del log[:]
    return result


class AsyncResource:
    async def __aenter__(self):
        log.append("aenter")
        return "resource"

    async def __aexit__(self, *exc):
        log.append("aexit")


class Ordered(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")
        self.loop_in_setup = asyncio.get_event_loop()

    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.value = await self.enterAsyncContext(AsyncResource())
        self.addAsyncCleanup(self.async_cleanup, "first async cleanup")
        self.addCleanup(log.append, "sync cleanup")

    async def async_cleanup(self, text):
        await asyncio.sleep(0)
        log.append(text)

    async def test_coroutine(self):
        log.append(("test", self.value))
        loop = asyncio.get_running_loop()
        log.append(("same loop as setUp", loop is self.loop_in_setup, loop.get_debug()))
        await asyncio.sleep(0)

    def test_plain(self):
        log.append("plain test method")

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")


r = run(Ordered("test_coroutine"), Ordered("test_plain"))
print(r.testsRun, r.wasSuccessful())


class Failing(unittest.IsolatedAsyncioTestCase):
    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(await self.compute(), 3)

    async def compute(self):
        return 2

    async def test_errors(self):
        raise KeyError("async error")

    async def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                await asyncio.sleep(0)
                self.assertLess(i, 2)

    @unittest.expectedFailure
    async def test_expected(self):
        self.fail("as expected")

    async def test_skips(self):
        self.skipTest("async skip")

    async def test_leaves_task(self):
        async def forever():
            try:
                await asyncio.sleep(3600)
            finally:
                log.append("left-over task cancelled")
        asyncio.get_running_loop().create_task(forever())
        await asyncio.sleep(0)

    async def test_returns(self):
        return 1

    async def test_bad_context(self):
        await self.enterAsyncContext(object())


r = run(*map(Failing, ["test_fails", "test_errors", "test_subtests", "test_expected",
                       "test_skips", "test_leaves_task", "test_bad_context"]))
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures))


class SetupFails(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.cleanup)
        raise RuntimeError("asyncSetUp broke")

    async def cleanup(self):
        log.append("cleanup after failed asyncSetUp")

    async def asyncTearDown(self):
        log.append("never")

    async def test_x(self):
        log.append("never")


run(SetupFails("test_x"))

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Failing("test_returns").run(unittest.TestResult())
print([str(w.message).split(" (")[0] for w in caught])

case = Failing("test_errors")
try:
    case.debug()
except KeyError as e:
    print("debug:", e)
print(issubclass(unittest.IsolatedAsyncioTestCase, unittest.TestCase),
      "IsolatedAsyncioTestCase" in dir(unittest))
