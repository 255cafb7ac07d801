"""The compiler flags of CPython's ``ast`` module.

Pyjama's compiler works on Java AST records (``pyjama.python.ast``) that are not exposed to
Python yet, so this module provides only the ``compile()`` flags: ``ast.parse``, the node
classes, ``ast.dump`` and ``ast.literal_eval`` are missing (docs/python-differences.md).
``compile(source, filename, mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)`` is what the REPL and
the shell's script runner use for top-level ``await``; ``PyCF_ONLY_AST`` raises
NotImplementedError.
"""

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
