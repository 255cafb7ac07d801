# inspect.signature of builtins (their __text_signature__), including bound, inherited and class methods.
import inspect, math
class S(str): pass
for f in (len, print, sorted, dict.get, str.split, divmod, [].append, S('x').split, dict.fromkeys, math.sqrt, math.log,
          int.from_bytes, (3).to_bytes, abs, isinstance, list.sort, bytes.hex, set.union):
    try: print(getattr(f, '__qualname__', f), inspect.signature(f))
    except Exception as e: print(getattr(f, '__qualname__', f), type(e).__name__, e)
print(len.__text_signature__, str.join.__text_signature__, [].append.__text_signature__, abs.__text_signature__)
print(repr(dict.fromkeys).split(' at ')[0], dict.fromkeys.__self__, type(int.from_bytes).__name__)
