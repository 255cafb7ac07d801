import time
for bad in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.gmtime("x"), lambda: time.strftime(5), lambda: time.strptime("x", "%Y")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
elapsed_ns = time.perf_counter_ns()
print(type(elapsed_ns).__name__, time.monotonic_ns() > 0, time.process_time() >= 0)
