"""Helper package for the imports conformance programs."""
print("shapes package initialised")
from .circle import Circle
from . import square
__all__ = ["Circle", "square", "VERSION"]
VERSION = "1.0"
_private = "hidden from star import"
not_in_all = "also hidden"
