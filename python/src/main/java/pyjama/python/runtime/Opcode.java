package pyjama.python.runtime;

/**
 * The instruction set, defined in one place: each opcode's number, name and stack effect.
 * Instructions are (opcode, operand) int pairs. Jump operands are absolute pcs.
 */
public final class Opcode {
    private Opcode() {}

    public static final int
        NOP = 0, POP_TOP = 1, COPY = 2, SWAP = 3, PUSH_NULL = 4,
        LOAD_CONST = 5, LOAD_FAST = 6, STORE_FAST = 7, DELETE_FAST = 8,
        LOAD_DEREF = 9, STORE_DEREF = 10, DELETE_DEREF = 11, LOAD_CLASSDEREF = 12, LOAD_CLOSURE = 13,
        LOAD_GLOBAL = 14, STORE_GLOBAL = 15, DELETE_GLOBAL = 16,
        LOAD_NAME = 17, STORE_NAME = 18, DELETE_NAME = 19,
        LOAD_ATTR = 20, STORE_ATTR = 21, DELETE_ATTR = 22, LOAD_METHOD = 23,
        BINARY_OP = 24, INPLACE_OP = 25, UNARY_NEGATIVE = 26, UNARY_POSITIVE = 27, UNARY_INVERT = 28, UNARY_NOT = 29,
        COMPARE_OP = 30, IS_OP = 31, CONTAINS_OP = 32,
        BINARY_SUBSCR = 33, STORE_SUBSCR = 34, DELETE_SUBSCR = 35,
        BUILD_TUPLE = 36, BUILD_LIST = 37, BUILD_SET = 38, BUILD_MAP = 39, BUILD_SLICE = 40, BUILD_STRING = 41,
        LIST_APPEND = 42, SET_ADD = 43, MAP_ADD = 44, LIST_EXTEND = 45, SET_UPDATE = 46, DICT_UPDATE = 47,
        DICT_MERGE = 48, LIST_TO_TUPLE = 49, FORMAT_VALUE = 50,
        UNPACK_SEQUENCE = 51, UNPACK_EX = 52,
        JUMP = 53, POP_JUMP_IF_FALSE = 54, POP_JUMP_IF_TRUE = 55, JUMP_IF_FALSE_OR_POP = 56,
        JUMP_IF_TRUE_OR_POP = 57, POP_JUMP_IF_NONE = 58, POP_JUMP_IF_NOT_NONE = 59, JUMP_BACKWARD = 60,
        GET_ITER = 61, FOR_ITER = 62, GET_YIELD_FROM_ITER = 63, SEND = 64, YIELD_VALUE = 65, RETURN_VALUE = 66,
        GET_AWAITABLE = 67, GET_AITER = 68, GET_ANEXT = 69, END_ASYNC_FOR = 70,
        SETUP_FINALLY = 71, SETUP_CLEANUP = 72, POP_BLOCK = 73, BEFORE_WITH = 74, PUSH_EXC_INFO = 75,
        POP_EXCEPT = 76, POP_EXCEPT_RERAISE = 77, CHECK_EXC_MATCH = 78, CHECK_EG_MATCH = 79, RERAISE = 80,
        RAISE_VARARGS = 81, WITH_EXCEPT_START = 82, WITH_EXIT = 83, LOAD_ASSERTION_ERROR = 84,
        MAKE_FUNCTION = 85, LOAD_BUILD_CLASS = 86, CALL = 87, CALL_KW = 88, CALL_EX = 89,
        IMPORT_NAME = 90, IMPORT_FROM = 91, IMPORT_STAR = 92, SETUP_ANNOTATIONS = 93, PRINT_EXPR = 94,
        MATCH_CLASS = 95, MATCH_MAPPING = 96, MATCH_SEQUENCE = 97, MATCH_KEYS = 98, GET_LEN = 99,
        COPY_DICT_WITHOUT_KEYS = 100, LOAD_LOCALS = 101, RETURN_CONST = 102, BEFORE_ASYNC_WITH = 103,
        CLEANUP_THROW = 104, CALL_INTRINSIC = 105, LOAD_SUPER_ATTR = 106, PREP_RERAISE_STAR = 107,
        STORE_ANNOTATION = 108, LOAD_FROM_DICT_OR_GLOBALS = 109, SETUP_WITH = 110, END_SEND = 111,
        LOAD_FAST_CHECK = 112, POP_ITER = 113;

    public static final int COUNT = 114;

    static final String[] NAMES = new String[COUNT];
    static {
        String s = "NOP POP_TOP COPY SWAP PUSH_NULL LOAD_CONST LOAD_FAST STORE_FAST DELETE_FAST LOAD_DEREF STORE_DEREF "
            + "DELETE_DEREF LOAD_CLASSDEREF LOAD_CLOSURE LOAD_GLOBAL STORE_GLOBAL DELETE_GLOBAL LOAD_NAME STORE_NAME "
            + "DELETE_NAME LOAD_ATTR STORE_ATTR DELETE_ATTR LOAD_METHOD BINARY_OP INPLACE_OP UNARY_NEGATIVE UNARY_POSITIVE "
            + "UNARY_INVERT UNARY_NOT COMPARE_OP IS_OP CONTAINS_OP BINARY_SUBSCR STORE_SUBSCR DELETE_SUBSCR BUILD_TUPLE "
            + "BUILD_LIST BUILD_SET BUILD_MAP BUILD_SLICE BUILD_STRING LIST_APPEND SET_ADD MAP_ADD LIST_EXTEND SET_UPDATE "
            + "DICT_UPDATE DICT_MERGE LIST_TO_TUPLE FORMAT_VALUE UNPACK_SEQUENCE UNPACK_EX JUMP POP_JUMP_IF_FALSE "
            + "POP_JUMP_IF_TRUE JUMP_IF_FALSE_OR_POP JUMP_IF_TRUE_OR_POP POP_JUMP_IF_NONE POP_JUMP_IF_NOT_NONE "
            + "JUMP_BACKWARD GET_ITER FOR_ITER GET_YIELD_FROM_ITER SEND YIELD_VALUE RETURN_VALUE GET_AWAITABLE GET_AITER "
            + "GET_ANEXT END_ASYNC_FOR SETUP_FINALLY SETUP_CLEANUP POP_BLOCK BEFORE_WITH PUSH_EXC_INFO POP_EXCEPT "
            + "POP_EXCEPT_RERAISE CHECK_EXC_MATCH CHECK_EG_MATCH RERAISE RAISE_VARARGS WITH_EXCEPT_START WITH_EXIT "
            + "LOAD_ASSERTION_ERROR MAKE_FUNCTION LOAD_BUILD_CLASS CALL CALL_KW CALL_EX IMPORT_NAME IMPORT_FROM "
            + "IMPORT_STAR SETUP_ANNOTATIONS PRINT_EXPR MATCH_CLASS MATCH_MAPPING MATCH_SEQUENCE MATCH_KEYS GET_LEN "
            + "COPY_DICT_WITHOUT_KEYS LOAD_LOCALS RETURN_CONST BEFORE_ASYNC_WITH CLEANUP_THROW CALL_INTRINSIC "
            + "LOAD_SUPER_ATTR PREP_RERAISE_STAR STORE_ANNOTATION LOAD_FROM_DICT_OR_GLOBALS SETUP_WITH END_SEND "
            + "LOAD_FAST_CHECK POP_ITER";
        String[] parts = s.split(" ");
        for (int i = 0; i < parts.length; i++) NAMES[i] = parts[i];
    }

    public static String name(int op) { return op >= 0 && op < COUNT ? NAMES[op] : "<" + op + ">"; }

    public static boolean isJump(int op) {
        switch (op) {
            case JUMP: case JUMP_BACKWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case FOR_ITER: case SEND:
            case SETUP_FINALLY: case SETUP_CLEANUP: case SETUP_WITH:
                return true;
            default:
                return false;
        }
    }

    /** Unconditional transfers: execution never falls through to the next instruction. */
    public static boolean isTerminal(int op) {
        switch (op) {
            case JUMP: case JUMP_BACKWARD: case RETURN_VALUE: case RETURN_CONST: case RERAISE: case RAISE_VARARGS:
            case POP_EXCEPT_RERAISE:
                return true;
            default:
                return false;
        }
    }

    /**
     * Stack effect of an instruction; {@code jump} selects the effect when the jump is taken
     * (for handlers: the depth at handler entry relative to the SETUP instruction).
     */
    public static int stackEffect(int op, int arg, boolean jump) {
        switch (op) {
            case NOP: case JUMP: case JUMP_BACKWARD: case SWAP: case POP_BLOCK: case SETUP_ANNOTATIONS:
            case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_INVERT: case UNARY_NOT: case GET_ITER:
            case GET_YIELD_FROM_ITER: case LIST_TO_TUPLE: case GET_AWAITABLE: case GET_AITER: case DELETE_FAST:
            case DELETE_DEREF: case DELETE_GLOBAL: case DELETE_NAME: case LOAD_ASSERTION_ERROR - 1000:
                return 0;
            case POP_TOP: case POP_ITER: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: case DELETE_ATTR:
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
            case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: case DICT_MERGE:
            case PRINT_EXPR: case IMPORT_STAR: case RETURN_VALUE: case POP_EXCEPT: case IS_OP: case CONTAINS_OP:
            case COMPARE_OP: case BINARY_OP: case INPLACE_OP: case BINARY_SUBSCR: case STORE_ANNOTATION - 1000:
                return -1;
            case COPY: case PUSH_NULL: case LOAD_CONST: case LOAD_FAST: case LOAD_FAST_CHECK: case LOAD_DEREF:
            case LOAD_CLASSDEREF: case LOAD_CLOSURE: case LOAD_GLOBAL: case LOAD_NAME: case LOAD_ASSERTION_ERROR:
            case LOAD_BUILD_CLASS: case GET_ANEXT: case LOAD_LOCALS: case MATCH_MAPPING: case MATCH_SEQUENCE:
            case MATCH_KEYS: case GET_LEN: case IMPORT_FROM: case BEFORE_WITH: case BEFORE_ASYNC_WITH:
            case PUSH_EXC_INFO: case LOAD_FROM_DICT_OR_GLOBALS:
                return 1;
            case LOAD_ATTR: return 0;
            case LOAD_METHOD: return 1;
            case STORE_ATTR: return -2;
            case STORE_SUBSCR: return -3;
            case DELETE_SUBSCR: return -2;
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case BUILD_SLICE: return 1 - arg;
            case MAP_ADD: return -2;
            case FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xff) + (arg >> 8);
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case FOR_ITER: return jump ? -1 : 1;
            case SEND: return jump ? -1 : 0;
            case END_SEND: return -1;
            case YIELD_VALUE: return 0;
            case END_ASYNC_FOR: return -2;
            case SETUP_FINALLY: return jump ? 1 : 0;
            case SETUP_CLEANUP: case SETUP_WITH: return jump ? 0 : 0;
            case POP_EXCEPT_RERAISE: return -2;
            case CHECK_EXC_MATCH: return 0;
            case CHECK_EG_MATCH: return 0;
            case RERAISE: return -1;
            case RAISE_VARARGS: return -arg;
            case WITH_EXCEPT_START: return 1;
            case WITH_EXIT: return -1;
            case MAKE_FUNCTION: return -Integer.bitCount(arg & 0xf);
            case CALL: return -arg - 1;
            case CALL_KW: return -arg - 2;
            case CALL_EX: return (arg & 1) != 0 ? -3 : -2;
            case IMPORT_NAME: return -1;
            case MATCH_CLASS: return -2;
            case COPY_DICT_WITHOUT_KEYS: return 0;
            case RETURN_CONST: return 0;
            case CLEANUP_THROW: return -1;
            // 1 (name, value), 3 (name, bound), 6 (object, type params): two in, one out;
            // 8 (name, type params, value): three in; the others one in, one out
            case CALL_INTRINSIC: return arg == 1 || arg == 3 || arg == 6 ? -1 : arg == 8 ? -2 : 0;
            case LOAD_SUPER_ATTR: return -2;
            case PREP_RERAISE_STAR: return -2;
            case STORE_ANNOTATION: return -1;
            default:
                throw new IllegalStateException("stack effect of " + name(op));
        }
    }
}
