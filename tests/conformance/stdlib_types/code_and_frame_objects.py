def sample(a, b=2, *args, c, **kw):
    x = a + b
    return x
co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6], co.co_filename.endswith("code_and_frame_objects.py"))
print(co.co_firstlineno, type(co).__name__, co.co_qualname)
import sys
def frame_info():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno, "fr" in fr.f_locals
print(frame_info())
c2 = co.replace(co_name="renamed")
print(c2.co_name, co.co_name)
