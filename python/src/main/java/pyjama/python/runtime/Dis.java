package pyjama.python.runtime;

/** A dis-like listing of a code object (and the code objects in its constants), for debugging. */
public final class Dis {
    private Dis() {}

    public static String dis(PyCode co) {
        StringBuilder sb = new StringBuilder();
        dis(co, sb);
        return sb.toString();
    }

    static void dis(PyCode co, StringBuilder sb) {
        sb.append("Disassembly of <code object ").append(co.name).append(", file \"").append(co.filename)
          .append("\", line ").append(co.firstlineno).append(">:\n");
        int lastLine = -1;
        for (int pc = 0; pc < co.code.length; pc += 2) {
            int op = co.code[pc], arg = co.code[pc + 1];
            int line = co.lines[pc >> 1];
            sb.append(line != lastLine ? pad(String.valueOf(line), 5) : "     ");
            lastLine = line;
            sb.append(pad(String.valueOf(pc), 7)).append(' ').append(padRight(Opcode.name(op), 24)).append(arg);
            String detail = detail(co, op, arg);
            if (detail != null) sb.append(" (").append(detail).append(')');
            sb.append('\n');
        }
        for (PyObject c : co.consts) {
            if (c instanceof PyCode sub) {
                sb.append('\n');
                dis(sub, sb);
            }
        }
    }

    static String detail(PyCode co, int op, int arg) {
        try {
            switch (op) {
                case Opcode.LOAD_CONST: case Opcode.RETURN_CONST:
                    return co.consts[arg] instanceof PyCode c ? "<code " + c.name + ">" : Ops.repr(co.consts[arg]).value;
                case Opcode.LOAD_FAST: case Opcode.STORE_FAST: case Opcode.DELETE_FAST: case Opcode.LOAD_FAST_CHECK:
                    return co.varnames[arg].value;
                case Opcode.LOAD_DEREF: case Opcode.STORE_DEREF: case Opcode.DELETE_DEREF: case Opcode.LOAD_CLOSURE:
                case Opcode.LOAD_CLASSDEREF:
                    return Interp.derefName(co, arg).value;
                case Opcode.LOAD_GLOBAL: case Opcode.STORE_GLOBAL: case Opcode.DELETE_GLOBAL: case Opcode.LOAD_NAME:
                case Opcode.STORE_NAME: case Opcode.DELETE_NAME: case Opcode.LOAD_ATTR: case Opcode.STORE_ATTR:
                case Opcode.DELETE_ATTR: case Opcode.LOAD_METHOD: case Opcode.IMPORT_NAME: case Opcode.IMPORT_FROM:
                    return co.names[arg].value;
                case Opcode.BINARY_OP: case Opcode.INPLACE_OP:
                    return Ops.BIN_SYMBOLS[arg] + (op == Opcode.INPLACE_OP ? "=" : "");
                case Opcode.COMPARE_OP:
                    return Ops.CMP_SYMBOLS[arg];
                default:
                    return Opcode.isJump(op) ? "to " + arg : null;
            }
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String pad(String s, int w) { return s.length() >= w ? s : " ".repeat(w - s.length()) + s; }
    static String padRight(String s, int w) { return s.length() >= w ? s : s + " ".repeat(w - s.length()); }
}
