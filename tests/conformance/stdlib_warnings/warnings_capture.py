import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("custom category", RuntimeWarning, stacklevel=2)
    print([(w.category.__name__, str(w.message)) for w in caught])
    print(caught[0].filename.endswith("warnings_capture.py"), caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", repr(e))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), warnings.formatwarning("msg", UserWarning, "f.py", 3).strip())
