import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("repeated")
    warnings.warn("different")
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("same line")
    print(len(caught))
class MyWarning(UserWarning): pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn(MyWarning("instance"))
    print(caught[0].category.__name__, str(caught[0].message))
