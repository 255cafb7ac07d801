# The end of a program with threads, in CPython's order: threading's _register_atexit hooks,
# then the join of the non-daemon threads, then the atexit functions (weakref.finalize's
# among them, in the order of their registration), during which daemon threads still run;
# then daemon threads are abandoned.
import atexit
import threading
import time
import weakref


class Resource:
    pass


kept = Resource()
weakref.finalize(kept, print, "finalize: a live object's finalizer runs with the atexit functions")

daemon_may_run = threading.Event()
daemon_ran = threading.Event()


def daemon():
    daemon_may_run.wait()
    print("daemon: still running while the atexit functions run")
    daemon_ran.set()
    while True:
        time.sleep(0.01)


def worker():
    time.sleep(0.05)
    print("worker: the non-daemon thread finishes after the main code")


def at_exit():
    print("atexit: runs after the join of the non-daemon threads, worker alive:", w.is_alive())
    daemon_may_run.set()
    print("atexit: the daemon answered:", daemon_ran.wait(5))


threading.Thread(target=daemon, daemon=True).start()
w = threading.Thread(target=worker)
w.start()
atexit.register(at_exit)
threading._register_atexit(lambda: print("threading hook: before the join, worker alive:", w.is_alive()))
print("main: end of the program's code")
