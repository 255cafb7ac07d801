# shlex: split in posix and non-posix mode, comments, quotes and escapes, punctuation_chars,
# the lexer's attributes, push_token/push_source, source inclusion, errors, quote/join.
import shlex, io

samples = ['a b c', '  lead  trail  ', 'one "two three" four', "it's 'single quoted'",
           'esc\\ aped \\"q\\" end\\', 'mix"ed"word a"b c"d', '"a\\"b" \'c\\\'d', "'a\\b'",
           '"\\\\ \\$ \\x"', 'x # comment here\ny', 'a#b c', 'tab\tsep\nnewline', '""', "''",
           'a "" b', '"unterminated', "'open", 'trailing\\', 'ünïcode wörds ß', 'x=1 y=$HOME',
           'a;b&&c||d', 'cmd > out 2>&1', '-opt --long=val path/to/f.txt', '~user/*.py?',
           '\\#notcomment #c', 'a"b"\'c\'\\d', '"a" "b"c', 'x\\\ny', '"multi\nline"', '']
for s in samples:
    for kw in [{}, {'comments': True}, {'posix': False}, {'comments': True, 'posix': False}]:
        try:
            print(repr(s), kw, shlex.split(s, **kw))
        except ValueError as e:
            print(repr(s), kw, 'ValueError', e)

def tokens(lex, limit=40):
    out = []
    for _ in range(limit):
        try:
            t = lex.get_token()
        except ValueError as e:
            out.append('!' + str(e))
            break
        out.append(t)
        if t == lex.eof:
            break
    return out

for s in ['a && b || c; (d) > out.txt', 'ls|grep x>>f', 'a(b)c', 'x &>y', '"q;x";y', 'a-b.c=d ~/x',
          'echo "a&b" \'c|d\' e\\;f', 'a&&#c\nb', 'x#y;z\nw', '(a)#q\n(b)']:
    for posix in (False, True):
        for pc in (True, '|&', False):
            lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
            print(repr(s), posix, repr(pc), tokens(lex))
            lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
            lex.whitespace_split = True
            print('  split:', tokens(lex))

for s in ['foo "bar baz" qux', "a 'b c' d#e\nf", 'x.y-z 12 _a $b @c', 'a\\ b', "don't", 'w1\n\nw2 # c\nw3']:
    for posix in (False, True):
        lex = shlex.shlex(s, posix=posix)
        print(repr(s), posix, tokens(lex), lex.lineno, repr(lex.token), lex.state)

lex = shlex.shlex('abc')
print(repr(lex.commenters), repr(lex.wordchars), repr(lex.whitespace), repr(lex.quotes), repr(lex.escape),
      repr(lex.escapedquotes), lex.whitespace_split, lex.lineno, repr(lex.eof), lex.posix, lex.infile,
      repr(lex.punctuation_chars), lex.debug, lex.source, lex.state, list(lex.pushback), list(lex.filestack))
lex = shlex.shlex('abc', posix=True, punctuation_chars=True)
print(repr(lex.wordchars), repr(lex.eof), repr(lex.punctuation_chars))
lex = shlex.shlex('abc', punctuation_chars='.x')
print(repr(lex.wordchars), repr(lex.punctuation_chars))
try:
    lex.punctuation_chars = 'y'
except AttributeError as e:
    print('AttributeError', e)

lex = shlex.shlex('one two three', infile='cfg')
lex.push_token('zero')
print(lex.get_token(), lex.get_token(), lex.error_leader(), lex.error_leader('other', 9))
lex.push_source('inner words', 'inc.txt')
print(lex.infile, lex.lineno, tokens(lex), lex.infile)
lex = shlex.shlex('a\nb\nc', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex(io.StringIO('from stream "x y"'), posix=True)
print(list(lex))

class Includer(shlex.shlex):
    def sourcehook(self, newfile):
        return ('<' + newfile + '>', io.StringIO('included ' + newfile.strip('"')))
lex = Includer('before source "sub" after source other end')
lex.source = 'source'
print(tokens(lex))

for s in ['', 'simple', 'with space', "it's", 'a"b', '$x', 'tab\t', 'ok@%+=:,./-_9', 'é', '*']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']), shlex.split(shlex.join(['a b', "c'd", ''])))
for bad in [None]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
print(shlex.__all__)
