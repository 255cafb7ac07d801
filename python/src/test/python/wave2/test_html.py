# Differential tests of html and html.entities.
from harness import load, check

H = load('html')
E = load('html.entities')
for s in ['', 'plain', '<a href="x">\'&\'</a>', '&amp;', '"quoted"', "it's", '<<>>&&', 'ünï <b>']:
    check(f'escape {s!r}', lambda: (H.escape(s), H.escape(s, quote=False), H.escape(s, False)))
for s in ['', 'no refs', '&amp;', '&lt;&gt;&quot;&apos;', '&amp', '&ampx', '&amp;x', '&notit;', '&notin;', '&not', '&copy2024', '&#65;', '&#x41;', '&#X41',
          '&#65', '&#0;', '&#13;', '&#128;', '&#x9f;', '&#x81;', '&#xD800;', '&#x110000;', '&#1;', '&#11;', '&#xfffe;', '&#x10ffff;', '&#99999999999;',
          '&bogus;', '&;', '& amp;', '&#;', '&#x;', '&AElig;&aelig', '&NotEqualTilde;', '&nbsp;&NBSP;', '&lt', '&LT;', 'a&b', '&' * 3,
          '&abcdefghijklmnopqrstuvwxyzabcdefghij;', '&#x1F600;', '&#128512;', '&ThickSpace;', '&fjlig;', '&acE;']:
    check(f'unescape {s!r}', lambda: H.unescape(s))
check('entities sizes', lambda: (len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs)))
check('entities samples', lambda: (E.html5['amp;'], E.html5['amp'], E.name2codepoint['eacute'], E.codepoint2name[0x3b1], E.entitydefs['lt'], E.entitydefs['alpha']))
check('entities all', lambda: sorted(E.__all__))
check('all', lambda: sorted(H.__all__))
