package pyjama.python.binpack;

/**
 * How the struct engine looks at argument objects it does not understand itself. The binding
 * implements this over Python objects; {@link #JAVA} handles plain Java values (Long, Integer,
 * BigInteger, Double, Boolean, byte[]). Exceptions thrown by a method (e.g. from a user
 * {@code __index__}) propagate unchanged, as in CPython.
 */
public interface StructValues {
    /** {@code operator.index(v)} as Long or BigInteger, or null if v has no __index__. */
    Object index(Object v);

    /** {@code PyFloat_AsDouble(v)}, or null if that fails for any reason. */
    Double asDouble(Object v);

    /** {@code bool(v)} */
    boolean isTrue(Object v);

    /** The contents of a bytes or bytearray object, or null for anything else. */
    byte[] bytes(Object v);

    /** Whether v is a Python int (decides between two overflow messages, as in CPython). */
    boolean isInt(Object v);

    StructValues JAVA = new StructValues() {
        @Override
        public Object index(Object v) {
            if (v instanceof Long || v instanceof java.math.BigInteger) {
                return v;
            }
            if (v instanceof Integer i) {
                return (long) i;
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            return null;
        }

        @Override
        public Double asDouble(Object v) {
            if (v instanceof Double d) {
                return d;
            }
            if (v instanceof Float f) {
                return (double) f;
            }
            Object i = index(v);
            if (i instanceof Long l) {
                return (double) l;
            }
            if (i instanceof java.math.BigInteger b) {
                double d = b.doubleValue();
                return Double.isInfinite(d) ? null : d;
            }
            return null;
        }

        @Override
        public boolean isTrue(Object v) {
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof Number n) {
                return n.doubleValue() != 0;
            }
            if (v instanceof byte[] b) {
                return b.length > 0;
            }
            return v != null;
        }

        @Override
        public byte[] bytes(Object v) {
            return v instanceof byte[] b ? b : null;
        }

        @Override
        public boolean isInt(Object v) {
            return v instanceof Long || v instanceof Integer || v instanceof Boolean
                    || v instanceof java.math.BigInteger;
        }
    };
}
