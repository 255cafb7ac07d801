# ClassVar, InitVar and KW_ONLY written as strings: recognised through the class's module.
import dataclasses
import typing
from typing import ClassVar
from dataclasses import dataclass, fields, InitVar, KW_ONLY


@dataclass
class Strings:
    a: 'ClassVar[int]' = 1
    b: 'typing.ClassVar' = 2
    c: 'InitVar[int]' = 3
    d: 'dataclasses.InitVar[str]' = 'd'
    e: 'int' = 5
    f: 'List[ClassVar]' = 6
    g: 'KW_ONLY'
    h: int = 8

    def __post_init__(self, c, d):
        self.init_vars = (c, d)


kinds = {name: f._field_type for name, f in Strings.__dataclass_fields__.items()}
print(kinds)
print([f.name for f in fields(Strings)], Strings.__doc__, Strings().init_vars, Strings.a)


@dataclass
class Dotted:
    x: 'dataclasses.KW_ONLY'
    y: int = 0
    z: ' typing . ClassVar [int]' = 1


print(Dotted.__doc__, Dotted.__dataclass_fields__['z']._field_type, list(Dotted.__dataclass_fields__))
