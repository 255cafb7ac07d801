package pyjama.python.runtime;

/**
 * Python source given as bytes (compile(), exec() and eval() of bytes): decoded as PEP 263 says.
 * A UTF-8 byte order mark, or a {@code coding[:=]NAME} comment on the first line (or the second,
 * after a first line that is blank or a comment), names the encoding; UTF-8 otherwise.
 */
final class SourceBytes {
    private SourceBytes() {}

    static String decode(byte[] b) {
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        String declared = null;
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < b.length && declared == null; line++) {
            int end = lineStart;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') end++;
            String text = latin1(b, lineStart, end);
            declared = codingOf(text);
            // only a comment or blank first line lets the second declare the encoding
            String stripped = text.strip();
            if (declared != null || !(stripped.isEmpty() || stripped.startsWith("#"))) break;
            lineStart = end < b.length && b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n' ? end + 2 : end + 1;
        }
        String encoding = "utf-8";
        if (declared != null) {
            try {
                Codecs.decode(new byte[0], declared, "strict");
            } catch (PyException e) {
                if (e.matches(Exc.LookupError)) throw syntax("unknown encoding: " + declared);
                throw e;
            }
            if (bom && !Codecs.norm(declared).equals("utf_8")) throw syntax("encoding problem: " + declared + " with BOM");
            encoding = declared;
        }
        byte[] body = b;
        if (bom) {
            body = new byte[b.length - 3];
            System.arraycopy(b, 3, body, 0, body.length);
        }
        try {
            return Codecs.decode(body, encoding, "strict");
        } catch (PyException e) {
            if (!e.matches(Exc.UnicodeDecodeError)) throw e;
            throw syntax("(unicode error) " + Ops.str(e.exc).value);
        }
    }

    /** The NAME of {@code #...coding[:=] NAME} in a line, or null. */
    private static String codingOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) i++;
        if (i >= line.length() || line.charAt(i) != '#') return null;
        int at = line.indexOf("coding", i);
        while (at >= 0) {
            int j = at + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) j++;
                int k = j;
                while (k < line.length() && isNameChar(line.charAt(k))) k++;
                if (k > j) return line.substring(j, k);
            }
            at = line.indexOf("coding", at + 1);
        }
        return null;
    }

    /** ASCII only: Character.isLetterOrDigit would load TeaVM's Unicode tables on metal. */
    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
    }

    private static String latin1(byte[] b, int from, int to) {
        char[] c = new char[to - from];
        for (int i = from; i < to; i++) c[i - from] = (char) (b[i] & 0xff);
        return new String(c);
    }

    private static PyException syntax(String msg) {
        PyException e = Exc.make(Exc.SyntaxError, msg);
        e.exc.dict.setStr("msg", new PyStr(msg));
        return e;
    }
}
