# difflib against CPython 3.12: SequenceMatcher's blocks, opcodes and ratios (junk and the
# autojunk "popular" heuristic included), the unified/context/ndiff formats, Differ's '?'
# guide lines, get_close_matches, restore and diff_bytes.
import difflib
from difflib import SequenceMatcher

def show_matcher(sm):
    print(sm.get_matching_blocks())
    print(sm.get_opcodes())
    print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))

for a, b in [('abcd', 'bcde'), ('qabxcd', 'abycdf'), ('', ''), ('', 'abc'), ('abc', ''),
             ('private Thread currentThread;', 'private volatile Thread currentThread;'),
             ('abxcd', 'abcd'), ('aaaa', 'aa'), ('the quick brown fox', 'the slow brown dog'),
             (' abcd', 'abcd abcd'), ([1, 2, 3, 4, 5], [1, 2, 9, 4, 5, 6])]:
    print('--', repr(a), repr(b))
    show_matcher(SequenceMatcher(None, a, b))

print('-- junk')
sm = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                     'private volatile Thread currentThread;')
show_matcher(sm)
print(sorted(sm.bjunk), sm.bpopular)
sm = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(sm.find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(None, 'abcd', 'abcd').find_longest_match())
print(SequenceMatcher(None, 'ab', 'c').find_longest_match())
print(SequenceMatcher(lambda c: c in 'xy', 'axxxb', 'xxaxxxbxx').get_matching_blocks())

print('-- autojunk')
a = 'x' * 10 + 'abc' + 'y' * 300
b = 'y' * 250 + 'abc' + 'x' * 5
for auto in (True, False):
    sm = SequenceMatcher(None, a, b, autojunk=auto)
    print(auto, sorted(sm.bpopular), sm.get_matching_blocks()[:4], round(sm.ratio(), 6))
lines_a = ['line %d\n' % (i % 7) for i in range(220)]
lines_b = lines_a[:100] + ['new\n'] + lines_a[100:]
sm = SequenceMatcher(None, lines_a, lines_b)
print(len(sm.bpopular), sm.get_opcodes()[:3], round(sm.ratio(), 6))
print(SequenceMatcher(None, lines_a, lines_b, autojunk=False).get_opcodes())

print('-- caching and reuse')
sm = SequenceMatcher()
sm.set_seq2('abcdefg')
for word in ('abc', 'gfedcba', 'abcdefg', 'xyz'):
    sm.set_seq1(word)
    print(word, round(sm.ratio(), 6), sm.get_opcodes())
sm.set_seqs('hello', 'yellow')
print(sm.a, sm.b, sm.get_opcodes() is sm.get_opcodes())
print(list(sm.get_grouped_opcodes(0)))
print(sm.get_opcodes())
print(SequenceMatcher[str], type(sm.b2j).__name__, sorted(sm.b2j.items()))

print('-- grouped opcodes')
a = [f'{i}\n' for i in range(40)]
b = a[:5] + ['five\n'] + a[6:30] + a[31:] + ['end\n']
sm = SequenceMatcher(None, a, b)
for n in (0, 1, 3, 10):
    print(n, list(sm.get_grouped_opcodes(n)))
print(list(SequenceMatcher(None, [], []).get_grouped_opcodes()))
print(list(SequenceMatcher(None, ['a'], ['a']).get_grouped_opcodes()))

print('-- unified_diff')
old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
new = ['zero\n', 'one\n', 'two\n', 'THREE\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(old, new, 'a.txt', 'b.txt', '2024-01-01', '2024-01-02')), end='')
print(''.join(difflib.unified_diff(old, new, n=0)), end='')
print(''.join(difflib.unified_diff(old, new, n=1, lineterm='')), end='|\n')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))

print('-- context_diff')
print(''.join(difflib.context_diff(old, new, 'a.txt', 'b.txt', 'then', 'now')), end='')
print(''.join(difflib.context_diff(old, new, n=0)), end='')
print(list(difflib.context_diff(['a\n', 'b\n'], ['a\n'])))
print(list(difflib.context_diff(['a\n'], ['a\n', 'b\n'])))
print(list(difflib.context_diff([], ['x\n', 'y\n'])))

print('-- type errors')
for args in [([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], 1)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as err:
        print('TypeError', err)
try:
    list(difflib.context_diff(['a'], ['b'], tofile=None))
except TypeError as err:
    print('TypeError', err)

print('-- ndiff / Differ')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print(''.join(result), end='')
print(''.join(difflib.ndiff(text1, text2)), end='')
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
print(''.join(difflib.ndiff(['\tabc\n'], ['\tabd\n'])), end='')
print(''.join(difflib.ndiff(['abcdefgh\n', 'x\n'], ['abcXefgh\n', 'x\n', 'x\n'])), end='')
print(''.join(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['x\n', 'y\n'])), end='')
print(''.join(difflib.ndiff(['a\n', 'same\n', 'b\n'], ['x\n', 'same\n', 'y\n', 'z\n'])), end='')
print(''.join(difflib.ndiff(['# comment\n', 'code\n'], ['\n', 'code\n'], linejunk=difflib.IS_LINE_JUNK)), end='')
print(list(difflib.ndiff(['abc'], ['abd'], charjunk=None)))
delta = list(difflib.ndiff(text1, text2))
print(''.join(difflib.restore(delta, 1)) == ''.join(text1), ''.join(difflib.restore(delta, 2)) == ''.join(text2))
print(list(difflib.restore(['  a', '- b', '+ c', '? ^'], '2')))
for which in (0, 3):
    try:
        list(difflib.restore(delta, which))
    except ValueError as err:
        print('ValueError', err)

print('-- close matches')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'with', 'wheat', 'whale', 'wheels'], n=2))
print(difflib.get_close_matches('python', ['java', 'perl', 'pithon', 'pyton', 'typhon'], cutoff=0.0))
print(difflib.get_close_matches('ab', ['ba', 'ab', 'ab'], n=5))
for bad in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as err:
        print('ValueError', err)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))

print('-- diff_bytes')
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'\xfe\n'], b'x', b'y')))
print(list(difflib.diff_bytes(difflib.context_diff, [b'one\n'], [b'two\n'])))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as err:
    print('TypeError', err)
print(difflib.Match(1, 2, 3), difflib.Match._fields)
print(sorted(name for name in difflib.__all__ if name != 'HtmlDiff'))  # no HtmlDiff in Pyjama
