package pyjama.python.runtime;

/** printf-style '%' formatting (str and bytes) and str.format / format_map. */
public final class StrFormat {
    private StrFormat() {}

    public static PyObject percent(PyStr fmt, PyObject args) {
        return new PyStr(percentImpl(fmt.value, args, false));
    }

    public static PyObject percentBytes(PyBytes fmt, PyObject args) {
        String f = BytesMethods.latin1(fmt.toArray());
        return fmt.make(BytesMethods.latin1Bytes(percentImpl(f, args, true)));
    }

    static String percentImpl(String f, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) items = t.items;
        else {
            items = new PyObject[] { args };
            if (Matcher.isMapping(args) && !(args instanceof PyTuple) && !(args instanceof PyStr)) mapping = args;
        }
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int n = f.length();
        boolean usedMapping = false;
        for (int i = 0; i < n; i++) {
            char c = f.charAt(i);
            if (c != '%') { sb.append(c); continue; }
            i++;
            if (i >= n) throw Exc.value("incomplete format");
            PyObject arg = null;
            if (f.charAt(i) == '(') {
                if (mapping == null) throw Exc.type("format requires a mapping");
                int depth = 1, st = i + 1;
                i++;
                while (i < n && depth > 0) { if (f.charAt(i) == '(') depth++; else if (f.charAt(i) == ')') depth--; i++; }
                if (depth > 0) throw Exc.value("incomplete format key");
                String key = f.substring(st, i - 1);
                arg = Ops.getitem(mapping, bytes ? PyBytes.fromLatin1(key) : new PyStr(key));
                usedMapping = true;
            }
            FormatSpec spec = new FormatSpec();
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            while (i < n) {
                char fl = f.charAt(i);
                if (fl == '-') left = true;
                else if (fl == '+') plus = true;
                else if (fl == ' ') space = true;
                else if (fl == '#') alt = true;
                else if (fl == '0') zero = true;
                else break;
                i++;
            }
            int width = -1, prec = -1;
            if (i < n && f.charAt(i) == '*') {
                if (ai >= items.length) throw Exc.type("not enough arguments for format string");
                width = Ops.toInt(items[ai++]);
                if (width < 0) { left = true; width = -width; }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(f.charAt(i))) i++;
                if (i > st) width = Integer.parseInt(f.substring(st, i));
            }
            if (i < n && f.charAt(i) == '.') {
                i++;
                if (i < n && f.charAt(i) == '*') {
                    if (ai >= items.length) throw Exc.type("not enough arguments for format string");
                    prec = Ops.toInt(items[ai++]);
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(f.charAt(i))) i++;
                    prec = i > st ? Integer.parseInt(f.substring(st, i)) : 0;
                }
            }
            while (i < n && (f.charAt(i) == 'l' || f.charAt(i) == 'h' || f.charAt(i) == 'L')) i++;
            if (i >= n) throw Exc.value("incomplete format");
            char conv = f.charAt(i);
            if (conv == '%') { sb.append('%'); continue; }
            if (arg == null) {
                if (ai >= items.length) throw Exc.type("not enough arguments for format string");
                arg = items[ai++];
            }
            String body;
            boolean numeric = false, neg = false;
            switch (conv) {
                case 's':
                    if (bytes) body = BytesMethods.latin1(BytesMethods.toBytesForPercent(arg));
                    else body = Ops.str(arg).value;
                    if (prec >= 0 && body.length() > prec) body = body.substring(0, prec);
                    break;
                case 'b':
                    body = BytesMethods.latin1(BytesMethods.toBytesForPercent(arg));
                    if (prec >= 0 && body.length() > prec) body = body.substring(0, prec);
                    break;
                case 'r': case 'a':
                    body = conv == 'a' || bytes ? Builtins.ascii(Ops.repr(arg).value) : Ops.repr(arg).value;
                    if (prec >= 0 && body.length() > prec) body = body.substring(0, prec);
                    break;
                case 'c':
                    if (bytes && arg instanceof PyBytes cb) {
                        if (cb.len != 1) throw Exc.type("%c requires an integer in range(256) or a single byte");
                        body = String.valueOf((char) (cb.bytes[0] & 0xff));
                    } else if (bytes && arg instanceof PyInt bi) {
                        long v = bi.asLong();
                        if (v < 0 || v > 255) throw Exc.overflow("%c arg not in range(256)");
                        body = String.valueOf((char) v);
                    } else if (arg instanceof PyStr cs) {
                        if (cs.cpLength() != 1) throw Exc.type("%c requires an int or a unicode character, not a string of length " + cs.cpLength());
                        body = cs.value;
                    } else if (arg instanceof PyInt ci) {
                        long v = ci.asLong();
                        if (v < 0 || v > 0x10ffff) throw Exc.overflow("%c arg not in range(0x110000)");
                        body = new String(Character.toChars((int) v));
                    } else throw Exc.type("%c requires an int or a unicode character, not " + arg.type.name);
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
                    numeric = true;
                    PyInt iv;
                    if (arg instanceof PyInt ii) iv = ii;
                    else if (arg instanceof PyFloat fv && (conv == 'd' || conv == 'i' || conv == 'u')) iv = (PyInt) TypeMethods.floatToInt(fv.v);
                    else if (Ops.hasIndex(arg)) iv = (PyInt) Ops.indexObject(arg, null);
                    else {
                        PyObject ia = arg.type.lookup(S.__int__);
                        if (ia != null && (conv == 'd' || conv == 'i' || conv == 'u')) iv = (PyInt) Ops.callMethod(ia, arg);
                        else if (conv == 'x' || conv == 'X' || conv == 'o') throw Exc.type("%" + conv + " format: an integer is required, not " + arg.type.name);
                        else throw Exc.type("%" + conv + " format: a real number is required, not " + arg.type.name);
                    }
                    java.math.BigInteger b = iv.toBig();
                    neg = b.signum() < 0;
                    b = b.abs();
                    if (conv == 'x') body = b.toString(16);
                    else if (conv == 'X') body = b.toString(16).toUpperCase();
                    else if (conv == 'o') body = b.toString(8);
                    else body = b.toString();
                    if (prec >= 0) while (body.length() < prec) body = "0" + body;
                    if (alt && conv == 'x') body = "0x" + body;
                    if (alt && conv == 'X') body = "0X" + body;
                    if (alt && conv == 'o') body = "0o" + body;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    numeric = true;
                    double d;
                    if (arg instanceof PyFloat fv) d = fv.v;
                    else if (arg instanceof PyInt ii) d = ii.toDouble();
                    else {
                        PyObject fl = arg.type.lookup(S.__float__);
                        if (fl == null) throw Exc.type("must be real number, not " + arg.type.name);
                        d = ((PyFloat) Ops.callMethod(fl, arg)).v;
                    }
                    neg = d < 0 || (d == 0 && 1 / d < 0);
                    int p = prec < 0 ? 6 : prec;
                    if (Double.isNaN(d)) { body = "nan"; neg = false; }
                    else if (Double.isInfinite(d)) body = "inf";
                    else if (conv == 'e' || conv == 'E') body = FloatFormat.exponent(d, p, alt);
                    else if (conv == 'f' || conv == 'F') { body = FloatFormat.fixed(d, p); if (alt && p == 0) body += "."; }
                    else body = FloatFormat.general(d, p, alt);
                    if (Character.isUpperCase(conv)) body = body.toUpperCase();
                    break;
                }
                default:
                    throw Exc.value("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ") at index " + i);
            }
            String sign = "";
            if (numeric) sign = neg ? "-" : plus ? "+" : space ? " " : "";
            int total = sign.length() + body.length();
            if (width > total) {
                int pad = width - total;
                if (left) body = sign + body + " ".repeat(pad);
                else if (zero && numeric) {
                    String prefix = "";
                    if (alt && (body.startsWith("0x") || body.startsWith("0X") || body.startsWith("0o"))) { prefix = body.substring(0, 2); body = body.substring(2); }
                    body = sign + prefix + "0".repeat(pad) + body;
                } else body = " ".repeat(pad) + sign + body;
            } else {
                body = sign + body;
            }
            sb.append(body);
        }
        if (ai < items.length && !usedMapping && mapping == null) {
            throw Exc.type("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return sb.toString();
    }

    // ---- str.format -------------------------------------------------------------------------------

    static final class AutoNumber { int next; boolean manual, auto; }

    public static String format(String fmt, PyObject[] args, PyObject kwargs, int depth) {
        return formatImpl(fmt, args, kwargs, depth, new AutoNumber());
    }

    static String formatImpl(String fmt, PyObject[] args, PyObject kwargs, int depth, AutoNumber an) {
        if (depth > 2) throw Exc.value("Max string recursion exceeded");
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') { sb.append('{'); i++; continue; }
                int d = 1, j = i + 1;
                while (j < n && d > 0) {
                    char cj = fmt.charAt(j);
                    if (cj == '{') d++;
                    else if (cj == '}') d--;
                    if (d > 0) j++;
                }
                if (j >= n) throw Exc.value(i + 1 == n ? "Single '{' encountered in format string" : "expected '}' before end of string");
                String field = fmt.substring(i + 1, j);
                sb.append(formatField(field, args, kwargs, depth, an));
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') { sb.append('}'); i++; continue; }
                throw Exc.value("Single '}' encountered in format string");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String formatField(String field, PyObject[] args, PyObject kwargs, int depth, AutoNumber an) {
        // field_name [! conversion] [: format_spec]
        int colon = -1, bang = -1;
        int bracket = 0;
        for (int k = 0; k < field.length(); k++) {
            char ch = field.charAt(k);
            if (ch == '[') bracket++;
            else if (ch == ']') bracket--;
            else if (bracket == 0 && ch == '!' && bang < 0 && colon < 0) bang = k;
            else if (bracket == 0 && ch == ':' ) { colon = k; break; }
        }
        String name = field.substring(0, bang >= 0 ? bang : colon >= 0 ? colon : field.length());
        String conv = bang >= 0 ? field.substring(bang + 1, colon >= 0 ? colon : field.length()) : null;
        String spec = colon >= 0 ? field.substring(colon + 1) : "";
        // first part of name
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject obj;
        if (first.isEmpty()) {
            if (an.manual) throw Exc.value("cannot switch from manual field specification to automatic field numbering");
            an.auto = true;
            int idx = an.next++;
            if (idx >= args.length) throw Exc.index("Replacement index " + idx + " out of range for positional args tuple");
            obj = args[idx];
        } else if (isDigits(first)) {
            if (an.auto) throw Exc.value("cannot switch from automatic field numbering to manual field specification");
            an.manual = true;
            int idx = Integer.parseInt(first);
            if (idx >= args.length) throw Exc.index("Replacement index " + idx + " out of range for positional args tuple");
            obj = args[idx];
        } else {
            if (kwargs == null) throw Exc.keyError(new PyStr(first));
            obj = Ops.getitem(kwargs, new PyStr(first));
        }
        while (k < name.length()) {
            char ch = name.charAt(k);
            if (ch == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                obj = Ops.getattr(obj, PyStr.intern(name.substring(k + 1, e)));
                k = e;
            } else if (ch == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) throw Exc.value("expected '}' before end of string");
                String key = name.substring(k + 1, e);
                obj = Ops.getitem(obj, isDigits(key) ? PyInt.of(Long.parseLong(key)) : new PyStr(key));
                k = e + 1;
            } else {
                throw Exc.value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        if (spec.indexOf('{') >= 0) spec = formatImpl(spec, args, kwargs, depth + 1, an);
        if (conv != null) {
            if (conv.equals("r")) obj = Ops.repr(obj);
            else if (conv.equals("s")) obj = Ops.str(obj);
            else if (conv.equals("a")) obj = new PyStr(Builtins.ascii(Ops.repr(obj).value));
            else if (conv.isEmpty()) throw Exc.value("end of string while looking for conversion specifier");
            else throw Exc.value("Unknown conversion specifier " + conv);
        }
        return Ops.format(obj, new PyStr(spec)).value;
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
