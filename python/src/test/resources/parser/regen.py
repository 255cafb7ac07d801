"""Regenerates the parser corpus expectations with the CPython 3.12 oracle.

Run from anywhere:  /root/.pyenv/versions/3.12.1/bin/python3 regen.py
Inputs (beside this script): ok_lines.txt and errors_lines.txt (one snippet per line), then
ok.txt and errors.txt (snippets separated by lines '#====').
Outputs: ok.expected (one ast.dump per snippet, one per line) and errors.expected
(type|msg|lineno|offset|end_lineno|end_offset per snippet, msg with '|' and newlines escaped).
Columns in dumps are converted from CPython's UTF-8 byte offsets to code points, which is
what our AST records (see pyjama.python.ast.Pos).
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = '#====\n'


def split(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    parts = text.split(SEP)
    return [p for p in parts if p.strip() or p]


def to_code_points(tree, source):
    lines = source.encode('utf-8').split(b'\n')

    def conv(line, col):
        if line is None or col is None or line < 1 or line > len(lines):
            return col
        return len(lines[line - 1][:col].decode('utf-8', errors='replace'))

    for node in ast.walk(tree):
        if hasattr(node, 'col_offset') and node.col_offset is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)
    return tree


def dump(source):
    tree = ast.parse(source)
    return ast.dump(to_code_points(tree, source), include_attributes=True)


def error_line(source):
    try:
        compile(source, '<s>', 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        msg = e.msg.replace('\\', '\\\\').replace('|', '\\p').replace('\n', '\\n')
        return '|'.join([type(e).__name__, msg, str(e.lineno), str(e.offset), str(e.end_lineno), str(e.end_offset)])
    return 'OK'


def read_lines(path):
    with open(path, encoding='utf-8', newline='') as f:
        return [line + '\n' for line in f.read().split('\n') if line]


def main():
    snippets = read_lines(os.path.join(HERE, 'ok_lines.txt')) + split(os.path.join(HERE, 'ok.txt'))
    with open(os.path.join(HERE, 'ok.expected'), 'w', encoding='utf-8', newline='\n') as out:
        for s in snippets:
            out.write(dump(s) + '\n')
    errs = read_lines(os.path.join(HERE, 'errors_lines.txt')) + split(os.path.join(HERE, 'errors.txt'))
    with open(os.path.join(HERE, 'errors.expected'), 'w', encoding='utf-8', newline='\n') as out:
        for s in errs:
            out.write(error_line(s) + '\n')
    print(len(snippets), 'ok snippets,', len(errs), 'error snippets')


if __name__ == '__main__':
    if len(sys.argv) > 1:
        # ad hoc: dump the given files, one line each
        for path in sys.argv[1:]:
            with open(path, encoding='utf-8') as f:
                print(dump(f.read()))
    else:
        main()
