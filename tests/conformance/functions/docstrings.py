"""Module doc."""
def f():
    """Function doc."""
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
def g():
    x = 1
    """not a docstring"""
def h():
    f"""not a docstring {1}"""
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, g.__doc__, h.__doc__)
class D:
    pass
print(D.__doc__, (lambda: 0).__doc__, int.__doc__[:20] if False else "")
def indented():
    """
    Line one.
        Indented more.
    """
print(repr(indented.__doc__))
