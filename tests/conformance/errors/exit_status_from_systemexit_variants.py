import sys
for code in [0, 1, 255, None, "text", True]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code))
sys.exit(False)
