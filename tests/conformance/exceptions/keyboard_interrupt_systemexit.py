import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught", repr(e))
try:
    exit(7)
except SystemExit as e:
    print("builtin exit", e.code)
