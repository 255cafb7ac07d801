# help() of Python functions, methods and bound methods: header, signature line, indented docstring.
def f(a, b=1):
    '''Doc line.

    More.'''
class K:
    'Kdoc'
    def m(self, x): 'mdoc'
import math
help(f); help(K.m); help(K().m)
def g(*args, key=None, **kw): pass
help(g)
help(lambda x: x)
