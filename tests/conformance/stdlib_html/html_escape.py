# html.escape / html.unescape: quoting, numeric references (windows-1252 remaps, surrogates,
# dropped code points), named references with and without ';', longest-prefix matches.
import html

for s in ['', 'plain', '<a href="x">&\'</a>', '&amp;', '"\'<>&']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

codes = [0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 65, 126, 127, 128, 129, 130, 141, 150, 159, 160,
         0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfdcf, 0xfdd0, 0xfdef, 0xfdf0, 0xfffd, 0xfffe, 0xffff,
         0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff, 0x110000, 10 ** 20]
for c in codes:
    print(c, repr(html.unescape('&#%d;' % c)), repr(html.unescape('&#x%x' % c)),
          repr(html.unescape('&#X%X;z' % c)))

for s in ['&amp;', '&amp', '&ampx', '&amp;x', '&lt;&gt;&quot;&apos;', '&notin;', '&notit;',
          '&not', '&nothing;', '&copy2023', '&CounterClockwiseContourIntegral;', '&#;', '&#x;',
          '&#xg;', '&;', '& amp;', '&&amp;', '&unknown;', '&Aacute', '&aacute;&AElig', 'a&b',
          '&' + 'x' * 40 + ';', '&#0065;&#x0041;', '&#65&#66', '&nbsp;&NewLine;&Tab;', '&ThickSpace;',
          '&acE;', '&bne;', 'no refs at all']:
    print(repr(s), repr(html.unescape(s)))
print(html.__all__)
