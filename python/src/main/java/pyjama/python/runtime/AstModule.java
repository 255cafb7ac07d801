package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * _ast: the node classes of the ast module (our own src/main/python/ast.py builds on them) and
 * the compile() flags. The classes are made, once per interpreter, from {@link #ASDL}, the
 * 3.12 grammar of the tree (CPython's Parser/Python.asdl): a sum type ({@code expr = Name(...) |
 * ...}) is an abstract class whose alternatives subclass it, a product type
 * ({@code arguments(...)}) a class of its own; every class has CPython's {@code _fields},
 * {@code _attributes}, {@code __match_args__} and {@code __doc__}, and class attributes None for
 * its optional fields and end positions. {@link AstToPython} turns the parser's records into
 * instances of these classes ({@code ast.parse}, {@code compile(..., PyCF_ONLY_AST)});
 * {@link AstFromPython} turns such a tree back into records for {@code compile(tree, ...)}.
 */
final class AstModule {
    private AstModule() {}

    /** Parser/Python.asdl of CPython 3.12, one type per line ("attributes (...)" after the alternatives). */
    static final String[] ASDL = {
        "mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body)"
            + " | FunctionType(expr* argtypes, expr returns)",
        "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns,"
            + " string? type_comment, type_param* type_params)"
            + " | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns,"
            + " string? type_comment, type_param* type_params)"
            + " | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list,"
            + " type_param* type_params)"
            + " | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment)"
            + " | TypeAlias(expr name, type_param* type_params, expr value)"
            + " | AugAssign(expr target, operator op, expr value)"
            + " | AnnAssign(expr target, expr annotation, expr? value, int simple)"
            + " | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
            + " | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
            + " | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)"
            + " | With(withitem* items, stmt* body, string? type_comment)"
            + " | AsyncWith(withitem* items, stmt* body, string? type_comment)"
            + " | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)"
            + " | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
            + " | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
            + " | Assert(expr test, expr? msg) | Import(alias* names)"
            + " | ImportFrom(identifier? module, alias* names, int? level)"
            + " | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)"
            + " | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)"
            + " | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)"
            + " | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators)"
            + " | SetComp(expr elt, comprehension* generators)"
            + " | DictComp(expr key, expr value, comprehension* generators)"
            + " | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value)"
            + " | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators)"
            + " | Call(expr func, expr* args, keyword* keywords)"
            + " | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values)"
            + " | Constant(constant value, string? kind)"
            + " | Attribute(expr value, identifier attr, expr_context ctx)"
            + " | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx)"
            + " | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx)"
            + " | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "expr_context = Load | Store | Del",
        "boolop = And | Or",
        "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv",
        "unaryop = Invert | Not | UAdd | USub",
        "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn",
        "comprehension(expr target, expr iter, expr* ifs, int is_async)",
        "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg,"
            + " expr* defaults)",
        "arg(identifier arg, expr? annotation, string? type_comment)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "keyword(identifier? arg, expr value)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "alias(identifier name, identifier? asname)"
            + " attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)",
        "withitem(expr context_expr, expr? optional_vars)",
        "match_case(pattern pattern, expr? guard, stmt* body)",
        "pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)"
            + " | MatchMapping(expr* keys, pattern* patterns, identifier? rest)"
            + " | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"
            + " | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)"
            + " attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)",
        "type_ignore = TypeIgnore(int lineno, string tag)",
        "type_param = TypeVar(identifier name, expr? bound) | ParamSpec(identifier name) | TypeVarTuple(identifier name)"
            + " attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)",
    };

    /** One field of a node class: its ASDL type ("expr", "identifier", ...) and whether it is optional (?) or a list (*). */
    record Field(String name, String type, boolean optional, boolean list) {}

    /** The node classes of one interpreter, by name, with their fields; and the shared instances of the field-less ones. */
    static final class Nodes {
        final PyType ast;
        final HashMap<String, PyType> classes = new HashMap<>();
        final HashMap<String, Field[]> fields = new HashMap<>();
        /** The abstract class (sum type) of each alternative: "Name" -> "expr". */
        final HashMap<String, String> sumOf = new HashMap<>();
        /** Load(), Add(), ...: one instance each, shared by the trees ast.parse makes (as CPython's). */
        final HashMap<String, PyObject> singletons = new HashMap<>();

        Nodes(PyType ast) { this.ast = ast; }

        PyType cls(String name) { return classes.get(name); }

        PyObject singleton(String name) {
            PyObject o = singletons.get(name);
            if (o == null) {
                o = new PyObject(classes.get(name));
                Runtime.initInstance(o, o.type);
                singletons.put(name, o);
            }
            return o;
        }
    }

    /** The node classes of {@code rt}, importing _ast first if nothing has. */
    static Nodes nodes(Runtime rt) {
        if (rt.astNodes == null) rt.importer.importModule("_ast");
        return rt.astNodes;
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_ast");
        PyType ast = makeClass("AST", T.OBJECT, new PyDict());
        // AST itself has a __dict__ but no weakref slot; its subclasses add __weakref__, as CPython's do
        ast.dict.delItemIfPresent(S.__weakref__);
        ast.weakrefable = false;
        ast.def("__init__", (a, kw) -> init(a, kw));
        ast.def("__reduce__", (a, kw) -> {
            PyObject self = a[0];
            return self.dict == null ? PyTuple.of(self.type, PyTuple.EMPTY) : PyTuple.of(self.type, PyTuple.EMPTY, self.dict);
        });
        ast.setAttrRaw("_fields", PyTuple.EMPTY);
        ast.setAttrRaw("_attributes", PyTuple.EMPTY);
        ast.setAttrRaw("__match_args__", PyTuple.EMPTY);
        ast.modified();
        Nodes nodes = new Nodes(ast);
        nodes.classes.put("AST", ast);
        m.set("AST", ast);
        for (String line : ASDL) define(nodes, m, line);
        m.set("PyCF_ONLY_AST", PyInt.of(Compiler.PyCF_ONLY_AST));
        m.set("PyCF_TYPE_COMMENTS", PyInt.of(Compiler.PyCF_TYPE_COMMENTS));
        m.set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT));
        rt.astNodes = nodes;
        return m;
    }

    /** A class as {@code type(name, (base,), ns)} makes it, in module ast. */
    private static PyType makeClass(String name, PyType base, PyDict ns) {
        ns.setItem(S.__module__, new PyStr("ast"));
        return Runtime.typeNew(T.TYPE, name, new PyObject[] { base }, ns, null);
    }

    /** Defines the classes of one ASDL line: a sum type and its alternatives, or a product type. */
    private static void define(Nodes nodes, PyModule m, String line) {
        String attrs = null;
        int at = line.indexOf(" attributes (");
        if (at >= 0) {
            attrs = line.substring(at + " attributes (".length(), line.length() - 1);
            line = line.substring(0, at);
        }
        Field[] attributes = parseFields(attrs);
        int eq = line.indexOf(" = ");
        if (eq < 0) {
            // a product type: name(fields)
            int open = line.indexOf('(');
            String name = line.substring(0, open);
            PyType t = defineClass(nodes, m, name, nodes.ast, line, parseFields(line.substring(open + 1, line.length() - 1)), attributes);
            t.modified();
            return;
        }
        String sum = line.substring(0, eq);
        String[] alts = split(line.substring(eq + 3), " | ");
        PyDict ns = new PyDict();
        // as CPython's docstrings: a simple sum on one line, else one alternative a line, bars under the '='
        boolean simple = line.indexOf('(') < 0;
        String bar = simple ? " | " : "\n" + " ".repeat(sum.length() + 1) + "| ";
        ns.setItem(S.__doc__, new PyStr(sum + " = " + String.join(bar, alts)));
        ns.setStr("_attributes", names(attributes));
        for (Field f : attributes) if (f.optional) ns.setStr(f.name, T.None);
        PyType base = makeClass(sum, nodes.ast, ns);
        base.setAttrRaw("_fields", PyTuple.EMPTY);
        base.setAttrRaw("__match_args__", PyTuple.EMPTY);
        base.modified();
        nodes.classes.put(sum, base);
        m.set(sum, base);
        for (String alt : alts) {
            int open = alt.indexOf('(');
            String name = open < 0 ? alt : alt.substring(0, open);
            Field[] fs = open < 0 ? new Field[0] : parseFields(alt.substring(open + 1, alt.length() - 1));
            nodes.sumOf.put(name, sum);
            defineClass(nodes, m, name, base, alt, fs, attributes);
        }
    }

    private static PyType defineClass(Nodes nodes, PyModule m, String name, PyType base, String doc, Field[] fields, Field[] attributes) {
        PyDict ns = new PyDict();
        ns.setStr("_fields", names(fields));
        ns.setStr("__match_args__", names(fields));
        ns.setItem(S.__doc__, new PyStr(doc));
        if (base == nodes.ast) {
            ns.setStr("_attributes", names(attributes));
            for (Field f : attributes) if (f.optional) ns.setStr(f.name, T.None);
        }
        for (Field f : fields) if (f.optional) ns.setStr(f.name, T.None);
        PyType t = makeClass(name, base, ns);
        nodes.classes.put(name, t);
        nodes.fields.put(name, fields);
        m.set(name, t);
        return t;
    }

    /** "expr* elts, expr_context ctx" -> fields. */
    private static Field[] parseFields(String spec) {
        if (spec == null || spec.isEmpty()) return new Field[0];
        String[] parts = split(spec, ", ");
        Field[] out = new Field[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            int sp = p.indexOf(' ');
            String type = p.substring(0, sp);
            boolean opt = type.endsWith("?"), list = type.endsWith("*");
            if (opt || list) type = type.substring(0, type.length() - 1);
            out[i] = new Field(p.substring(sp + 1), type, opt, list);
        }
        return out;
    }

    /** {@code s} cut at each {@code sep} (plain text: String.split is a regex, which the native build avoids). */
    private static String[] split(String s, String sep) {
        ArrayList<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            out.add(s.substring(start, i));
            start = i + sep.length();
        }
        out.add(s.substring(start));
        return out.toArray(new String[0]);
    }

    private static PyTuple names(Field[] fs) {
        PyObject[] n = new PyObject[fs.length];
        for (int i = 0; i < fs.length; i++) n[i] = PyStr.intern(fs[i].name);
        return new PyTuple(n);
    }

    /** AST.__init__: positional arguments fill _fields in order, keywords set any attribute (3.12 checks nothing else). */
    private static PyObject init(PyObject[] a, PyStr[] kw) {
        PyObject self = a[0];
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - 1 - nkw;
        if (npos > 0) {
            PyObject fo = Ops.getattrOrNull(self.type, PyStr.intern("_fields"));
            PyObject[] fields = fo == null ? new PyObject[0] : Ops.toArray(fo);
            if (npos > fields.length) {
                throw Exc.type(self.type.name + " constructor takes at most " + fields.length + " positional argument"
                        + (fields.length == 1 ? "" : "s"));
            }
            for (int i = 0; i < npos; i++) Ops.setattr(self, attrName(fields[i]), a[1 + i]);
        }
        for (int i = 0; i < nkw; i++) Ops.setattr(self, kw[i], a[1 + npos + i]);
        return T.None;
    }

    private static PyStr attrName(PyObject o) {
        if (!(o instanceof PyStr s)) throw Exc.type("attribute name must be string, not '" + o.type.name + "'");
        return PyStr.intern(s.value);
    }
}
