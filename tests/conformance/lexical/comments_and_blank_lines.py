#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring is not printed."""

# A comment


def f():
    # comment in function

    x = 1  # trailing

    # comment before return
    return x


print(f())   # call
print(__doc__)
print("# not a comment")
print('''multi
# still string
line''')
