# At the end of the program the interpreter joins non-daemon threads (threading._shutdown) and
# abandons daemon ones: a daemon blocked forever and a daemon spinning forever do not keep the
# program alive, while a non-daemon thread still running when the main code ends is waited for.
import threading

forever = threading.Event()
blocked = threading.Thread(target=forever.wait, name='blocked', daemon=True)
blocked.start()


def spin():
    while True:
        pass


spinning = threading.Thread(target=spin, name='spinning', daemon=True)
spinning.start()

release = threading.Event()


def late_worker():
    release.wait()
    print('non-daemon worker finished after the main code')


worker = threading.Thread(target=late_worker, name='late')
worker.start()


def before_joins():
    # Runs in _shutdown before it joins threads: the last thing the main thread does.
    print('threading atexit hook')
    release.set()


threading._register_atexit(before_joins)
print(sorted((t.name, t.daemon) for t in threading.enumerate()))
print('main code done')
