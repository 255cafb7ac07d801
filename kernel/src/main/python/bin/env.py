"""Print the environment.

Usage: env [-i] [-u NAME] [NAME=VALUE]...
Print NAME=VALUE for each environment variable, after the changes the options ask for.
(Running a command with a changed environment is written 'NAME=VALUE command' in sh.)

  -i        start from an empty environment
  -u NAME   leave NAME out
"""

from cmdargs import Command

cmd = Command('env', __doc__)


def main():
    opts, operands = cmd.parse(argv, 'i', 'u', permute=False)
    values = {} if opts.get('i') else dict(env)
    for name in opts.get('*u', []):
        values.pop(name, None)
    for operand in operands:
        name, eq, value = operand.partition('=')
        if not eq or not name:
            cmd.fail("cannot run '" + operand + "': use 'NAME=VALUE " + operand +
                     "' in sh to run a command with a changed environment", 125)
        values[name] = value
    for name, value in values.items():
        cmd.say(name + '=' + value)


cmd.run(main)
