# repr/str/format of members with and without mixed-in data types (ReprEnum, overrides).
from enum import Enum, IntEnum, StrEnum, ReprEnum


class Plain(Enum):
    A = 1
    B = 'text'

class Number(int, Enum):
    ONE = 1

class Real(float, Enum):
    HALF = 0.5

class Text(str, Enum):
    X = 'x'

class IntR(int, ReprEnum):
    TEN = 10

class CustomStr(Enum):
    A = 1
    def __str__(self):
        return 'custom ' + self.name

class CustomInt(IntEnum):
    A = 1
    def __str__(self):
        return 'int ' + self.name

class CustomFormat(float, Enum):
    A = 2.5
    def __format__(self, spec):
        return 'formatted!'

for m in (Plain.A, Plain.B, Number.ONE, Real.HALF, Text.X, IntR.TEN, CustomStr.A, CustomInt.A, CustomFormat.A):
    print(repr(m), str(m), format(m), f'[{m!s:>12}]')
print(f'{IntR.TEN:04d}', f'{CustomInt.A:>3}', Number.ONE + 1, Real.HALF * 2, Text.X + 'y')
print(repr(Plain), repr(Plain.__doc__), Plain.A.__objclass__, hash(Plain.A) == hash('A'))
