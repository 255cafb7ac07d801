#!/usr/bin/env python3
# Regenerates python/src/main/java/pyjama/python/runtime/UnicodeCase.java from the running CPython's
# Unicode database (run it with CPython 3.12: /root/.pyenv/versions/3.12.1/bin/python3).
# runs (start, end, stride, delta) and multi-code-point mappings listed.
import sys, os, tempfile
CASE_JSON = os.path.join(tempfile.gettempdir(), "unicode_case.json")
def table(name):
    single=[]; multi=[]
    for c in range(0x110000):
        if 0xd800<=c<0xe000: continue
        s=chr(c); m=getattr(s,name)()
        if m==s: continue
        if len(m)==1: single.append((c, ord(m)-c))
        else: multi.append((c, m))
    runs=[]
    i=0
    while i<len(single):
        c,d=single[i]; j=i; stride=None
        if i+1<len(single) and single[i+1][1]==d and single[i+1][0]-c in (1,2):
            stride=single[i+1][0]-c
            j=i+1
            while j+1<len(single) and single[j+1][1]==d and single[j+1][0]-single[j][0]==stride: j+=1
        else: stride=1
        runs.append((c, single[j][0], stride, d)); i=j+1
    out=[]
    for a,b,s,d in runs: out.append("%x %x %x %s" % (a,b,s, ("-%x"%-d) if d<0 else "%x"%d))
    ms=[]
    for c,m in multi: ms.append("%x %s" % (c, ",".join("%x"%ord(x) for x in m)))
    return " ".join(out), " ".join(ms), len(runs), len(multi)
res={}
for n in ["upper","lower","title","casefold"]:
    res[n]=table(n); print(n, res[n][2], res[n][3], len(res[n][0]), file=sys.stderr)
# properties for the is* checks that depend on Unicode tables: isupper/islower (cased letters incl.
# Other_Uppercase/Other_Lowercase), isdigit, isdecimal, isnumeric, as code point ranges
def ranges(pred):
    r=[]; start=None
    for c in range(0x110000+1):
        ok = c<0x110000 and not (0xd800<=c<0xe000) and pred(chr(c))
        if ok and start is None: start=c
        if not ok and start is not None: r.append((start,c-1)); start=None
    return " ".join("%x %x"%(a,b) for a,b in r), len(r)
props={}
for n,p in [("upper", lambda s: s.isupper()), ("lower", lambda s: s.islower()), ("digit", str.isdigit), ("decimal", str.isdecimal), ("numeric", str.isnumeric)]:
    props[n]=ranges(p); print(n, props[n][1], len(props[n][0]), file=sys.stderr)
import json
json.dump({"case":{k:[v[0],v[1]] for k,v in res.items()}, "props":{k:v[0] for k,v in props.items()}}, open("CASE_JSON","w"))
import json
d=json.load(open("CASE_JSON"))
def lit(s, indent="        "):
    # split long strings into concatenated literals of <= 100 chars
    parts=[]; cur=""
    for tok in s.split(" "):
        if len(cur)+len(tok)+1>100: parts.append(cur); cur=""
        cur += tok+" "
    if cur: parts.append(cur)
    return ("\n"+indent+"+ ").join('"%s"' % p for p in parts) if parts else '""'
src = '''package pyjama.python.runtime;

/**
 * Unicode case mappings and the case/digit properties of str methods, as tables generated from
 * CPython 3.12 (Unicode 15.0) by {@code python/tools/gen_unicode_case.py}. Not Java's
 * String.toUpperCase / Character.isUpperCase...: TeaVM 0.15's classlib has no multi-character
 * mappings ('ß'.upper() stays 'ß', 'ﬁ'.upper() stays 'ﬁ'), no final sigma, a wrong
 * Character.toTitleCase ('ǆ' gives 'Ǆ'), no Other_Uppercase ('Ⅻ'.isupper() is False) and no
 * numeric values for '²'; and the JVM's Unicode version need not be CPython's either.
 *
 * Tables: single-code-point mappings as runs "start end stride delta" (hex; every stride-th code
 * point of [start, end] maps to itself + delta), multi-code-point ones as "cp a,b,c"; properties
 * as inclusive ranges "start end".
 */
final class UnicodeCase {
    private UnicodeCase() {}

    private static final class Mapping {
        final int[] start, end, stride, delta;
        final int[] multiCp;
        final String[] multi;

        Mapping(String runs, String multis) {
            String[] r = runs.trim().split(" ");
            int n = r.length / 4;
            start = new int[n]; end = new int[n]; stride = new int[n]; delta = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = Integer.parseInt(r[4 * i], 16);
                end[i] = Integer.parseInt(r[4 * i + 1], 16);
                stride[i] = Integer.parseInt(r[4 * i + 2], 16);
                delta[i] = Integer.parseInt(r[4 * i + 3], 16);
            }
            String[] m = multis.trim().isEmpty() ? new String[0] : multis.trim().split(" ");
            multiCp = new int[m.length / 2];
            multi = new String[m.length / 2];
            for (int i = 0; i < multiCp.length; i++) {
                multiCp[i] = Integer.parseInt(m[2 * i], 16);
                StringBuilder sb = new StringBuilder();
                for (String h : m[2 * i + 1].split(",")) sb.appendCodePoint(Integer.parseInt(h, 16));
                multi[i] = sb.toString();
            }
        }

        /** The single code point c maps to (c itself when unmapped or multi-mapped). */
        int single(int c) {
            int lo = 0, hi = start.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (c < start[mid]) hi = mid - 1;
                else if (c > end[mid]) lo = mid + 1;
                else return (c - start[mid]) % stride[mid] == 0 ? c + delta[mid] : c;
            }
            return c;
        }

        void append(StringBuilder sb, int c) {
            if (c >= 0xdf) {
                int i = java.util.Arrays.binarySearch(multiCp, c);
                if (i >= 0) { sb.append(multi[i]); return; }
            }
            sb.appendCodePoint(single(c));
        }

        String map(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                append(sb, c);
            }
            return sb.toString();
        }
    }

    private static int[] ranges(String s) {
        String[] r = s.trim().split(" ");
        int[] out = new int[r.length];
        for (int i = 0; i < r.length; i++) out[i] = Integer.parseInt(r[i], 16);
        return out;
    }

    private static boolean in(int[] ranges, int c) {
        int lo = 0, hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) hi = mid - 1;
            else if (c > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    static final Mapping UPPER = new Mapping(
        %(upper_r)s,
        %(upper_m)s);
    static final Mapping LOWER = new Mapping(
        %(lower_r)s,
        %(lower_m)s);
    static final Mapping TITLE = new Mapping(
        %(title_r)s,
        %(title_m)s);
    static final Mapping CASEFOLD = new Mapping(
        %(casefold_r)s,
        %(casefold_m)s);
    private static final int[] IS_UPPER = ranges(
        %(p_upper)s);
    private static final int[] IS_LOWER = ranges(
        %(p_lower)s);
    private static final int[] IS_DIGIT = ranges(
        %(p_digit)s);
    private static final int[] IS_DECIMAL = ranges(
        %(p_decimal)s);
    private static final int[] IS_NUMERIC = ranges(
        %(p_numeric)s);

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    // ASCII (the common case) needs no table; Java's ASCII case mapping is right everywhere
    static String upper(String s) { return ascii(s) ? s.toUpperCase(java.util.Locale.ROOT) : UPPER.map(s); }
    static String casefold(String s) { return ascii(s) ? s.toLowerCase(java.util.Locale.ROOT) : CASEFOLD.map(s); }
    static String upper(int c) { StringBuilder sb = new StringBuilder(); UPPER.append(sb, c); return sb.toString(); }
    static String lower(int c) { StringBuilder sb = new StringBuilder(); LOWER.append(sb, c); return sb.toString(); }
    static String title(int c) { StringBuilder sb = new StringBuilder(); TITLE.append(sb, c); return sb.toString(); }

    /** str.lower: with CPython's final sigma (Σ at the end of a word becomes ς). */
    static String lower(String s) {
        if (ascii(s)) return s.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == 0x3a3 && finalSigma(s, i)) sb.append('\\u03c2');
            else LOWER.append(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** The lowercase of c, the code point at s[at] (final sigma applied, as str.title/swapcase do). */
    static String lowerAt(String s, int at, int c) {
        return c == 0x3a3 && finalSigma(s, at) ? "\\u03c2" : lower(c);
    }

    /** CPython's rule: a cased letter before (case-ignorables skipped), none after. */
    private static boolean finalSigma(String s, int at) {
        int j = at;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (caseIgnorable(c)) continue;
            before = cased(c);
            break;
        }
        if (!before) return false;
        j = at + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (caseIgnorable(c)) continue;
            return !cased(c);
        }
        return true;
    }

    static boolean cased(int c) {
        return isUpper(c) || isLower(c) || Character.getType(c) == Character.TITLECASE_LETTER;
    }

    private static boolean caseIgnorable(int c) {
        if (c == '\\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    static boolean isUpper(int c) { return in(IS_UPPER, c); }
    static boolean isLower(int c) { return in(IS_LOWER, c); }
    static boolean isDigit(int c) { return in(IS_DIGIT, c); }
    static boolean isDecimal(int c) { return in(IS_DECIMAL, c); }
    static boolean isNumeric(int c) { return in(IS_NUMERIC, c); }
}
'''
vals={}
for k in ["upper","lower","title","casefold"]:
    vals[k+"_r"]=lit(d["case"][k][0]); vals[k+"_m"]=lit(d["case"][k][1])
for k in ["upper","lower","digit","decimal","numeric"]:
    vals["p_"+k]=lit(d["props"][k])
def fill(template, values):
    for k, v in values.items():
        template = template.replace("%(" + k + ")s", v)
    return template
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "java", "pyjama", "python", "runtime", "UnicodeCase.java"),"w").write(fill(src, vals))
