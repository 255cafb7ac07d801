# Differential tests of difflib.
import random
from harness import load, check

D = load('difflib')
pairs = [('', ''), ('abc', ''), ('', 'abc'), ('abcd', 'bcde'), ('private Thread currentThread;', 'private volatile Thread currentThread;'),
         ('qabxcd', 'abycdf'), ('a' * 300, 'a' * 299 + 'b'), ('The quick brown fox', 'The quick brown dog jumps'), ('aaaa', 'aa'),
         ('abcabcabc', 'cbacbacba'), (list('hello world'), list('yellow world')), ((1, 2, 3, 4), (2, 3, 5)), ('x' * 50 + 'y' * 200, 'y' * 200 + 'x' * 50)]
rng = random.Random(5)
for _ in range(25):
    pairs.append((''.join(rng.choice('abc ') for _ in range(rng.randint(0, 40))), ''.join(rng.choice('abcd ') for _ in range(rng.randint(0, 40)))))
big = [rng.choice('xyz') for _ in range(500)]
pairs.append((big, big[:250] + ['q'] + big[250:]))
for i, (a, b) in enumerate(pairs):
    check(f'sm {i}', lambda: (lambda s: (s.get_matching_blocks(), s.get_opcodes(), list(s.get_grouped_opcodes(2)), s.ratio(), s.quick_ratio(), s.real_quick_ratio(),
                                         s.find_longest_match(), s.find_longest_match(1, 5, 0, 3)))(D.SequenceMatcher(None, a, b)))
    check(f'sm junk {i}', lambda: (lambda s: (s.get_opcodes(), s.ratio(), sorted(s.bjunk), sorted(s.bpopular, key=repr)))(D.SequenceMatcher(lambda c: c == ' ', a, b)))
    check(f'sm noauto {i}', lambda: D.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
check('sm b2j', lambda: (lambda s: s.b2j)(D.SequenceMatcher(None, 'abc', 'abca')))
check('sm set_seq', lambda: (lambda s: (s.set_seq1('abc'), s.set_seq2('abd'), s.ratio(), s.set_seqs('x', 'x'), s.ratio()))(D.SequenceMatcher()))
check('Match', lambda: (D.Match(1, 2, 3), D.Match._fields))
words = ['ape', 'apple', 'peach', 'puppy', 'apply', 'appel', 'happy', 'aple', 'snapple', 'a', '']
for w in ['appel', 'wheel', 'pineapple', 'accept', 'a', '', 'ppa']:
    for n, cutoff in [(3, 0.6), (1, 0.0), (10, 0.8), (2, 1.0)]:
        check(f'close {w} {n} {cutoff}', lambda: D.get_close_matches(w, words, n, cutoff))
check('close bad n', lambda: D.get_close_matches('a', ['a'], 0))
check('close bad cutoff', lambda: D.get_close_matches('a', ['a'], 3, 1.5))
check('close keywords', lambda: D.get_close_matches('whille', ['while', 'with', 'which', 'whole', 'if', 'else']))

texts = [
    ('one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n', 'zero\none\ntwo\nthree\nFOUR\nfive\nsix\nseven\neight\nnine\nten\neleven\n'),
    ('a\nb\nc\n', 'a\nb\nc\n'), ('', 'new\n'), ('old\n', ''), ('x\n' * 20 + 'y\n', 'x\n' * 10 + 'z\n' + 'x\n' * 10 + 'y\n'),
    ('def f(x):\n    return x + 1\n\nprint(f(2))\n', 'def f(x, y=0):\n    return x + y + 1\n\nprint(f(2, 3))\n'),
    ('  indented line here\n\tTabbed text\n', '  indented line HERE\n\ttabbed text!\n'),
    ('apple\nbanana\ncherry\n', 'apple\nbananas\nchery\ndate\n'), ('1\n2\n3\n4\n5\n6\n7\n8\n9\n', '1\n2\nX\n4\n5\n6\n7\n8\nY\n'),
    ('same\nlines\n', 'totally\ndifferent\ncontent\n'), ('no newline', 'no newline at all'),
]
for i, (a, b) in enumerate(texts):
    al, bl = a.splitlines(keepends=True), b.splitlines(keepends=True)
    check(f'unified {i}', lambda: list(D.unified_diff(al, bl, 'a.txt', 'b.txt', '2024-01-01', 'now')))
    check(f'unified n0 {i}', lambda: list(D.unified_diff(al, bl, n=0)))
    check(f'unified noterm {i}', lambda: list(D.unified_diff(a.splitlines(), b.splitlines(), lineterm='')))
    check(f'context {i}', lambda: list(D.context_diff(al, bl, 'a', 'b')))
    check(f'context n1 {i}', lambda: list(D.context_diff(al, bl, n=1)))
    check(f'ndiff {i}', lambda: list(D.ndiff(al, bl)))
    check(f'ndiff linejunk {i}', lambda: list(D.ndiff(al, bl, linejunk=D.IS_LINE_JUNK, charjunk=None)))
    check(f'restore {i}', lambda: (list(D.restore(D.ndiff(al, bl), 1)) == al, list(D.restore(D.ndiff(al, bl), 2)) == bl))
check('ndiff classic', lambda: list(D.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True))))
check('differ', lambda: list(D.Differ().compare(['1. Beautiful is better than ugly.\n', '2. Explicit is better than implicit.\n', '3. Simple is better than complex.\n', '4. Complex is better than complicated.\n'],
                                              ['1. Beautiful is better than ugly.\n', '3.   Simple is better than complex.\n', '4. Complicated is better than complex.\n', '5. Flat is better than nested.\n'])))
check('restore bad', lambda: list(D.restore([], 3)))
check('unified types', lambda: list(D.unified_diff([b'a'], [b'b'])))
check('unified arg types', lambda: list(D.unified_diff(['a'], ['b'], fromfile=1)))
check('diff_bytes', lambda: list(D.diff_bytes(D.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
check('junk funcs', lambda: ([D.IS_LINE_JUNK(s) for s in ['\n', '  #  \n', 'x\n', '#x', '']], [D.IS_CHARACTER_JUNK(c) for c in ' \tx\n']))
check('class_getitem', lambda: repr(D.SequenceMatcher[str]))
check('all', lambda: sorted(set(D.__all__) - {'HtmlDiff'}))  # HtmlDiff: not provided
