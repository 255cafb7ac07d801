#!/usr/bin/env python3
"""Generates cases.txt: regex test cases whose expected results come from CPython's re.

Run with the oracle interpreter (CPython 3.12):
    /root/.pyenv/versions/3.12.1/bin/python3 gen_cases.py > cases.txt

Line format (tab-separated, every text field encoded with enc()):
    op  kind  flags  pattern  subject  arg  expected
kind is "s" (str) or "b" (bytes, fields are Latin-1 decoded). op is one of
search/match/fullmatch (arg "pos,endpos" or empty), finditer, split (arg maxsplit),
sub (arg "count|template"), compile (subject and arg unused), escape (pattern is input).
Expected results:
    match ops: "None" or "s0,e0 s1,e1 ...|lastindex|lastgroup" (-1 / None for missing)
    finditer:  matches separated by ";", each as the match-op encoding
    split:     pieces joined by "|", a non-participating group as "\\N"
    sub:       "result|count"
    compile:   "ok|groups|flags|groupindex" where groupindex is name=num,...
    errors:    "error|str(e)|pos" or "<ExceptionType>|str(e)"
"""
import re
import sys
import warnings

warnings.simplefilter("ignore")


def enc(s):
    if isinstance(s, bytes):
        s = s.decode("latin-1")
    out = []
    for c in s:
        o = ord(c)
        if 0x20 <= o < 0x7f and c not in "\\|\t;":
            out.append(c)
        else:
            out.append("\\{%x}" % o)
    return "".join(out)


def match_repr(m):
    if m is None:
        return "None"
    spans = " ".join("%d,%d" % m.span(g) for g in range(m.re.groups + 1))
    li = "None" if m.lastindex is None else str(m.lastindex)
    lg = "None" if m.lastgroup is None else enc(m.lastgroup)
    return "%s|%s|%s" % (spans, li, lg)


def exc_repr(e):
    if isinstance(e, re.error):
        return "error|%s|%s" % (enc(str(e)), -1 if e.pos is None else e.pos)
    return "%s|%s" % (type(e).__name__, enc(str(e)))


lines = []
seen = set()


def emit(op, pattern, flags, subject, arg, fn):
    kind = "b" if isinstance(pattern, bytes) else "s"
    try:
        expected = fn()
    except RecursionError as e:
        expected = "RecursionError|maximum recursion depth exceeded"
    except Exception as e:  # noqa: BLE001 - the oracle's exception is the expected result
        expected = exc_repr(e)
    key = (op, kind, flags, pattern, subject, arg)
    if key in seen:
        return
    seen.add(key)
    sub = subject if subject is not None else ""
    lines.append("\t".join([op, kind, str(int(flags)), enc(pattern), enc(sub), enc(arg), expected]))


def all_match_ops(pattern, flags, subject, fullmatch=True):
    emit("search", pattern, flags, subject, "", lambda: match_repr(re.compile(pattern, flags).search(subject)))
    emit("match", pattern, flags, subject, "", lambda: match_repr(re.compile(pattern, flags).match(subject)))
    if fullmatch:
        emit("fullmatch", pattern, flags, subject, "",
             lambda: match_repr(re.compile(pattern, flags).fullmatch(subject)))
    emit("finditer", pattern, flags, subject, "",
         lambda: ";".join(match_repr(m) for m in re.compile(pattern, flags).finditer(subject)))


def pos_ops(pattern, flags, subject, pos, endpos):
    arg = "%d,%d" % (pos, endpos)
    for op in ("search", "match", "fullmatch"):
        emit(op, pattern, flags, subject, arg,
             lambda op=op: match_repr(getattr(re.compile(pattern, flags), op)(subject, pos, endpos)))


def split(pattern, flags, subject, maxsplit=0):
    def run():
        parts = re.compile(pattern, flags).split(subject, maxsplit)
        return "|".join("\\N" if p is None else enc(p) for p in parts)
    emit("split", pattern, flags, subject, str(maxsplit), run)


def sub(pattern, flags, subject, template, count=0):
    def run():
        r, n = re.compile(pattern, flags).subn(template, subject, count)
        return "%s|%d" % (enc(r), n)
    tpl = template.decode("latin-1") if isinstance(template, bytes) else template
    emit("sub", pattern, flags, subject, "%d|%s" % (count, tpl), run)


def compile_case(pattern, flags=0):
    def run():
        p = re.compile(pattern, flags)
        gi = ",".join("%s=%d" % kv for kv in p.groupindex.items())
        return "ok|%d|%d|%s" % (p.groups, p.flags, enc(gi))
    emit("compile", pattern, flags, None, "", run)


I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L

# ---------------------------------------------------------------------------
# Patterns crossed with a common set of subjects.
SUBJECTS = ["", "a", "ab", "abc", "aaa", "abab", "xyz", "aAbB", "a\nb\n", "foo bar  baz", "123 45a",
            "a.b*c", "ABC", "abcabc", "aab", "ba", "\u00e9t\u00e9 \u0130I\u0131i", "x\U0001F600y",
            "(a)[b]{c}", "hello world\n", "  ", "a1_b2", "\u0661\u0662 \u2003x"]

PATTERNS = [
    "a", "b", "ab", "abc", "x", ".", "..", ".*", ".+", ".?", "a*", "a+", "a?", "a*?", "a+?", "a??",
    "a{2}", "a{1,2}", "a{,2}", "a{2,}", "a{0}", "a{1,2}?", "a{2,}?", "a*+", "a++", "a?+", "a{1,2}+",
    "[ab]", "[^ab]", "[a-c]+", "[^a-c]+", "[]a]", "[^]a]", "[a-]", "[-a]", "[\\]]", "[\\w.]+", "[\\d\\s]+",
    "[\\W]", "[a\\-z]", "[.*+]", "\\w+", "\\W+", "\\d+", "\\D+", "\\s+", "\\S+", "\\bab", "ab\\b", "\\B",
    "\\b", "\\Ba", "^a", "^", "$", "a$", "^$", "\\Aa", "c\\Z", "\\A", "\\Z", "^.*$", "(a)", "(a)(b)",
    "(a)|(b)", "(a|b)*", "(a|b)+c", "(a*)*", "(a*)+", "(a|)*", "(a?)(b?)", "((a)b)", "(a(b)?)+",
    "(?:ab)+", "(?:a|b)*?c", "(a)|b", "(a)?b", "(?P<x>a)(?P<y>b)?", "(?P<n>.)(?P=n)", "(.)\\1",
    "(a)(?(1)b|c)", "(a)?(?(1)b|c)", "(?P<q>a)?(?(q)b|c)", "(?=a)", "(?=a)a", "(?!a).", "(?<=a)b",
    "(?<!a)b", "(?<=ab)c", "(?<=a|b)c", "(?<!^)a", "(?=(a))", "(?!(a))b", "(?>a+)b", "(?>a|ab)c",
    "(?:a|ab)c", "a|ab", "ab|a", "a|b|c", "(a|ab)(c|bcd)", "x*", "x+", "x?", "(x)*", "()", "(|a)",
    "(?i)a", "(?i)A", "(?i)[a-c]+", "(?i)[^a]", "(?i)\u00e9", "(?i)i", "(?i)\u0131", "(?i)I",
    "(?i:a)b", "a(?i:b)", "(?i)a(?-i:b)", "(?s).+", "(?m)^.", "(?m)$", "(?m).$", "(?x) a b # c",
    "(?x)[ ]", "(?a)\\w+", "(?a)\\d", "(?a)\\s", "\\u00e9", "\\x41", "\\101", "\\0", "[\\x00-\\x7f]+",
    "\\n", "[\\n]", "\\t", "\\.", "\\*", "\\(", "\\U0001F600", ".\\Z", "\\s*$", "(?#comment)a",
    "a{,}", "a{", "a{1", "a{x}", "x{1,0}", "{", "}", "]", "a]", "\\]", "[a-c&&b]", "(a)(?P<b>b)\\2",
    "(?:(a)|b)*", "(?:(a)|(b))*", "(a+)+b", "(ab|a)*?b", "((a)|b)*?c", "(a|b)*?", "(?:a*)*",
    "(?:a*)+?", "(a){2}", "(a){0,2}?b", "([ab])\\1", "(?i)(a)\\1", "^(a+)\\1$", "(a)(?<=(a))",
    "(?<=(a))b", "\\w*\\b", "\\b\\w", "(?<=\\b)a", "a++b", "(?:ab)*+b", "(?:a|b)++", "(a)++",
    "(?>(a)|b)+", "(?>a*)", "(?=a*)", "(?!)", "(?<!)", "[^\\s]+", "[\\S\\s]", ".{3}", "[a-z]{2,3}?",
    "\\d{1,3}(?:,\\d{3})*", "(\\w+)\\s(\\w+)", "(?P<first>\\w+) (?P<last>\\w+)", "(?P<a>a)|(?P<b>b)",
    "(\\()?[^()]+(?(1)\\))", "\\$", "a\\Z|b", "(?m)^\\w+$", "(?s)a.b", "a.b", "(?i)ABC", "(?i)[^A-C]",
    "(?u)\\w", "[\\u0660-\\u0669]+", "(?i)\u00df", "(?i)\u017f", "(?i)s", "(?i)k", "(?i)\u212a",
]

for pattern in PATTERNS:
    compile_case(pattern)
    for i, subject in enumerate(SUBJECTS):
        # search and finditer on every subject; match/fullmatch on a rotating third of them
        emit("search", pattern, 0, subject, "", lambda p=pattern, s=subject: match_repr(re.search(p, s)))
        emit("finditer", pattern, 0, subject, "",
             lambda p=pattern, s=subject: ";".join(match_repr(m) for m in re.finditer(p, s)))
        if (i + len(pattern)) % 3 == 0:
            emit("match", pattern, 0, subject, "", lambda p=pattern, s=subject: match_repr(re.match(p, s)))
            emit("fullmatch", pattern, 0, subject, "", lambda p=pattern, s=subject: match_repr(re.fullmatch(p, s)))

# Flags as arguments.
for pattern in ["a", "[a-z]+", "^b", "b$", ".", "\\w+", "\\bb", "(?-i:a)b", "\u00e9", "[\u00e9-\u00ea]", "\u0130", "i+"]:
    for flags in [I, M, S, X, A, I | M, I | A, S | M]:
        compile_case(pattern, flags)
        for subject in ["A", "aB\nb", "\u00c9\u00e9", "\u0130i\u0131I", "x.b\n", "AbC ab\nB"]:
            all_match_ops(pattern, flags, subject)

# pos / endpos.
for pattern in ["a", "^a", "a$", "$", "\\b", "\\B", "(?<=a)b", "(?<!a)b", "b(?=c)", "", ".*", "\\Z", "(?m)^"]:
    for subject in ["abc", "aab\n", "bab"]:
        for pos, endpos in [(0, 3), (1, 3), (1, 2), (2, 1), (-5, 100), (3, 3), (0, 0), (2, 2), (1, 1)]:
            pos_ops(pattern, 0, subject, pos, endpos)

# Unicode classes and case folding.
UNI = "a\u00e9\u00df\u0130\u0131\u017f\u212a\u03a3\u03c3\u03c2\u00b5\u03bc\u1e9e\U00010400\U00010428\u0660\u00b2\u2160_\u3000\x85\x1c \u00a0"
for pattern in ["\\w", "\\W", "\\d", "\\D", "\\s", "\\S", "(?i)s", "(?i)S", "(?i)\u03c3", "(?i)\u03a3",
                "(?i)k", "(?i)\u00b5", "(?i)[\u03c3]", "(?i)[k-l]", "(?i)[\U00010400]", "(?i)\U00010400",
                "(?i)[\U00010400x]", "(?i)[\U00010400-\U00010410]", "(?i)\u00df", "(?i)\u1e9e", "(?a)\\w",
                "(?a)\\s", "(?a)\\d", "(?ai)s", "(?ai)k", "(?i)[^k]", "(?i)[a-z]", "(?i)[A-Z\u00e0]",
                "(?i)[\u0100-\u017f]", "[\\w\u00e9]", "[^\\W\\d]", "(?i)(.)\\1"]:
    compile_case(pattern)
    emit("finditer", pattern, 0, UNI, "",
         lambda p=pattern: ";".join(match_repr(m) for m in re.finditer(p, UNI)))
    emit("finditer", pattern, 0, "sS\u017fkK\u212a\u03c3\u03a3\u03c2\u00b5\u03bc", "",
         lambda p=pattern: ";".join(match_repr(m) for m in re.finditer(p, "sS\u017fkK\u212a\u03c3\u03a3\u03c2\u00b5\u03bc")))

# Bytes patterns.
BSUBJ = [b"", b"abc", b"aB\xe9\xc9 1\n", b"foo bar", b"\x00\xff", b"a\x85b\xa0c"]
for pattern in [b"a", b"\\w+", b"\\W", b"\\d", b"\\s+", b"(?i)\xe9", b"(?i)[a-z]+", b"\\xe9", b"[\\x80-\\xff]+",
                b".", b"(?s).", b"\\b", b"(a)|(b)", b"(?L)\\w+", b"(?a)\\w", b"(?i)A", b"^\\w*$"]:
    compile_case(pattern)
    for subject in BSUBJ:
        all_match_ops(pattern, 0, subject)
for pattern in [b"a|b", b"(a)(b)?", b"x*", b"\\s+"]:
    for subject in [b"abxab", b"a b  c", b""]:
        split(pattern, 0, subject)
        sub(pattern, 0, subject, b"[\\g<0>]")
        sub(pattern, 0, subject, b"-")

# split.
for pattern in ["x*", ",", "(,)", "(,)|(;)", "\\s+", "(\\s)+", "", "\\b", "a|", "(?=b)", "^", "$", "x+", "(x)?y"]:
    for subject in ["a,b;c", "axbxxc", "  a b ", "", "abc", "xyxy", "ab\nb", "y"]:
        split(pattern, 0, subject)
    split(pattern, 0, "a,b,,c x  y", 1)
    split(pattern, 0, "a,b,,c x  y", 2)
    split(pattern, 0, "a,b,,c x  y", -1)

# sub with templates.
TEMPLATES = ["-", "", "[\\g<0>]", "\\1", "\\g<1>", "<\\g<1>\\g<2>>", "\\n", "\\\\", "\\-", "\\0", "\\07",
             "\\101", "\\g<name>", "\\g<2>x", "\\3", "\\g<x>", "\\q", "\\g<", "\\g<>", "\\g<a-b>", "\\g<9999999999>",
             "\\g<01>", "\\400", "\\1a", "\\11", "x\\", "\\g<-1>", "\\a\\b\\f\\r\\t\\v", "\u00e9\\g<0>"]
for pattern in ["(a)(b)?", "(?P<name>a)(b)", "x*", "(b)|(c)", "a"]:
    for t in TEMPLATES:
        for subject in ["abcab", ""]:
            sub(pattern, 0, subject, t)
    sub(pattern, 0, "aaaa ab", "<\\g<0>>", 2)
    sub(pattern, 0, "aaaa ab", "<\\g<0>>", -1)
for pattern, subject in [("", "abc"), ("x*", "-a-"), ("\\b", "one two"), ("(?=a)|b", "abab"), ("a|", "baac"),
                         ("^", "a\nb"), ("(?m)^", "a\nb\n"), ("$", "a\nb\n"), ("(?m)$", "a\nb\n"), ("\\B", "ab c")]:
    sub(pattern, 0, subject, "-")
    split(pattern, 0, subject)

# Errors.
ERRORS = [
    "(", ")", "a)", "(a", "((a)", "(?", "(?P", "(?Px", "(?P<", "(?P<a", "(?P<>a)", "(?P<1>a)", "(?P<a-b>a)",
    "(?P=", "(?P=a)", "(?P<a>a)(?P=b)", "(?P<a>(?P=a))", "(?P<a>a)(?P<a>b)", "(?<x)", "(?<", "(?x", "(?x-",
    "(?-x", "(?-", "(?z)", "(?iz)", "(?i-z:a)", "(?i-:a)", "(?-i)", "(?i-i:a)", "(?a-u:a)", "(?au)", "(?L)",
    "(?t:a)", "(?-t:a)", "a(?i)", "(?i)(?m)a", "a|(?i)", "*", "+a", "?", "a**", "a*+?", "a{2}{3}", "a??+",
    "{1}", "^*", "$+", "\\b*", "(?=a)*", "[", "[a", "[a-", "[a-]", "[z-a]", "[\\d-z]", "[a-\\d]", "[]",
    "[^]", "\\", "a\\", "\\q", "\\Q", "[\\q]", "\\8", "[\\8]", "\\x", "\\x1", "\\x1g", "\\u12", "\\U1234567",
    "\\U00110000", "\\N", "\\N{", "\\N{}", "\\N{LATIN SMALL LETTER A}", "\\N{NOT A NAME}", "\\N{EM DASH}",
    "\\777", "[\\777]", "\\400", "\\1", "(a)\\2", "(a\\1)", "\\10", "(a)\\01", "a{3,2}", "a{99999999999}",
    "a{4294967295}", "a{4294967294}x", "(?<=a+)b", "(?<=a|bc)d", "(?<=a*)b", "(?<!a{1,2})b", "(?<=(a)\\1)b",
    "(?<=(?P<x>a)(?P=x))b", "(a)(?<=\\1)", "(?(1)a|b)", "(?(1)a|b)(c)", "(?(0)a)", "(?(a)b)", "(?(-1)a)",
    "(?(1a)b)", "(?(1)a|b|c)", "(?(1", "(a)(?(1)a", "(?#", "(?#abc", "(?<=(?(1)a|bc))", "a\n(", "a\nb)",
    "x\ny\n[", "(?P<a>x)\n(?P<a>y)", "(?x)a #(", "(?x)[ #]", "(?P<\u00e9>a)", "(?P<a\u00e9>a)\\g<a>", "(?i",
    "(?u)a", "(?a)a", "\\p{L}", "(?>", "(?>a", "(?>a)+", "(?:)", "(?:)*", "()*", "(?=)", "a{,3}b{2,}",
    "[a-a]", "[\\w-a]", "[a-\\w]", "(?P<x>a)(?(x)b|c)", "(?(x)a)", "\u00e9\\", "[\\b]", "(?<=\\b)",
    "(?-i:a)", "(?i:)", "(?x:a b)", "(?-x:a b)", "(?s-i:.)", "(?a:\\w)", "(?u:\\w)", "(?L:\\w)",
    "\U0001F600\n\U0001F600(", "\U0001F600\\q", "(" * 50 + ")" * 50, "(" * 700 + ")" * 700, "(?:" * 350 + ")" * 350, "(?P<" + "a" * 20 + ">x)",
]
for pattern in ERRORS:
    compile_case(pattern)
for pattern in [b"(?u)a", b"(?L)a", b"(?aL)a", b"\\u1234", b"\\U00012345", b"\\N{EM DASH}", b"\\x", b"[\xe9-a]",
                b"(?P<\xe9>a)", b"\\\xe9", b"(?P<a>a)(?P<a>b)", b"\xe9\\q", b"(?i)\xe9", b"(?x)a b"]:
    compile_case(pattern)
for pattern, flags in [("a", L), ("a", A | re.U), ("(?a)a", re.U), ("(?u)a", A), (b"a", re.U), (b"a", A | L),
                       (b"(?a)a", L), ("a", re.T), ("a*", re.T), ("a", I | M | S | X), ("(?x)a", A)]:
    compile_case(pattern, flags)

# escape.
for s in ["", "abc", "a.b*c", "()[]{}?*+-|^$\\.&~# \t\n\r\v\f", "\u00e9\U0001F600", "_-=", "a\x00b"]:
    emit("escape", s, 0, None, "", lambda s=s: enc(re.escape(s)))
for s in [b"a.b", b"\xff\x00", b"x y"]:
    emit("escape", s, 0, None, "", lambda s=s: enc(re.escape(s)))

# Verbose mode details.
for pattern in ["(?x)a  b", "(?x)a\\ b", "(?x)[ a]", "(?x)a#b\nc", "(?x)a{ 2}", "(?x)a {2}", "(?x)(?P<n> a )",
                "(?x)a|  b #x\n|c", "a(?x) b", "(?x)\\# b"]:
    compile_case(pattern)
    for subject in ["ab", "a b", "aa", "c", " ", "#b", "a{ 2}"]:
        all_match_ops(pattern, 0, subject)

# Backtracking-heavy and lazy/greedy interplay.
for pattern, subject in [
    ("(a+)+$", "aaaaaaaaaaaaaaaaaaab"), ("(x+x+)+y", "xxxxxxxxxxy"), ("(.*?),(.*?),(.*)", "a,b,c,d"),
    ("<.*>", "<a><b>"), ("<.*?>", "<a><b>"), ("(a|b|ab)*c", "ababc"), ("(a*)b\\1", "aabaa"),
    ("((a)|(b))+", "abab"), ("(a)|(b)|(c)", "c"), ("(?:(a)|(b)|(c))+", "abc"), ("(a*?)(a*)", "aaa"),
    ("(a{2,3}?)(a*)", "aaaaa"), ("(a{2,3})(a*)", "aaaaa"), ("(?:a{2})*?a", "aaaaa"), ("(?:ab?){2,}?b", "ababab"),
    ("(?:(?:a|b)c)*d", "acbcd"), ("(.)(?!\\1)(.)", "aab"), ("(?P<w>\\w)(?P=w)+", "xaaay"),
    ("(a?)+?b", "aab"), ("(a?){3}b", "ab"), ("(a?){2,}b", "ab"), ("(?:a?)+?b", "aab"), ("(a|b)*?c", "abc"),
    ("(?:(a)|b)+?c", "abac"), ("((?:a|b)*?)c", "abc"), ("(a)(?:(b)|c)*", "abcb"), ("(?:(a)b)*", "ababa"),
    ("(?:(a)|b)(?:(a)|b)", "ba"), ("(?=(\\w+))\\1:", "abc:"), ("(?<=(\\w))(\\w)", "ab"),
    ("(?>(\\w+))\\w", "abc"), ("(?:x(a)|x(b))+", "xaxb"), ("(a)*", "aaa"), ("(a)*?$", "aaa"),
    ("(?:(a)|(b))*?(?(1)x|y)", "aby"), ("^(?:(\\d+)|(\\w+))*$", "12ab"), ("(?:a|(b))*+", "ab"),
("(?:a(b)?)++", "aab"), ("((a)(b))?c", "abc"), ("(a)(b)?(c)?d", "acd"),
]:
    all_match_ops(pattern, 0, subject)

for line in lines:
    print(line)
print("# %d cases" % len(lines), file=sys.stderr)
