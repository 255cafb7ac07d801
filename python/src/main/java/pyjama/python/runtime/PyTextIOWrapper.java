package pyjama.python.runtime;

import java.io.ByteArrayOutputStream;

/**
 * {@code _io.TextIOWrapper}: text over a binary buffer. Reading decodes the buffer chunk by
 * chunk ({@link TextDecoder}) into {@code decoded}, served from {@code decodedPos}; writing
 * encodes into {@code pending} (handed to the buffer at 8 KiB, on flush, and before anything
 * that reads or moves).
 *
 * <p>tell()/seek() cookies are CPython's: usually the byte position, but when the position
 * falls where CPython's decoder holds state (after a CR whose LF is not yet seen in universal
 * newline mode, or inside a character) the cookie also packs the decoder flags, bytes to feed
 * and chars to skip, and {@link #tell} finds them by CPython's own procedure: replaying the
 * chunk's bytes one by one from its start, remembering the last point where the decoder held
 * no bytes ({@link #cookieFor}). So printed cookies and seeks to them agree with CPython.
 */
final class PyTextIOWrapper extends PyObject implements OpenFiles.Pending {
    static final PyType TYPE = IoModule.type("TextIOWrapper", IoModule.TEXT_IO_BASE);
    static final int CHUNK_SIZE = 8192;

    final Runtime rt;
    private BinaryStream buffer;
    String encoding;
    String errors;
    /** null (universal, translated), "" (universal, untranslated), "\n", "\r" or "\r\n". */
    String newline;
    boolean lineBuffering, writeThrough;
    private boolean seekable, telling, readable, writable;
    private TextDecoder decoder;
    private String codec;

    private String decoded = "";
    private int decodedPos;
    /** Undecoded bytes: an incomplete character or a CR waiting for its LF. */
    private byte[] tail = new byte[0];
    /** Byte position of the start of the input the current chunk was decoded from; -1 if unknown. */
    private long chunkStart = -1;
    /**
     * CPython's snapshot of the current chunk, for tell(): the decoder flags before it (1: a CR
     * from the previous chunk is pending), the bytes it was decoded from (bytes the decoder held,
     * then what was read) and their position; and the chunk's bytes-per-char ratio.
     */
    private int snapFlags;
    private byte[] snapInput = new byte[0];
    private long snapPos;
    private double b2cratio;
    private boolean heldCrBefore;
    private boolean haveChunk;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    PyTextIOWrapper(Runtime rt, PyType type) {
        super(type);
        this.rt = rt;
        this.dict = new PyDict();
    }

    static PyTextIOWrapper create(Runtime rt, PyType cls, PyObject bufferObj, PyObject enc, PyObject errs,
                                  PyObject nl, boolean lineBuffering, boolean writeThrough) {
        PyTextIOWrapper w = new PyTextIOWrapper(rt, cls);
        Runtime.initInstance(w, cls);
        String e = optStr(enc, "encoding"), er = optStr(errs, "errors");
        String n = optStr(nl, "newline");
        if (n != null && !n.isEmpty() && !n.equals("\n") && !n.equals("\r") && !n.equals("\r\n")) {
            throw Exc.value("illegal newline value: " + n);
        }
        if (e == null || e.equals("locale")) e = "utf-8";
        String codec = TextDecoder.supported(e);
        if (codec == null) throw Exc.make(Exc.LookupError, "unknown encoding: " + e);
        w.buffer = BinaryStream.of(bufferObj);
        w.encoding = e;
        w.codec = codec;
        w.errors = er == null ? "strict" : er;
        w.newline = n;
        w.lineBuffering = lineBuffering;
        w.writeThrough = writeThrough;
        w.readable = w.buffer.readable();
        w.writable = w.buffer.writable();
        w.seekable = w.telling = w.buffer.seekable();
        w.decoder = new TextDecoder(codec, w.errors, n == null, n == null || n.isEmpty());
        return w;
    }

    /** The error TextIOWrapper(encoding=..., newline=...) would raise, or null (nothing thrown). */
    static PyException checkArgs(String encoding, String newline) {
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            return Exc.value("illegal newline value: " + newline);
        }
        if (encoding != null && !encoding.equals("locale") && TextDecoder.supported(encoding) == null) {
            return Exc.make(Exc.LookupError, "unknown encoding: " + encoding);
        }
        return null;
    }

    private static String optStr(PyObject o, String what) {
        if (o == null || o == T.None) return null;
        if (o instanceof PyStr s) return s.value;
        throw Exc.type("TextIOWrapper() argument '" + what + "' must be str or None, not " + o.type.name);
    }

    private BinaryStream buffer() {
        if (buffer == null) throw Exc.value("underlying buffer has been detached");
        return buffer;
    }

    void checkClosed() {
        if (buffer().closed()) throw Exc.value("I/O operation on closed file.");
    }

    private void checkReadable() {
        checkClosed();
        if (!readable) throw IoModule.unsupported("not readable");
        writePending();
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Decodes the next chunk into {@code decoded}; false at end of file with nothing decoded. */
    private boolean readChunk() {
        BinaryStream b = buffer();
        long before = -1;
        if (seekable) {
            before = b.tell() - tail.length;
        }
        heldCrBefore = tail.length == 1 && tail[0] == '\r';
        byte[] data = b.read1(CHUNK_SIZE);
        boolean eof = data.length == 0;
        byte[] input;
        if (tail.length == 0) input = data;
        else {
            input = new byte[tail.length + data.length];
            System.arraycopy(tail, 0, input, 0, tail.length);
            System.arraycopy(data, 0, input, tail.length, data.length);
        }
        StringBuilder sb = new StringBuilder(input.length);
        int used = decoder.decode(input, 0, input.length, eof, sb);
        tail = used == input.length ? new byte[0] : java.util.Arrays.copyOfRange(input, used, input.length);
        setSnapshot(input, before);
        decoded = sb.toString();
        decodedPos = 0;
        int nchars = decoded.codePointCount(0, decoded.length());
        b2cratio = nchars > 0 ? (double) data.length / nchars : 0.0;
        return !eof || !decoded.isEmpty();
    }

    /** input was decoded from position pos; a CR we held in front of it is CPython's pending-CR flag. */
    private void setSnapshot(byte[] input, long pos) {
        boolean heldCr = decoder.holdsCr && input.length > 0 && input[0] == '\r' && heldCrBefore;
        snapFlags = heldCr ? 1 : 0;
        snapInput = heldCr ? java.util.Arrays.copyOfRange(input, 1, input.length) : input;
        snapPos = pos + (heldCr ? 1 : 0);
        chunkStart = pos;
        haveChunk = true;
    }

    private void forgetChunk() {
        decoded = "";
        decodedPos = 0;
        tail = new byte[0];
        haveChunk = false;
    }

    String read(long n) {
        checkReadable();
        if (n < 0) {
            StringBuilder sb = new StringBuilder(decoded.substring(decodedPos));
            byte[] rest = buffer().read(-1);
            byte[] input = rest;
            if (tail.length > 0) {
                input = new byte[tail.length + rest.length];
                System.arraycopy(tail, 0, input, 0, tail.length);
                System.arraycopy(rest, 0, input, tail.length, rest.length);
            }
            decoder.decode(input, 0, input.length, true, sb);
            forgetChunk();
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        long left = n;
        while (left > 0) {
            if (decodedPos >= decoded.length() && !readChunk()) break;
            int avail = decoded.length() - decodedPos;
            if (avail == 0) continue;
            int end;
            if (left >= avail) end = decoded.length();
            else end = decoded.offsetByCodePoints(decodedPos, (int) left);
            left -= decoded.codePointCount(decodedPos, end);
            sb.append(decoded, decodedPos, end);
            decodedPos = end;
        }
        return sb.toString();
    }

    /** Index just past the first line ending at or after from, or -1. */
    private int lineEnd(String s, int from) {
        int n = s.length();
        if (newline == null || newline.equals("\n")) {
            int i = s.indexOf('\n', from);
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r")) {
            int i = s.indexOf('\r', from);
            return i < 0 ? -1 : i + 1;
        }
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' && newline.isEmpty()) return i + 1;
            if (c == '\r') {
                // the decoder never ends a chunk with a CR unless the file ends there
                if (i + 1 < n && s.charAt(i + 1) == '\n') return i + 2;
                if (newline.isEmpty()) return i + 1;
            }
        }
        return -1;
    }

    String readline(long limit) {
        checkReadable();
        StringBuilder sb = null;
        long have = 0;
        while (true) {
            if (decodedPos >= decoded.length() && !readChunk()) break;
            if (decodedPos >= decoded.length()) continue;
            int end = lineEnd(decoded, decodedPos);
            boolean found = end >= 0;
            if (!found) end = decoded.length();
            if (limit >= 0) {
                long cps = decoded.codePointCount(decodedPos, end);
                if (have + cps >= limit) {
                    end = decoded.offsetByCodePoints(decodedPos, (int) (limit - have));
                    found = true;
                }
            }
            if (sb != null && !found && newline != null && newline.equals("\r\n") && sb.length() > 0
                    && sb.charAt(sb.length() - 1) == '\r' && decoded.charAt(decodedPos) == '\n') {
                // a CRLF split between two chunks
                end = decodedPos + 1;
                found = true;
            }
            if (sb == null && found) {
                String line = decoded.substring(decodedPos, end);
                decodedPos = end;
                return line;
            }
            if (sb == null) sb = new StringBuilder();
            have += decoded.codePointCount(decodedPos, end);
            sb.append(decoded, decodedPos, end);
            decodedPos = end;
            if (found) break;
        }
        return sb == null ? "" : sb.toString();
    }

    // ---- writing ------------------------------------------------------------------------------

    int write(PyObject o) {
        checkClosed();
        if (!writable) throw IoModule.unsupported("not writable");
        if (!(o instanceof PyStr ps)) throw Exc.type("write() argument must be str, not " + o.type.name);
        String text = ps.value;
        boolean hasLf = text.indexOf('\n') >= 0;
        if (hasLf && newline != null && !newline.isEmpty() && !newline.equals("\n")) text = text.replace("\n", newline);
        boolean flushNow = lineBuffering && (hasLf || text.indexOf('\r') >= 0);
        byte[] bytes = Codecs.encode(text, codec, errors);
        if (haveChunk || decoded.length() > 0) forgetChunk(); // as CPython: read-ahead is dropped, not rewound
        pending.write(bytes, 0, bytes.length);
        if (pending.size() > 0) rt.files.dirty(this);
        if (writeThrough || flushNow || pending.size() >= CHUNK_SIZE) writePending();
        if (flushNow) buffer().flush();
        return ps.cpLength();
    }

    private void writePending() {
        if (pending.size() == 0) return;
        byte[] b = pending.toByteArray();
        pending.reset();
        rt.files.clean(this);
        BinaryStream out = buffer();
        int off = 0;
        while (off < b.length) {
            int n = out.write(b, off, b.length - off);
            if (n <= 0) break;
            off += n;
        }
    }

    @Override public void flushPending() {
        if (buffer == null || buffer.closed()) return;
        writePending();
        buffer.flush();
    }

    void flush() {
        checkClosed();
        telling = seekable;
        writePending();
        buffer().flush();
    }

    // ---- positioning --------------------------------------------------------------------------

    PyObject tell() {
        checkClosed();
        if (!seekable) throw IoModule.unsupported("underlying stream is not seekable");
        if (!telling) throw Exc.make(Exc.OSError, "telling position disabled by next() call");
        writePending();
        buffer().flush();
        if (!haveChunk || chunkStart < 0) return PyInt.of(buffer().tell());
        return cookieFor(decoded.codePointCount(0, decodedPos));
    }

    /**
     * A decoder in CPython's terms, for tell(): its state is (buffered bytes, flags) where
     * flags is 1 while a CR waits for its LF (universal newlines). Ours keeps such a CR as a
     * held byte; {@link #bufferLength} and {@link #flags} translate.
     */
    private final class Replay {
        final TextDecoder d = new TextDecoder(decoder.encoding, errors, decoder.translate, decoder.universal);
        byte[] held = new byte[0];
        final StringBuilder sb = new StringBuilder();

        void setstate(int flags) { held = (flags & 1) != 0 ? new byte[] { '\r' } : new byte[0]; }

        /** Decodes in[off, off+len) after what is held; returns the code points produced. */
        int decode(byte[] in, int off, int len, boolean fin) {
            byte[] input = java.util.Arrays.copyOf(held, held.length + len);
            System.arraycopy(in, off, input, held.length, len);
            sb.setLength(0);
            int used = d.decode(input, 0, input.length, fin, sb);
            held = java.util.Arrays.copyOfRange(input, used, input.length);
            return sb.codePointCount(0, sb.length());
        }

        boolean heldCr() { return d.holdsCr && held.length == 1 && held[0] == '\r'; }

        int bufferLength() { return heldCr() ? 0 : held.length; }

        int flags() { return heldCr() ? 1 : 0; }
    }

    /**
     * CPython's textiowrapper_tell (Modules/_io/textio.c), step for step, from the snapshot of
     * the current chunk: a first guess of how many bytes hold the chars consumed (the chunk's
     * bytes-per-char ratio, backing off when the guess is too far or splits a character), then
     * byte by byte to the last point where the decoder holds no bytes.
     */
    private PyObject cookieFor(int charsUsed) {
        long startPos = snapPos;
        int decFlags = snapFlags;
        byte[] input = snapInput;
        if (charsUsed == 0) return cookie(startPos, decFlags, 0, false, 0);
        int toSkip = charsUsed;
        Replay r = new Replay();
        int skipBytes = (int) (b2cratio * toSkip);
        int skipBack = 1;
        while (skipBytes > 0) {
            r.setstate(decFlags);
            int n = r.decode(input, 0, Math.min(skipBytes, input.length), false);
            if (n <= toSkip) {
                if (r.bufferLength() == 0) {
                    decFlags = r.flags();
                    toSkip -= n;
                    break;
                }
                skipBytes -= r.bufferLength();
                skipBack = 1;
            } else {
                skipBytes -= skipBack;
                skipBack *= 2;
            }
        }
        if (skipBytes <= 0) {
            skipBytes = 0;
            r.setstate(decFlags);
        }
        startPos += skipBytes;
        if (toSkip == 0) return cookie(startPos, decFlags, 0, false, 0);
        int charsDecoded = 0, bytesToFeed = 0;
        boolean needEof = false;
        int i = skipBytes;
        for (; i < input.length; i++) {
            charsDecoded += r.decode(input, i, 1, false);
            bytesToFeed++;
            if (r.bufferLength() == 0 && charsDecoded <= toSkip) {
                startPos += bytesToFeed;
                toSkip -= charsDecoded;
                decFlags = r.flags();
                bytesToFeed = 0;
                charsDecoded = 0;
            }
            if (charsDecoded >= toSkip) break;
        }
        if (i >= input.length) {
            charsDecoded += r.decode(input, 0, 0, true);
            needEof = true;
            if (charsDecoded < toSkip) throw Exc.make(Exc.OSError, "can't reconstruct logical file position");
        }
        return cookie(startPos, decFlags, bytesToFeed, needEof, toSkip);
    }

    /** CPython's cookie layout: position, then decoder flags, bytes to feed, chars to skip, need-EOF. */
    private static PyObject cookie(long pos, int flags, int bytesToFeed, boolean needEof, int charsToSkip) {
        if (flags == 0 && bytesToFeed == 0 && !needEof && charsToSkip == 0) return PyInt.of(pos);
        java.math.BigInteger c = java.math.BigInteger.valueOf(pos)
                .or(java.math.BigInteger.valueOf(flags).shiftLeft(64))
                .or(java.math.BigInteger.valueOf(bytesToFeed).shiftLeft(96))
                .or(java.math.BigInteger.valueOf(charsToSkip).shiftLeft(128))
                .or(java.math.BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
        return PyInt.of(c);
    }

    PyObject seek(PyObject cookieObj, int whence) {
        checkClosed();
        if (!seekable) throw IoModule.unsupported("underlying stream is not seekable");
        PyInt cookie = (PyInt) Ops.indexObject(cookieObj, null);
        switch (whence) {
            case 1:
                if (!isZero(cookie)) throw IoModule.unsupported("can't do nonzero cur-relative seeks");
                cookie = (PyInt) tell();
                break;
            case 2: {
                if (!isZero(cookie)) throw IoModule.unsupported("can't do nonzero end-relative seeks");
                flush();
                forgetChunk();
                return PyInt.of(buffer().seek(0, 2));
            }
            case 0:
                break;
            default:
                throw Exc.value("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        java.math.BigInteger c = cookie.big != null ? cookie.big : java.math.BigInteger.valueOf(cookie.v);
        if (c.signum() < 0) throw Exc.value("negative seek position " + c);
        if (c.bitLength() > 168) throw Exc.overflow("int too big to convert");
        long pos = c.longValue();
        int flags = c.shiftRight(64).intValue(), toFeed = c.shiftRight(96).intValue(), skip = c.shiftRight(128).intValue();
        boolean needEof = c.shiftRight(160).intValue() != 0;
        flush();
        forgetChunk();
        buffer().seek(pos, 0);
        if (c.signum() == 0) decoder.seen = 0; // CPython resets the newline decoder at 0
        byte[] held = (flags & 1) != 0 ? new byte[] { '\r' } : new byte[0];
        if (skip > 0 || held.length > 0) {
            byte[] data = skip > 0 ? buffer().read(toFeed) : new byte[0];
            byte[] input = java.util.Arrays.copyOf(held, held.length + data.length);
            System.arraycopy(data, 0, input, held.length, data.length);
            if (skip > 0) {
                StringBuilder sb = new StringBuilder();
                int used = decoder.decode(input, 0, input.length, needEof, sb);
                tail = java.util.Arrays.copyOfRange(input, used, input.length);
                decoded = sb.toString();
                heldCrBefore = held.length > 0;
                setSnapshot(input, pos - held.length);
                int nchars = decoded.codePointCount(0, decoded.length());
                b2cratio = nchars > 0 ? (double) data.length / nchars : 0.0;
                if (decoded.codePointCount(0, decoded.length()) < skip) throw Exc.make(Exc.OSError, "can't restore logical file position");
                decodedPos = decoded.offsetByCodePoints(0, skip);
            } else {
                tail = held; // the pending CR goes in front of the next chunk
            }
        }
        return cookie;
    }

    private static boolean isZero(PyInt i) { return i.big == null ? i.v == 0 : i.big.signum() == 0; }

    PyObject truncate(PyObject pos) {
        flush();
        return PyInt.of(buffer().truncate(pos == null || pos == T.None ? -1 : Ops.index(pos, null)));
    }

    // ---- the rest -----------------------------------------------------------------------------

    /** flush(), then the buffer is closed even if that failed; the flush error is raised after. */
    void close() {
        BinaryStream b = buffer();
        if (b.closed()) return;
        PyException failure = flushCatching(this);
        rt.files.clean(this);
        b.close();
        if (failure != null) throw failure;
    }

    private static PyException flushCatching(PyTextIOWrapper w) {
        try {
            w.flush();
            return null;
        } catch (PyException e) {
            return e;
        }
    }

    PyObject detach() {
        flush();
        BinaryStream b = buffer();
        buffer = null;
        return b.object();
    }

    @Override public PyObject next() {
        telling = false;
        String line = readline(-1);
        if (line.isEmpty()) {
            forgetChunk();
            telling = seekable;
            return null;
        }
        return new PyStr(line);
    }

    @Override public PyObject iter() {
        checkClosed();
        return this;
    }

    @Override public PyObject repr() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        PyObject name = buffer == null ? null : nameOrNull(buffer);
        if (name != null) sb.append(" name=").append(Ops.repr(name).value);
        PyObject mode = dict.getStr("mode");
        if (mode != null) sb.append(" mode=").append(Ops.repr(mode).value);
        return new PyStr(sb.append(" encoding=").append(Ops.repr(new PyStr(encoding)).value).append('>').toString());
    }

    /** The buffer's name, or null when it has none or asking fails (as CPython's repr). */
    private static PyObject nameOrNull(BinaryStream b) {
        try {
            return b.name();
        } catch (PyException e) {
            return null;
        }
    }

    static PyTextIOWrapper self(PyObject o) { return (PyTextIOWrapper) o; }

    static {
        PyType t = TYPE;
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("TextIOWrapper", a, kw, 1,
                    new String[] { "buffer", "encoding", "errors", "newline", "line_buffering", "write_through" }, 1);
            return create(Interp.cur.rt, (PyType) a[0], p[0], p[1], p[2], p[3],
                    p[4] != null && Ops.isTrue(p[4]), p[5] != null && Ops.isTrue(p[5]));
        });
        t.def("__init__", (a, kw) -> T.None);
        t.def("read", (a, kw) -> {
            PyObject[] p = Args.parse("read", a, kw, 1, new String[] { "size", "/" }, 0);
            PyTextIOWrapper f = self(a[0]);
            f.checkClosed();
            return new PyStr(f.read(IoModule.sizeArg(p[0])));
        });
        t.def("readline", (a, kw) -> {
            PyObject[] p = Args.parse("readline", a, kw, 1, new String[] { "size", "/" }, 0);
            PyTextIOWrapper f = self(a[0]);
            f.checkClosed();
            long limit = p[0] == null || p[0] == T.None ? -1 : Ops.index(p[0], null);
            return new PyStr(f.readline(limit));
        });
        t.def("readlines", (a, kw) -> {
            PyObject[] p = Args.parse("readlines", a, kw, 1, new String[] { "hint", "/" }, 0);
            PyTextIOWrapper f = self(a[0]);
            f.checkClosed();
            long hint = p[0] == null || p[0] == T.None ? -1 : Ops.index(p[0], null);
            PyList out = new PyList();
            long total = 0;
            while (true) {
                String line = f.readline(-1);
                if (line.isEmpty()) break;
                out.append(new PyStr(line));
                total += line.codePointCount(0, line.length());
                if (hint > 0 && total > hint) break;
            }
            return out;
        });
        t.def1("write", (s, x) -> PyInt.of(self(s).write(x)));
        t.def1("writelines", (s, lines) -> {
            PyTextIOWrapper f = self(s);
            f.checkClosed();
            PyObject it = Ops.iter(lines);
            PyObject x;
            while ((x = Ops.next(it)) != null) f.write(x);
            return T.None;
        });
        t.def0("flush", s -> { self(s).flush(); return T.None; });
        t.def0("close", s -> { self(s).close(); return T.None; });
        t.def0("detach", s -> self(s).detach());
        t.def0("tell", s -> self(s).tell());
        t.def("seek", (a, kw) -> {
            PyObject[] p = Args.parse("seek", a, kw, 1, new String[] { "cookie", "whence", "/" }, 1);
            return self(a[0]).seek(p[0], p[1] == null ? 0 : Ops.toInt(p[1]));
        });
        t.def("truncate", (a, kw) -> {
            PyObject[] p = Args.parse("truncate", a, kw, 1, new String[] { "pos", "/" }, 0);
            return self(a[0]).truncate(p[0]);
        });
        t.def0("readable", s -> PyBool.of(self(s).buffer().readable()));
        t.def0("writable", s -> PyBool.of(self(s).buffer().writable()));
        t.def0("seekable", s -> PyBool.of(self(s).buffer().seekable()));
        t.def0("isatty", s -> PyBool.of(self(s).buffer().isatty()));
        t.def0("fileno", s -> self(s).buffer().fileno());
        t.def0("__iter__", s -> s.iter());
        t.def0("__next__", s -> {
            PyObject v = self(s).next();
            if (v == null) throw Exc.stopIteration();
            return v;
        });
        t.def0("__enter__", s -> { self(s).checkClosed(); return s; });
        t.def("__exit__", (a, kw) -> { self(a[0]).close(); return T.None; });
        t.def("reconfigure", (a, kw) -> {
            PyObject[] p = Args.parse("reconfigure", a, kw, 1,
                    new String[] { "$encoding", "$errors", "$newline", "$line_buffering", "$write_through" }, 0);
            PyTextIOWrapper f = self(a[0]);
            f.flush();
            if (p[0] != null || p[1] != null || p[2] != null) {
                String e = p[0] == null ? f.encoding : optStr(p[0], "encoding");
                if (e == null) e = "utf-8";
                String codec = TextDecoder.supported(e);
                if (codec == null) throw Exc.make(Exc.LookupError, "unknown encoding: " + e);
                String er = p[1] == null ? (p[0] == null ? f.errors : "strict") : optStr(p[1], "errors");
                String nl = p[2] == null ? f.newline : optStr(p[2], "newline");
                f.encoding = e;
                f.codec = codec;
                f.errors = er == null ? "strict" : er;
                f.newline = nl;
                f.forgetChunk();
                f.decoder = new TextDecoder(codec, f.errors, nl == null, nl == null || nl.isEmpty());
            }
            if (p[3] != null && p[3] != T.None) f.lineBuffering = Ops.isTrue(p[3]);
            if (p[4] != null && p[4] != T.None) f.writeThrough = Ops.isTrue(p[4]);
            return T.None;
        });
        t.getset("buffer", s -> self(s).buffer().object(), null);
        t.getset("closed", s -> PyBool.of(self(s).buffer().closed()), null);
        t.getset("name", s -> {
            PyObject n = self(s).buffer().name();
            if (n == null) throw Exc.attr("'" + self(s).buffer().object().type.name + "' object has no attribute 'name'");
            return n;
        }, null);
        t.getset("encoding", s -> new PyStr(self(s).encoding), null);
        t.getset("errors", s -> new PyStr(self(s).errors), null);
        t.getset("newlines", s -> self(s).decoder.newlines(), null);
        t.getset("line_buffering", s -> PyBool.of(self(s).lineBuffering), null);
        t.getset("write_through", s -> PyBool.of(self(s).writeThrough), null);
        t.getset("_CHUNK_SIZE", s -> PyInt.of(CHUNK_SIZE), null);
    }
}
