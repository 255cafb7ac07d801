import sys, io
sys.stdout.write("direct write\n")
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("restored, captured was", repr(captured))
err = io.StringIO()
print("to err buffer", file=err)
print(repr(err.getvalue()))
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdin is not None)
sys.stdout.flush()
