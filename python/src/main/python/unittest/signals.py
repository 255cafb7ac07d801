"""Ctrl-C handling for test runs (Pyjama: no signals yet, so these only keep the API)."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None
