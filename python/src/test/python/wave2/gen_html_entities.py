# Regenerates python/src/main/python/html/entities.py (pure data) from the host CPython's tables.
# Run with the host CPython from outside python/src/main/python.
from html.entities import html5, name2codepoint
out = '/work/main/python/src/main/python/html/entities.py'
lines = ['"""Named character references of HTML (Pyjama).', '',
         'Data only: the HTML 4.01 entity set (name2codepoint) and the WHATWG HTML5 named character',
         'references (html5: names with their trailing semicolon, plus the legacy names without one).',
         'Generated as data from the standards\' tables; regenerate rather than edit by hand."""', '',
         "__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']", '',
         '# HTML 4.01 entities: name -> code point.', 'name2codepoint = {']
for k, v in name2codepoint.items():
    lines.append(f'    {k!r}: 0x{v:04x},')
lines += ['}', '', '# HTML5 named character references: "name;" or legacy "name" -> replacement text.', '_HTML5_TABLE = (']
items = list(html5.items())
for i in range(0, len(items), 4):
    lines.append('    ' + ' '.join(f'{k!r}, {v!r},' for k, v in items[i:i + 4]))
lines += [')', 'html5 = dict(zip(_HTML5_TABLE[::2], _HTML5_TABLE[1::2]))', 'del _HTML5_TABLE', '',
          '# code point -> HTML 4.01 entity name',
          'codepoint2name = {codepoint: name for name, codepoint in name2codepoint.items()}', '',
          '# name -> the character it stands for',
          "entitydefs = {name: chr(codepoint) for name, codepoint in name2codepoint.items()}"]
open(out, 'w').write('\n'.join(lines) + '\n')
