# textwrap: where words are cut (hyphens, em-dashes, long words), max_lines and placeholders,
# sentence endings, whitespace options, dedent/indent edge cases, and a randomized comparison.
import textwrap, random

texts = ['The quick brown-fox jumps over the lazy-dog.', 'well-known co-operative re-enter x-y a-b-c',
         'long-hyphenated-compound-word-that-goes-on', 'em--dash and more---dashes--here -- alone',
         'a--b x.--y "q"--z 1--2 _--_', 'numbers 12-34 ab-12 12-ab a1-b2', 'under_score-word snake_case-x',
         '--leading --dashes- trailing-', 'mid-\tword tab\there', 'supercalifragilisticexpialidocious word',
         'ünïcödé-wörds ñ-ñ ab-ñ', 'x' * 25 + '-' + 'y' * 10, 'a-' * 12, '-' * 30, 'ab--cd--ef--gh',
         'He said "Hi." Then left! Did he? yes.  Two spaces. Mr. Smith', 'line\nbreaks\r\nand\x0bvertical\x0cfeed',
         '  leading and trailing spaces  ', '', '   ', 'one', 'A sentence.  Another one.']
for t in texts:
    for width in (1, 4, 7, 12, 20, 40):
        print(width, textwrap.wrap(t, width))
    print(textwrap.wrap(t, 10, break_on_hyphens=False), textwrap.wrap(t, 10, break_long_words=False))
    print(textwrap.wrap(t, 12, drop_whitespace=False), textwrap.wrap(t, 15, fix_sentence_endings=True))
    print(textwrap.wrap(t, 12, replace_whitespace=False), textwrap.wrap(t, 12, expand_tabs=False, tabsize=4))
    print(textwrap.wrap(t, 12, break_long_words=False, break_on_hyphens=False))
for t in texts[:6] + texts[15:17]:
    for ml in (1, 2, 3):
        for ph in (' [...]', '...', ' ~'):
            try:
                print(ml, repr(ph), textwrap.wrap(t, 12, max_lines=ml, placeholder=ph))
            except ValueError as e:
                print(ml, repr(ph), 'ValueError', e)
print(textwrap.wrap('aaaa bbbb cccc dddd', 10, max_lines=2, initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap('aaaaaaaaaaaaaaa bb', 10, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('a b c d e f', 5, max_lines=2, drop_whitespace=False))
for args in [(0,), (-3,), (5, 1, '[......]')]:
    try:
        print(textwrap.wrap('abc def', args[0], max_lines=args[1] if len(args) > 1 else None,
                            placeholder=args[2] if len(args) > 2 else ' [...]'))
    except ValueError as e:
        print('ValueError', e)
print(textwrap.fill('aa bb cc dd ee ff gg', 8, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill('x ' * 10, 6, initial_indent='abcdefgh'))
for t, w in [('Hello  world, this is   a test', 12), ('short', 10), ('toolongwordhere', 8), ('a b', 3),
             ('  spaced   out  ', 7), ('word ' * 5, 9)]:
    for ph in (' [...]', '..'):
        try:
            print(repr(textwrap.shorten(t, w, placeholder=ph)))
        except ValueError as e:
            print('ValueError', e)
print(repr(textwrap.shorten('one two three', 9, break_long_words=False)))
for t in ['  a\n  b', '\ta\n\tb', '  a\n\tb', ' \t a\n \t  b', '  a\n\n    b\n  ', '    x\n  \n      y',
          'none\n  x', '  a\r\n  b', '', '\n\n', '   \n  x\n', '  a \n  \t\n  b']:
    print(repr(textwrap.dedent(t)))
for t in ['a\nb\n', 'a\n\n  \nb', '', 'x\r\ny\rz', 'no newline']:
    print(repr(textwrap.indent(t, '> ')), repr(textwrap.indent(t, '+', lambda line: True)))
w = textwrap.TextWrapper(width=10)
print(sorted(vars(w)), w.width, repr(w.placeholder), w.max_lines, w.tabsize)
w.width = 6; w.initial_indent = '-'
print(w.wrap('aaa bbb ccc'), w.fill('x y z'), w._split_chunks('ab-cd ef\tg'))
r = random.Random(42)
words = ['a', 'bb', 'ccc', 'dd-ee', 'well-known', 'x--y', 'ok.', 'Mr.', 'ü-ö', '12-34', '--', 'e.g.',
         'longerwordhere', 'q', '"quote."', 'under_score']
for _ in range(60):
    t = ''.join(r.choice(words) + r.choice([' ', ' ', '  ', '\t', '\n']) for _ in range(r.randrange(1, 14)))
    kw = {'width': r.randrange(1, 25), 'break_on_hyphens': r.random() < 0.7,
          'break_long_words': r.random() < 0.7, 'drop_whitespace': r.random() < 0.8,
          'fix_sentence_endings': r.random() < 0.3}
    if r.random() < 0.3:
        kw['max_lines'] = r.randrange(1, 4)
        kw['placeholder'] = '.'
    try:
        print(textwrap.wrap(t, **kw))
    except ValueError as e:
        print('ValueError', e)
