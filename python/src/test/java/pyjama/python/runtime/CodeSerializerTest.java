package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pyjama.python.Interpreter;

/** CodeSerializer: every field of every code object the compiler makes survives the round trip. */
class CodeSerializerTest {
    /** PyCode's run-time state, which a fresh code object starts without: not serialized. */
    static final Set<String> RUNTIME_FIELDS = Set.of("caches", "attrMiss", "methodVersion", "methodValue",
            "gcacheG", "gcacheB", "gcacheN", "freeFrame", "freeCount");

    static final String SAMPLE = String.join("\n",
            "'''module doc'''",
            "import sys",
            "BIG = 123456789012345678901234567890",
            "NEG = -98765432109876543210",
            "F = (0.1, -0.0, float('inf'), 1e308, 2j, -3.5j, b'\\x00\\xffbytes', b'')",
            "S = ('', 'caf\\u00e9', '\\U0001f600', 'x' * 3, None, ..., True, False)",
            "def f(a, /, b=1, *args, c, d=2, **kw):",
            "    '''f doc'''",
            "    x = [i * 2 for i in range(a) if i % 3]",
            "    def inner():",
            "        nonlocal b",
            "        return b + a",
            "    return x, inner, {k: v for k, v in kw.items()}",
            "class C(object):",
            "    '''C doc'''",
            "    y: int = 5",
            "    def m(self): return self.y in {1, 2, 'three', 4.0, (5, 6)}",
            "async def co(x):",
            "    async with x as y:",
            "        await y",
            "    return [z async for z in x]",
            "def gen():",
            "    yield from range(3)",
            "    try:",
            "        pass",
            "    except (ValueError, TypeError) as e:",
            "        raise RuntimeError() from e",
            "    finally:",
            "        return f'{BIG!r:>10} {NEG}'",
            "match sys.argv:",
            "    case [x, *rest] if x: pass",
            "    case {'k': v}: pass",
            "lam = lambda q, *, r=3: q + r",
            "print(f(4, c=1)[0], C().m(), list(gen()) if False else 0, lam(1), BIG, NEG, F, S)",
            "");

    static PyCode compile(Interpreter py, String src, String filename, int flags) {
        return py.compile(src, filename, "exec", flags);
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() throws Exception {
        Interpreter py = new Interpreter(new CapturingHost());
        PyCode c = compile(py, SAMPLE, "<sample>", 0);
        PyCode back = CodeSerializer.read(CodeSerializer.write(c));
        assertSameCode(c, back, "<module>");
    }

    @Test
    void deserializedCodeRunsAsTheCompiledCode() {
        CapturingHost h1 = new CapturingHost(), h2 = new CapturingHost();
        Interpreter a = new Interpreter(h1), b = new Interpreter(h2);
        a.runtime().interp.runCode(compile(a, SAMPLE, "<sample>", 0), a.mainModule().dict, a.mainModule().dict);
        b.runtime().activate();
        PyCode back = CodeSerializer.read(CodeSerializer.write(compile(b, SAMPLE, "<sample>", 0)));
        b.runtime().interp.runCode(back, b.mainModule().dict, b.mainModule().dict);
        assertEquals(h1.out.toString(), h2.out.toString());
        assertTrue(h1.out.toString().startsWith("[2, 4] False 0 4 123456789012345678901234567890"), h1.out.toString());
    }

    @Test
    void topLevelAwaitCodeRoundTrips() throws Exception {
        Interpreter py = new Interpreter(new CapturingHost());
        PyCode c = compile(py, "import asyncio\nawait asyncio.sleep(0)\n", "/bin/x.py", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT);
        assertTrue(c.isGeneratorLike());
        assertSameCode(c, CodeSerializer.read(CodeSerializer.write(c)), "<module>");
    }

    @Test
    void theWholeStandardLibraryRoundTrips() throws Exception {
        Interpreter py = new Interpreter(new CapturingHost());
        for (String name : Frozen.names()) {
            PyCode c = compile(py, Frozen.source(name), "<frozen " + name + ">", 0);
            byte[] data = CodeSerializer.write(c);
            PyCode back = CodeSerializer.read(data);
            assertSameCode(c, back, name);
            assertArrayEquals(data, CodeSerializer.write(back), name);
        }
    }

    @Test
    void constantsKeepTheirIdentityRules() {
        Interpreter py = new Interpreter(new CapturingHost());
        PyCode back = CodeSerializer.read(CodeSerializer.write(compile(py, "x = f'{1}' f''\ny = 'abc'\nz = ()\n", "<s>", 0)));
        for (PyObject o : back.consts) {
            if (o instanceof PyTuple t && t.items.length == 0) assertSame(PyTuple.of(), t, "the empty tuple is the singleton");
        }
        for (PyStr n : back.names) assertSame(PyStr.intern(n.value), n, "names are interned");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        Interpreter py = new Interpreter(new CapturingHost());
        byte[] good = CodeSerializer.write(compile(py, "x = 1\n", "<s>", 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodeSerializer.read(new byte[] {1, 2, 3}));
        assertEquals("not serialized code", e.getMessage());
        byte[] otherVersion = good.clone();
        otherVersion[1] = 99;
        e = assertThrows(IllegalArgumentException.class, () -> CodeSerializer.read(otherVersion));
        assertTrue(e.getMessage().contains("version 99"), e.getMessage());
        byte[] cut = Arrays.copyOf(good, good.length - 3);
        assertThrows(IllegalArgumentException.class, () -> CodeSerializer.read(cut));
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThrows(IllegalArgumentException.class, () -> CodeSerializer.read(longer));
        for (int i = 2; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) 0x5a;
            try {
                CodeSerializer.read(bad);
            } catch (IllegalArgumentException expected) {
                // a clear refusal; a flipped byte inside a constant may also read as other valid code
            }
        }
    }

    @Test
    void anUnknownConstantTypeCannotBeWritten() {
        Interpreter py = new Interpreter(new CapturingHost());
        PyCode c = compile(py, "x = 1\n", "<s>", 0);
        c.consts = new PyObject[] { new PyList() };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodeSerializer.write(c));
        assertEquals("cannot serialize a constant of type list", e.getMessage());
    }

    /** Field by field (reflection, so a new field of PyCode that the serializer misses fails here). */
    static void assertSameCode(PyCode a, PyCode b, String where) throws Exception {
        assertNotSame(a, b);
        for (Field f : PyCode.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || RUNTIME_FIELDS.contains(f.getName())) continue;
            f.setAccessible(true);
            Object x = f.get(a), y = f.get(b);
            String at = where + "." + f.getName();
            switch (f.getName()) {
                case "consts" -> {
                    PyObject[] cx = (PyObject[]) x, cy = (PyObject[]) y;
                    assertEquals(cx.length, cy.length, at);
                    for (int i = 0; i < cx.length; i++) assertSameConst(cx[i], cy[i], at + "[" + i + "]");
                }
                case "docstring" -> {
                    if (x == null) assertEquals(null, y, at);
                    else assertSame(b.consts[Arrays.asList(a.consts).indexOf(x)], y, at + " is the constant");
                }
                default -> {
                    if (x instanceof int[] ia) assertArrayEquals(ia, (int[]) y, at);
                    else if (x instanceof PyStr[] sa) {
                        PyStr[] sb = (PyStr[]) y;
                        assertEquals(sa.length, sb.length, at);
                        for (int i = 0; i < sa.length; i++) assertSame(sa[i], sb[i], at + " (interned)");
                    } else assertEquals(x, y, at);
                }
            }
        }
        for (Field f : PyObject.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            if (f.getName().equals("type")) assertSame(f.get(a), f.get(b), where + ".type");
        }
    }

    static void assertSameConst(PyObject x, PyObject y, String at) throws Exception {
        if (x instanceof PyCode cx) {
            assertSameCode(cx, (PyCode) y, at);
            return;
        }
        assertSame(x.type, y.type, at + " type");
        if (x == T.None || x == T.Ellipsis || x == T.TRUE || x == T.FALSE) {
            assertSame(x, y, at);
        } else if (x instanceof PyStr sx) {
            assertEquals(sx.value, ((PyStr) y).value, at);
            assertEquals(sx.interned, ((PyStr) y).interned, at + " interned");
        } else if (x instanceof PyFloat fx) {
            assertEquals(Double.doubleToRawLongBits(fx.v), Double.doubleToRawLongBits(((PyFloat) y).v), at);
        } else if (x instanceof PyComplex cx) {
            assertEquals(Double.doubleToRawLongBits(cx.re), Double.doubleToRawLongBits(((PyComplex) y).re), at);
            assertEquals(Double.doubleToRawLongBits(cx.im), Double.doubleToRawLongBits(((PyComplex) y).im), at);
        } else if (x instanceof PyInt ix) {
            assertEquals(ix.toString(), y.toString(), at);
        } else if (x instanceof PyBytes bx) {
            assertArrayEquals(bx.toArray(), ((PyBytes) y).toArray(), at);
        } else if (x instanceof PyTuple tx) {
            PyTuple ty = (PyTuple) y;
            assertEquals(tx.items.length, ty.items.length, at);
            for (int i = 0; i < tx.items.length; i++) assertSameConst(tx.items[i], ty.items[i], at + "[" + i + "]");
        } else if (x instanceof PySet sx) {
            PySet sy = (PySet) y;
            assertEquals(sx.table.length, sy.table.length, at + " table");
            assertEquals(sx.used, sy.used, at + " size");
            for (int i = 0; i < sx.table.length; i++) {
                if (sx.table[i] == null) assertEquals(null, sy.table[i], at + " slot " + i);
                else {
                    assertSameConst(sx.table[i], sy.table[i], at + " slot " + i);
                    assertEquals(sx.hashes[i], sy.hashes[i], at + " hash " + i);
                }
            }
        } else {
            fail(at + ": unexpected constant type " + x.type.name);
        }
    }
}
