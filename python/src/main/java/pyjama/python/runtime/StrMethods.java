package pyjama.python.runtime;

import java.util.ArrayList;

/** The methods of str. Indices are code points; Java strings are converted where needed. */
final class StrMethods {
    private StrMethods() {}

    static String s(PyObject o) { return ((PyStr) o).value; }

    static String argStr(PyObject o, String fname) {
        if (o instanceof PyStr p) return p.value;
        throw Exc.type("must be str, not " + o.type.name);
    }

    /** A positional-only str parameter, checked as Argument Clinic does ("replace() argument 1 must be str, not int"). */
    static String argStr(PyObject o, String fname, int pos) {
        if (o instanceof PyStr p) return p.value;
        throw Exc.type(fname + "() argument " + pos + " must be str, not " + o.type.name);
    }

    /** Slice bounds (code points) clamped as str.find does: returns {start, end} in code points. */
    static int[] bounds(PyStr self, PyObject[] a, int i) {
        int n = self.cpLength();
        long st = 0, en = n;
        if (a.length > i && a[i] != T.None) st = PySlice.clampIndex(a[i]);
        if (a.length > i + 1 && a[i + 1] != T.None) en = PySlice.clampIndex(a[i + 1]);
        if (st < 0) { st += n; if (st < 0) st = 0; }
        if (en < 0) { en += n; if (en < 0) en = 0; }
        if (en > n) en = n;
        return new int[] { (int) Math.min(st, Integer.MAX_VALUE), (int) en };
    }

    static int find(PyStr self, PyObject[] a, boolean rev) {
        String sub = argStr(a[1], "find");
        int[] b = bounds(self, a, 2);
        if (b[0] > b[1]) return -1;
        if (b[0] > self.cpLength()) return -1;
        String v = self.value;
        int cs = self.offset(b[0]), ce = self.offset(b[1]);
        int r;
        if (rev) {
            r = v.lastIndexOf(sub, ce - sub.length());
            if (r < cs) r = -1;
        } else {
            r = v.indexOf(sub, cs);
            if (r + sub.length() > ce) r = -1;
        }
        if (r < 0) return -1;
        return self.isBmpOnly() ? r : v.codePointCount(0, r);
    }

    /** str.replace (and bytes.replace, on latin-1 strings): an empty {@code old} matches between characters. */
    static String replace(String v, String old, String nw, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                for (int i = 0; i < v.length(); ) { int c = v.codePointAt(i); i += Character.charCount(c); sb.appendCodePoint(c).append(nw); }
                return sb.toString();
            }
            return v.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        if (old.isEmpty()) {
            while (count-- > 0 && i <= v.length()) {
                sb.append(nw);
                if (i < v.length()) { int c = v.codePointAt(i); sb.appendCodePoint(c); i += Character.charCount(c); } else { i++; break; }
            }
            if (i <= v.length()) sb.append(v.substring(Math.min(i, v.length())));
            return sb.toString();
        }
        while (count-- > 0) {
            int j = v.indexOf(old, i);
            if (j < 0) break;
            sb.append(v, i, j).append(nw);
            i = j + old.length();
        }
        sb.append(v.substring(i));
        return sb.toString();
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static String strip(String v, PyObject chars, int which) {
        int st = 0, en = v.length();
        if (chars == null || chars == T.None) {
            if (which != 2) while (st < en && isSpace(v.charAt(st))) st++;
            if (which != 1) while (en > st && isSpace(v.charAt(en - 1))) en--;
        } else {
            if (!(chars instanceof PyStr)) throw Exc.type((which == 0 ? "strip" : which == 1 ? "lstrip" : "rstrip") + " arg must be None or str");
            String cs = ((PyStr) chars).value;
            if (which != 2) while (st < en && cs.indexOf(v.charAt(st)) >= 0) st++;
            if (which != 1) while (en > st && cs.indexOf(v.charAt(en - 1)) >= 0) en--;
        }
        return v.substring(st, en);
    }

    static PyList split(String v, PyObject sepO, long maxsplit) {
        PyList out = new PyList();
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        if (sepO == null || sepO == T.None) {
            int i = 0, n = v.length();
            while (true) {
                while (i < n && isSpace(v.charAt(i))) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    out.append(new PyStr(v.substring(i)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(v.charAt(j))) j++;
                out.append(new PyStr(v.substring(i, j)));
                i = j;
            }
            return out;
        }
        if (!(sepO instanceof PyStr)) throw Exc.type("must be str or None, not " + sepO.type.name);
        String sep = argStr(sepO, "split");
        if (sep.isEmpty()) throw Exc.value("empty separator");
        int i = 0;
        while (maxsplit-- > 0) {
            int j = v.indexOf(sep, i);
            if (j < 0) break;
            out.append(new PyStr(v.substring(i, j)));
            i = j + sep.length();
        }
        out.append(new PyStr(v.substring(i)));
        return out;
    }

    static PyList rsplit(String v, PyObject sepO, long maxsplit) {
        if (maxsplit < 0) return split(v, sepO, -1);
        ArrayList<PyObject> out = new ArrayList<>();
        if (sepO == null || sepO == T.None) {
            int i = v.length();
            while (true) {
                while (i > 0 && isSpace(v.charAt(i - 1))) i--;
                if (i <= 0) break;
                if (maxsplit-- == 0) {
                    out.add(new PyStr(v.substring(0, i)));
                    break;
                }
                int j = i;
                while (j > 0 && !isSpace(v.charAt(j - 1))) j--;
                out.add(new PyStr(v.substring(j, i)));
                i = j;
            }
        } else {
            if (!(sepO instanceof PyStr)) throw Exc.type("must be str or None, not " + sepO.type.name);
            String sep = argStr(sepO, "rsplit");
            if (sep.isEmpty()) throw Exc.value("empty separator");
            int end = v.length();
            while (maxsplit-- > 0) {
                int j = v.lastIndexOf(sep, end - sep.length());
                if (j < 0) break;
                out.add(new PyStr(v.substring(j + sep.length(), end)));
                end = j;
            }
            out.add(new PyStr(v.substring(0, end)));
        }
        java.util.Collections.reverse(out);
        return new PyList(out.toArray(new PyObject[0]));
    }

    static String pad(String v, int width, int fill, int where) {
        int n = v.codePointCount(0, v.length());
        if (width <= n) return v;
        String f = new String(Character.toChars(fill));
        int total = width - n;
        if (where == 0) return v + f.repeat(total);
        if (where == 2) return f.repeat(total) + v;
        int left = total / 2 + (total & width & 1);
        return f.repeat(left) + v + f.repeat(total - left);
    }

    static int fillChar(PyObject[] a, int i, String fname) {
        if (a.length <= i) return ' ';
        if (!(a[i] instanceof PyStr f)) throw Exc.type(fname + "() argument 2 must be str, not " + a[i].type.name);
        if (f.cpLength() != 1) throw Exc.type("The fill character must be exactly one character long");
        return f.value.codePointAt(0);
    }

    static boolean pred(String v, int kind) {
        if (v.isEmpty()) return false;
        boolean cased = false;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            switch (kind) {
                case 0: if (!Character.isLetterOrDigit(c) && !isNumericChar(c)) return false; break;
                case 1: if (!Character.isLetter(c)) return false; break;
                case 2: if (!UnicodeCase.isDecimal(c)) return false; break;
                case 3: if (!UnicodeCase.isDigit(c)) return false; break;
                case 4: if (!UnicodeCase.isNumeric(c)) return false; break;
                case 5: if (!isSpace(c)) return false; break;
                case 6: if (UnicodeCase.isUpper(c) || Character.isTitleCase(c)) return false; if (UnicodeCase.isLower(c)) cased = true; break;
                case 7: if (UnicodeCase.isLower(c) || Character.isTitleCase(c)) return false; if (UnicodeCase.isUpper(c)) cased = true; break;
                case 8: if (c > 127) return false; break;
                default: break;
            }
        }
        if (kind == 6 || kind == 7) return cased;
        return true;
    }

    static boolean isDigitChar(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || (t == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9 && c != 0xbd);
    }

    static boolean isNumericChar(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
                || (c >= 0x4e00 && "〇一二三四五六七八九十百千万億兆".indexOf(c) >= 0);
    }

    static String title(String v) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            if (prevCased) sb.append(UnicodeCase.lowerAt(v, i, c)); else sb.append(titleCase(c));
            i += Character.charCount(c);
            prevCased = UnicodeCase.isUpper(c) || UnicodeCase.isLower(c) || Character.isTitleCase(c);
        }
        return sb.toString();
    }

    // UnicodeCase, not Java's case mapping: TeaVM 0.15 has no multi-character mappings
    static String lower(int c) { return UnicodeCase.lower(c); }
    static String upper(int c) { return UnicodeCase.upper(c); }
    static String titleCase(int c) { return UnicodeCase.title(c); }

    static PyObject startsEnds(PyStr self, PyObject[] a, boolean ends) {
        String name = ends ? "endswith" : "startswith";
        if (a.length < 2) throw Exc.type(name + "() takes at least 1 argument (0 given)");
        int[] b = bounds(self, a, 2);
        if (b[0] > self.cpLength()) return T.FALSE;
        String v = self.value.substring(self.offset(Math.min(b[0], self.cpLength())), self.offset(Math.max(b[1], Math.min(b[0], self.cpLength()))));
        if (b[0] > b[1]) return T.FALSE;
        PyObject pre = a[1];
        if (pre instanceof PyTuple t) {
            for (PyObject x : t.items) {
                if (!(x instanceof PyStr xs)) throw Exc.type("tuple for " + name + " must only contain str, not " + x.type.name);
                if (ends ? v.endsWith(xs.value) : v.startsWith(xs.value)) return T.TRUE;
            }
            return T.FALSE;
        }
        if (!(pre instanceof PyStr ps)) throw Exc.type(name + " first arg must be str or a tuple of str, not " + pre.type.name);
        return PyBool.of(ends ? v.endsWith(ps.value) : v.startsWith(ps.value));
    }

    static PyObject strNew(PyObject[] a, PyStr[] kw) {
        PyObject[] p = Args.parse("str", a, kw, 1, new String[] { "object", "encoding", "errors" }, 0);
        PyType cls = (PyType) a[0];
        String v;
        if (p[0] == null) v = "";
        else if (p[1] == null && p[2] == null) {
            PyStr ps = Ops.str(p[0]);
            if (cls == T.STR && ps.type == T.STR) return ps;
            v = ps.value;
        }
        else {
            PyObject o = p[0];
            if (!(o instanceof PyBytes) && !(o instanceof PyMemoryView)) {
                if (o instanceof PyStr) throw Exc.type("decoding str is not supported");
                throw Exc.type("decoding to str: need a bytes-like object, " + o.type.name + " found");
            }
            v = Codecs.decode(BytesMethods.toBytes(o), p[1] == null ? "utf-8" : Args.str(p[1], "str", "'encoding'"),
                    p[2] == null ? "strict" : Args.str(p[2], "str", "'errors'"));
        }
        if (cls == T.STR) return new PyStr(v);
        PyStr r = new PyStr(cls, v);
        Runtime.initInstance(r, cls);
        return r;
    }

    static void install() {
        PyType t = T.STR;
        t.defNew(StrMethods::strNew);
        TypeMethods.commonSeq(t);
        t.def0("__str__", x -> x.str());
        t.def1("__add__", (x, o) -> o instanceof PyStr ? x.binop(Ops.ADD, o) : T.NotImplemented);
        t.def1("__mul__", (x, o) -> x.binop(Ops.MUL, o));
        t.def1("__rmul__", (x, o) -> x.rbinop(Ops.MUL, o));
        t.def1("__mod__", (x, o) -> x.binop(Ops.MOD, o));
        t.def1("__rmod__", (x, o) -> T.NotImplemented);
        t.def1("__format__", (x, spec) -> new PyStr(FormatSpec.formatStr(s(x), argStr(spec, "format"))));
        t.def0("__getnewargs__", x -> PyTuple.of(new PyStr(s(x))));
        t.def0("__sizeof__", x -> PyInt.of(49 + s(x).length()));
        t.defVarargs("find", 1, 3, (a, kw) -> PyInt.of(find((PyStr) a[0], a, false)));
        t.defVarargs("rfind", 1, 3, (a, kw) -> PyInt.of(find((PyStr) a[0], a, true)));
        t.defVarargs("index", 1, 3, (a, kw) -> {
            int r = find((PyStr) a[0], a, false);
            if (r < 0) throw Exc.value("substring not found");
            return PyInt.of(r);
        });
        t.defVarargs("rindex", 1, 3, (a, kw) -> {
            int r = find((PyStr) a[0], a, true);
            if (r < 0) throw Exc.value("substring not found");
            return PyInt.of(r);
        });
        t.defVarargs("count", 1, 3, (a, kw) -> {
            PyStr self = (PyStr) a[0];
            String sub = argStr(a[1], "count");
            int[] b = bounds(self, a, 2);
            if (b[0] > b[1] || b[0] > self.cpLength()) return PyInt.of(0);
            String v = self.value.substring(self.offset(b[0]), self.offset(b[1]));
            if (sub.isEmpty()) return PyInt.of(v.codePointCount(0, v.length()) + 1);
            int n = 0, i = 0;
            while ((i = v.indexOf(sub, i)) >= 0) { n++; i += sub.length(); }
            return PyInt.of(n);
        });
        t.defPositional("replace", 2, 3, (a, kw) -> {
            String v = s(a[0]), old = argStr(a[1], "replace", 1), nw = argStr(a[2], "replace", 2);
            long count = a.length < 4 ? -1 : Ops.index(a[3], null);
            return new PyStr(replace(v, old, nw, count));
        });
        t.def("split", (a, kw) -> {
            PyObject[] p = Args.parse("split", a, kw, 1, new String[] { "sep", "maxsplit" }, 0);
            return split(s(a[0]), p[0], p[1] == null ? -1 : Ops.index(p[1], null));
        });
        t.def("rsplit", (a, kw) -> {
            PyObject[] p = Args.parse("rsplit", a, kw, 1, new String[] { "sep", "maxsplit" }, 0);
            return rsplit(s(a[0]), p[0], p[1] == null ? -1 : Ops.index(p[1], null));
        });
        t.def("splitlines", (a, kw) -> {
            PyObject[] p = Args.parse("splitlines", a, kw, 1, new String[] { "keepends" }, 0);
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            String v = s(a[0]);
            PyList out = new PyList();
            int i = 0, n = v.length();
            while (i < n) {
                int j = i;
                while (j < n && !isLineBreak(v.charAt(j))) j++;
                int eol = j;
                if (j < n) {
                    if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') j += 2; else j++;
                }
                out.append(new PyStr(v.substring(i, keep ? j : eol)));
                i = j;
            }
            return out;
        });
        t.def1("join", (x, it) -> {
            String sep = s(x);
            PyObject[] items = Ops.toArray(it);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr)) {
                    throw Exc.type("sequence item " + i + ": expected str instance, " + items[i].type.name + " found");
                }
            }
            if (items.length == 1 && items[0].type == T.STR) return items[0];
            return new PyStr(join(sep, items, 0, items.length));
        });
        t.defPositional("strip", 0, 1, (a, kw) -> new PyStr(strip(s(a[0]), a.length > 1 ? a[1] : null, 0)));
        t.defPositional("lstrip", 0, 1, (a, kw) -> new PyStr(strip(s(a[0]), a.length > 1 ? a[1] : null, 1)));
        t.defPositional("rstrip", 0, 1, (a, kw) -> new PyStr(strip(s(a[0]), a.length > 1 ? a[1] : null, 2)));
        t.defVarargs("startswith", 1, 3, (a, kw) -> startsEnds((PyStr) a[0], a, false));
        t.defVarargs("endswith", 1, 3, (a, kw) -> startsEnds((PyStr) a[0], a, true));
        t.def0("upper", x -> new PyStr(UnicodeCase.upper(s(x))));
        t.def0("lower", x -> new PyStr(UnicodeCase.lower(s(x))));
        t.def0("casefold", x -> new PyStr(UnicodeCase.casefold(s(x))));
        t.def0("title", x -> new PyStr(title(s(x))));
        t.def0("capitalize", x -> {
            String v = s(x);
            if (v.isEmpty()) return x;
            int c = v.codePointAt(0);
            return new PyStr(titleCase(c) + UnicodeCase.lower(v.substring(Character.charCount(c))));
        });
        t.def0("swapcase", x -> {
            StringBuilder sb = new StringBuilder();
            String v = s(x);
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                int at = i;
                i += Character.charCount(c);
                if (UnicodeCase.isUpper(c)) sb.append(UnicodeCase.lowerAt(v, at, c));
                else if (UnicodeCase.isLower(c)) sb.append(upper(c));
                else sb.appendCodePoint(c);
            }
            return new PyStr(sb.toString());
        });
        t.defPositional("center", 1, 2, (a, kw) -> new PyStr(pad(s(a[0]), Ops.toInt(a[1]), fillChar(a, 2, "center"), 1)));
        t.defPositional("ljust", 1, 2, (a, kw) -> new PyStr(pad(s(a[0]), Ops.toInt(a[1]), fillChar(a, 2, "ljust"), 0)));
        t.defPositional("rjust", 1, 2, (a, kw) -> new PyStr(pad(s(a[0]), Ops.toInt(a[1]), fillChar(a, 2, "rjust"), 2)));
        t.def1("zfill", (x, w) -> {
            String v = s(x);
            int width = Ops.toInt(w);
            int n = v.codePointCount(0, v.length());
            if (width <= n) return new PyStr(v);
            String sign = "";
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) { sign = v.substring(0, 1); v = v.substring(1); }
            return new PyStr(sign + "0".repeat(width - n) + v);
        });
        t.def("expandtabs", (a, kw) -> {
            PyObject[] p = Args.parse("expandtabs", a, kw, 1, new String[] { "tabsize" }, 0);
            int ts = p[0] == null ? 8 : Ops.toInt(p[0]);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            String v = s(a[0]);
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\t') {
                    if (ts > 0) { int sp = ts - col % ts; sb.append(" ".repeat(sp)); col += sp; }
                } else if (c == '\n' || c == '\r') { sb.append(c); col = 0; }
                else { sb.append(c); col++; }
            }
            return new PyStr(sb.toString());
        });
        t.def1("partition", (x, sepO) -> {
            String v = s(x), sep = argStr(sepO, "partition");
            if (sep.isEmpty()) throw Exc.value("empty separator");
            int i = v.indexOf(sep);
            if (i < 0) return PyTuple.of(new PyStr(v), Intern.EMPTY, Intern.EMPTY);
            return PyTuple.of(new PyStr(v.substring(0, i)), new PyStr(sep), new PyStr(v.substring(i + sep.length())));
        });
        t.def1("rpartition", (x, sepO) -> {
            String v = s(x), sep = argStr(sepO, "rpartition");
            if (sep.isEmpty()) throw Exc.value("empty separator");
            int i = v.lastIndexOf(sep);
            if (i < 0) return PyTuple.of(Intern.EMPTY, Intern.EMPTY, new PyStr(v));
            return PyTuple.of(new PyStr(v.substring(0, i)), new PyStr(sep), new PyStr(v.substring(i + sep.length())));
        });
        String[] preds = { "isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper", "isascii" };
        for (int k = 0; k < preds.length; k++) {
            final int kind = k;
            t.def0(preds[k], x -> PyBool.of(kind == 8 && s(x).isEmpty() ? true : pred(s(x), kind)));
        }
        t.def0("istitle", x -> {
            String v = s(x);
            boolean cased = false, prevCased = false;
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                i += Character.charCount(c);
                if (UnicodeCase.isUpper(c) || Character.isTitleCase(c)) {
                    if (prevCased) return T.FALSE;
                    prevCased = true;
                    cased = true;
                } else if (UnicodeCase.isLower(c)) {
                    if (!prevCased) return T.FALSE;
                    prevCased = true;
                    cased = true;
                } else prevCased = false;
            }
            return PyBool.of(cased);
        });
        t.def0("isidentifier", x -> PyBool.of(isIdentifier(s(x))));
        t.def0("isprintable", x -> {
            String v = s(x);
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                i += Character.charCount(c);
                if (!PyStr.isPrintable(c)) return T.FALSE;
            }
            return T.TRUE;
        });
        t.def("format", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyObject[] pos = java.util.Arrays.copyOfRange(a, 1, a.length - nkw);
            PyDict kwd = new PyDict();
            for (int i = 0; i < nkw; i++) kwd.setItem(kw[i], a[a.length - nkw + i]);
            return new PyStr(StrFormat.format(s(a[0]), pos, kwd, 0));
        });
        t.def1("format_map", (x, m) -> new PyStr(StrFormat.format(s(x), new PyObject[0], m, 0)));
        t.def("encode", (a, kw) -> {
            PyObject[] p = Args.parse("encode", a, kw, 1, new String[] { "encoding", "errors" }, 0);
            return new PyBytes(Codecs.encode(s(a[0]), p[0] == null ? "utf-8" : Args.str(p[0], "encode", "'encoding'"),
                    p[1] == null ? "strict" : Args.str(p[1], "encode", "'errors'")));
        });
        t.def1("removeprefix", (x, p) -> { String v = s(x), q = argStr(p, "removeprefix"); return v.startsWith(q) ? new PyStr(v.substring(q.length())) : new PyStr(v); });
        t.def1("removesuffix", (x, p) -> { String v = s(x), q = argStr(p, "removesuffix"); return v.endsWith(q) && !q.isEmpty() ? new PyStr(v.substring(0, v.length() - q.length())) : new PyStr(v); });
        t.def1("translate", (x, table) -> {
            String v = s(x);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                i += Character.charCount(c);
                PyObject r;
                try {
                    r = Ops.getitem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (e.matches(Exc.LookupError)) { sb.appendCodePoint(c); continue; }
                    throw e;
                }
                if (r == T.None) continue;
                if (r instanceof PyInt ri) sb.appendCodePoint((int) ri.v);
                else if (r instanceof PyStr rs) sb.append(rs.value);
                else throw Exc.type("character mapping must return integer, None or str");
            }
            return new PyStr(sb.toString());
        });
        t.setAttrRaw("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", Fn.positional("str.maketrans", 1, 3, (a, kw) -> {
            PyDict d = new PyDict();
            if (a.length == 1) {
                if (!(a[0] instanceof PyDict src)) throw Exc.type("if you give only one argument to maketrans it must be a dict");
                for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                    PyObject k = src.keyAt(i);
                    if (k instanceof PyStr ks) {
                        if (ks.cpLength() != 1) throw Exc.value("string keys in translate table must be of length 1");
                        d.setItem(PyInt.of(ks.value.codePointAt(0)), src.valueAt(i));
                    } else d.setItem(k, src.valueAt(i));
                }
                return d;
            }
            argStr(a[1], "maketrans", 2);
            if (a.length > 2) argStr(a[2], "maketrans", 3);
            if (!(a[0] instanceof PyStr)) throw Exc.type("first maketrans argument must be a string if there is a second argument");
            int[] x = ((PyStr) a[0]).codePoints(), y = ((PyStr) a[1]).codePoints();
            if (x.length != y.length) throw Exc.value("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.length; i++) d.setItem(PyInt.of(x[i]), PyInt.of(y[i]));
            if (a.length > 2) for (int c : ((PyStr) a[2]).codePoints()) d.setItem(PyInt.of(c), T.None);
            return d;
        }))));
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty()) return false;
        int c0 = v.codePointAt(0);
        if (!(c0 == '_' || Character.isLetter(c0) || Character.getType(c0) == Character.LETTER_NUMBER)) return false;
        for (int i = Character.charCount(c0); i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (!(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                    || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.CONNECTOR_PUNCTUATION)) return false;
        }
        return true;
    }

    /**
     * The values of the PyStrs in items[from, to) with sep between them (str.join, and the
     * f-strings' BUILD_STRING with an empty sep): the length first, then one char[] filled with
     * getChars (an arraycopy), since TeaVM's StringBuilder copies a string in a char at a time.
     */
    static String join(String sep, PyObject[] items, int from, int to) {
        long total = (long) sep.length() * Math.max(0, to - from - 1);
        for (int i = from; i < to; i++) total += ((PyStr) items[i]).value.length();
        if (total > Integer.MAX_VALUE - 8) throw new OutOfMemoryError();
        char[] out = new char[(int) total];
        int at = 0;
        for (int i = from; i < to; i++) {
            if (i > from) { sep.getChars(0, sep.length(), out, at); at += sep.length(); }
            String v = ((PyStr) items[i]).value;
            v.getChars(0, v.length(), out, at);
            at += v.length();
        }
        return new String(out);
    }
}
