package pyjama.python.runtime;

import java.util.IdentityHashMap;

import pyjama.python.ast.Expr;
import pyjama.python.ast.Mod;
import pyjama.python.parser.Parser;

/** CPython 3.12's traceback format, including chained exceptions and the caret lines. */
public final class Traceback {
    private Traceback() {}

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatChain(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    static void formatChain(PyBaseException e, StringBuilder sb, IdentityHashMap<PyObject, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            formatChain(c, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
            formatChain(c, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(e, sb);
    }

    static void formatOne(PyBaseException e, StringBuilder sb) {
        if (e.traceback != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(e.traceback, sb);
        }
        sb.append(formatExceptionOnly(e));
    }

    static void formatEntries(PyTraceback tb, StringBuilder sb) {
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            PyCode co = t.frame.code;
            String file = co.filename, name = co.name;
            int line = t.lineno;
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                count++;
                if (count >= 3) continue;
            } else {
                if (count >= 3) appendRepeated(sb, count - 2);
                count = 0;
                lastFile = file;
                lastLine = line;
                lastName = name;
            }
            sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
            String src = Linecache.line(file, line);
            if (src != null) {
                String stripped = src.strip();
                if (!stripped.isEmpty()) {
                    sb.append("    ").append(stripped).append('\n');
                    String carets = carets(co, t.lasti, line, src);
                    if (carets != null) sb.append(carets);
                }
            }
        }
        if (count >= 3) appendRepeated(sb, count - 2);
    }

    static void appendRepeated(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n == 1 ? "" : "s").append("]\n");
    }

    /** The caret line under the failing expression, or null when it would cover the whole line. */
    static String carets(PyCode co, int lasti, int line, String src) {
        int i = lasti >> 1;
        if (co.cols == null || i < 0 || i >= co.cols.length) return null;
        if (co.lines[i] != line) return null;
        int col = co.cols[i], endLine = co.endLines[i], endCol = co.endCols[i];
        int[] cps = src.codePoints().toArray();
        if (endLine != line) endCol = cps.length;
        // trailing whitespace of a multi-line segment's first line is not underlined
        while (endLine != line && endCol > col && Character.isWhitespace(cps[endCol - 1])) endCol--;
        if (col < 0 || endCol > cps.length || col >= endCol) return null;
        int indent = 0;
        while (indent < cps.length && (cps[indent] == ' ' || cps[indent] == '\t')) indent++;
        int lineEnd = cps.length;
        while (lineEnd > indent && Character.isWhitespace(cps[lineEnd - 1])) lineEnd--;
        if (col <= indent && endCol >= lineEnd) return null;
        String segment = new String(cps, col, endCol - col);
        char[] marks = new char[endCol - col];
        java.util.Arrays.fill(marks, '^');
        if (endLine == line) anchors(segment, marks);
        StringBuilder sb = new StringBuilder("    ");
        for (int k = indent; k < col; k++) sb.append(' ');
        sb.append(marks);
        return sb.append('\n').toString();
    }

    /** BinOp: ~ under the operands, ^ under the operator; Subscript: ~ under the value, ^ under [..]. */
    static void anchors(String segment, char[] marks) {
        Mod m;
        try {
            m = Parser.parse("(\n" + segment + "\n)", "<segment>", "eval");
        } catch (RuntimeException ex) {
            return;
        }
        if (!(m instanceof Mod.Expression ex)) return;
        Expr e = ex.body();
        if (e instanceof Expr.BinOp b) {
            int le = b.left().pos().endLine() == 2 ? b.left().pos().endCol() : -1;
            int rs = b.right().pos().line() == 2 ? b.right().pos().col() : -1;
            if (le < 0 || rs < 0) return;
            int[] cps = segment.codePoints().toArray();
            int opStart = le;
            while (opStart < rs && (Character.isWhitespace(cps[opStart]) || cps[opStart] == ')')) opStart++;
            int opEnd = opStart + b.op().symbol.length();
            for (int k = 0; k < marks.length; k++) marks[k] = (k >= opStart && k < opEnd) ? '^' : '~';
        } else if (e instanceof Expr.Subscript s) {
            int ve = s.value().pos().endLine() == 2 ? s.value().pos().endCol() : -1;
            if (ve < 0) return;
            for (int k = 0; k < marks.length; k++) marks[k] = k < ve ? '~' : '^';
        }
    }

    public static String formatExceptionOnly(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        PyType t = e.type;
        String mod = t.moduleName();
        String tn = mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.qualname : mod + "." + t.qualname;
        if (t.isSubtype(Exc.SyntaxError)) {
            PyObject fn = e.dict.getStr("filename"), ln = e.dict.getStr("lineno"), text = e.dict.getStr("text");
            PyObject off = e.dict.getStr("offset"), endOff = e.dict.getStr("end_offset"), endLn = e.dict.getStr("end_lineno");
            if (ln instanceof PyInt lni) {
                sb.append("  File \"").append(fn instanceof PyStr fs ? fs.value : "<string>").append("\", line ").append(lni.v).append('\n');
                if (text instanceof PyStr ts) {
                    String raw = ts.value;
                    String rs = raw.replaceAll("[\\r\\n]+$", "");
                    String ls = rs.stripLeading();
                    int removed = rs.length() - ls.length();
                    sb.append("    ").append(ls.stripTrailing()).append('\n');
                    if (off instanceof PyInt oi && oi.v > 0) {
                        long start = oi.v - 1 - removed;
                        long end = endOff instanceof PyInt ei && (endLn == null || endLn == T.None || !(endLn instanceof PyInt eli) || eli.v == lni.v) && ei.v > oi.v ? ei.v - 1 - removed : start + 1;
                        if (end > ls.stripTrailing().length() && start < ls.stripTrailing().length()) end = Math.max(start + 1, ls.stripTrailing().length());
                        if (start < 0) start = 0;
                        sb.append("    ");
                        for (long k = 0; k < start; k++) sb.append(ls.charAt((int) k) == '\t' ? '\t' : ' ');
                        for (long k = start; k < end; k++) sb.append('^');
                        sb.append('\n');
                    }
                }
            }
            PyObject msg = e.dict.getStr("msg");
            sb.append(tn).append(": ").append(msg instanceof PyStr ms ? ms.value : Ops.str(e).value).append('\n');
        } else {
            String s;
            try {
                s = Ops.str(e).value;
            } catch (PyException x) {
                s = "<exception str() failed>";
            }
            if (s.isEmpty()) sb.append(tn);
            else sb.append(tn).append(": ").append(s);
            String suggestion = Suggestions.trailer(e);
            if (suggestion != null) sb.append(suggestion);
            sb.append('\n');
        }
        PyObject notes = e.dict == null ? null : e.dict.getStr(S.__notes__);
        if (notes instanceof PyList nl) {
            for (int i = 0; i < nl.size; i++) {
                PyObject n = nl.items[i];
                sb.append(n instanceof PyStr ns ? ns.value : Ops.repr(n).value).append('\n');
            }
        }
        return sb.toString();
    }
}
