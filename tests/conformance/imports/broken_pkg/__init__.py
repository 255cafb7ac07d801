from .missing_module import thing
