package pyjama.python.ast;

import java.math.BigInteger;

/**
 * The value of a {@link Expr.Constant}, kept free of the runtime's object model so that the
 * parser does not depend on it. The compiler turns each into the runtime's object.
 */
public sealed interface Const {
    record None() implements Const {}
    record Ellipsis() implements Const {}
    record Bool(boolean value) implements Const {}
    /** An int literal of any size. */
    record Int(BigInteger big) implements Const {
        public boolean fitsLong() { return big.bitLength() < 64; }
    }
    record Float(double value) implements Const {}
    /** An imaginary literal such as {@code 2j}: the real part is 0. */
    record Imaginary(double imag) implements Const {}
    /** A str: a Java string (UTF-16; astral code points as surrogate pairs). */
    record Str(String value) implements Const {}
    /** A bytes literal; each char of {@code value} is one byte, 0..255. */
    record Bytes(String value) implements Const {}
    /**
     * A constant the parser never makes: an object of the runtime's model that an AST built in
     * Python holds (compile() of an {@code ast.Constant} whose value is, say, a tuple or a complex
     * number with a real part); the compiler takes it as it is.
     */
    record Value(Object value) implements Const {}

    Const NONE = new None();
    Const ELLIPSIS = new Ellipsis();
    Const TRUE = new Bool(true);
    Const FALSE = new Bool(false);
}
