/**
 * The abstract syntax tree: the contract between the parser (source to tree) and the compiler
 * (tree to bytecode). It mirrors CPython 3.12's {@code ast} module node for node, so that
 * CPython's documentation of {@code ast} is the documentation of these records; names are
 * Java-cased ({@code FunctionDef}, {@code keyword} becomes {@link Node.Keyword}).
 *
 * <p>Every statement, expression, pattern, handler, argument, keyword and alias carries a
 * {@link Pos}: 1-based line, 0-based column in code points, as CPython's {@code lineno} and
 * {@code col_offset} (CPython counts UTF-8 bytes in columns; we count code points, which is
 * what its error carets show). Optional children are {@code null}; lists are never null.
 */
package pyjama.python.ast;
