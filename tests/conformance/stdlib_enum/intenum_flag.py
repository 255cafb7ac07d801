from enum import IntEnum, Flag, IntFlag, StrEnum, auto
class Prio(IntEnum):
    LOW = 1
    HIGH = 10
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), str(Prio.LOW), repr(Prio.HIGH), f"{Prio.HIGH}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw), rw.value, ~Perm.R, Perm.R & Perm.W)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 4, int(Bits.B), repr(Bits(3)), Bits.A + 1)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.READ == "read", Mode.WRITE.upper(), repr(Mode.WRITE), f"{Mode.READ}")
