# compile(), exec() and eval() of bytes: PEP 263 coding declarations, the UTF-8 BOM, and errors.
sources = [
    b'# coding: bogus\nx=1\n',
    b'x="\xe9"\n',
    b'\xef\xbb\xbfx=1\n',
    b'#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\ny="\xe9"\n',
    b'x=1\n# coding: latin-1\nz="\xc3\xa9"\n',
    b'\xef\xbb\xbf# coding: utf-8\nx="\xc3\xa9"\n',
    b'# -*- coding: latin-1 -*-\nx = "\xe9"\n',
    b'\r\n# coding=cp1252\r\nq = "\x80"\r\n',
]
for src in sources:
    try:
        ns = {}
        exec(src, ns)
        print(sorted((k, v) for k, v in ns.items() if k != '__builtins__'))
    except SyntaxError as e:
        # the byte position in the message is relative to the token in CPython (python-differences.md)
        print(type(e).__name__, e.msg.split(' in position')[0])
print(eval(b'# -*- coding: cp1252 -*-\n"\x80"'))
print(compile(b'# coding: latin-1\n"\xff"', 'f', 'eval').co_consts)
