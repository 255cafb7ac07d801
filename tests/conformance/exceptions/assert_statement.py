try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError:", e.args)
assert True, "not evaluated" + 1
print("assert true passes", __debug__)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("assert (False, 'x')", "<a>", "exec")
    print([str(x.message) for x in w])
