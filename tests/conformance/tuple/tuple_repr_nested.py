print((1,), ((1,),), (1, (2, (3, (4,)))), ("a",), ((),), ([], {}), (None, True))
print(repr(tuple()), str((1, "s")), repr(("q'",)), [(1, 2)], {(1, 2): (3,)})
print(tuple.__name__, tuple.__mro__, isinstance((), tuple))
class Pt(tuple):
    def __repr__(self): return "Pt" + super().__repr__()
p = Pt((1, 2))
print(p, p[0], p + (3,), type(p + (3,)).__name__, len(p), isinstance(p, tuple))
