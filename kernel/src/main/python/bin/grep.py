"""Print the lines that match a pattern.

Usage: grep [OPTION]... PATTERN [FILE]...
Search each FILE (standard input when none; with -r, the current directory) for lines
matching PATTERN, a Python regular expression (re module syntax). Exit status: 0 when a
line was selected, 1 when none was, 2 on an error.

  -e PAT  use PAT as the pattern (may be repeated: lines matching any of them)
  -i      ignore case
  -v      select the lines that do not match
  -w      match whole words only
  -n      print line numbers
  -c      print only a count of selected lines per file
  -l      print only the names of files with a selected line
  -h, -H  never / always print file names
  -q      print nothing; exit 0 at the first selected line
  -s      do not report missing or unreadable files
  -r      search directories recursively
"""

import os
import re
import sys
from cmdargs import Command, Exit, resolve, strerror, join, stat_or_none, is_dir_mode, read_lines

cmd = Command('grep', __doc__)


def search(name, stream, regex, opts, prefix):
    """Searches one stream; returns the number of selected lines."""
    count = 0
    invert = bool(opts.get('v'))
    for number, line in enumerate(read_lines(stream), 1):
        text = line[:-1] if line.endswith('\n') else line
        if (regex.search(text) is not None) == invert:
            continue
        count += 1
        if opts.get('q'):
            raise Exit(0)
        if opts.get('l'):
            cmd.say(name)
            return count
        if opts.get('c'):
            continue
        head = (name + ':' if prefix else '') + (str(number) + ':' if opts.get('n') else '')
        cmd.write(head + text + '\n')
    if opts.get('c'):
        cmd.say((name + ':' if prefix else '') + str(count))
    return count


def search_path(path, regex, opts, prefix, top):
    real = resolve(cwd, path)
    st = stat_or_none(real)
    if st is None:
        if not opts.get('s'):
            cmd.warn(path + ': No such file or directory', 2)
        else:
            cmd.status = 2
        return 0
    if is_dir_mode(st.st_mode):
        if not opts.get('r'):
            if not opts.get('s'):
                cmd.warn(path + ': Is a directory', 2)
            return 0
        try:
            names = sorted(os.listdir(real))
        except OSError as e:
            cmd.warn(path + ': ' + strerror(e), 2)
            return 0
        total = 0
        for name in names:
            child = name if path == '.' and top and implicit_dot else join(path, name)
            total += search_path(child, regex, opts, prefix, False)
        return total
    try:
        stream = open(real, encoding='utf-8', errors='replace')
    except OSError as e:
        if not opts.get('s'):
            cmd.warn(path + ': ' + strerror(e), 2)
        return 0
    try:
        return search(path, stream, regex, opts, prefix)
    finally:
        stream.close()


def main():
    global implicit_dot
    opts, operands = cmd.parse(argv, 'ivwnclhHqsrR', 'e')
    if opts.get('R'):
        opts['r'] = True
    patterns = opts.get('*e')
    if patterns is None:
        if not operands:
            cmd.usage_error('')
        patterns = [operands.pop(0)]
    source = '|'.join('(?:' + p + ')' for p in patterns) if len(patterns) > 1 else patterns[0]
    if opts.get('w'):
        source = r'(?<!\w)(?:' + source + r')(?!\w)'
    try:
        regex = re.compile(source, re.IGNORECASE if opts.get('i') else 0)
    except re.error as e:
        cmd.fail(str(e), 2)
    implicit_dot = False
    if not operands:
        if opts.get('r'):
            operands = ['.']
            implicit_dot = True
        else:
            operands = ['-']
    prefix = len(operands) > 1 or opts.get('r')
    if opts.get('h'):
        prefix = False
    if opts.get('H'):
        prefix = True
    selected = 0
    for path in operands:
        if path == '-':
            selected += search('(standard input)', sys.stdin, regex, opts, prefix)
        else:
            selected += search_path(path, regex, opts, prefix, True)
    if cmd.status == 2:
        return 2
    return 0 if selected else 1


cmd.run(main)
