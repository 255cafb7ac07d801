package pyjama.python.runtime;

import java.util.ArrayList;

/**
 * {@code _thread}: CPython's low-level thread API over {@link GreenThreads}. Threads are green
 * (one CPU, preempted at bytecode boundaries); a lock's acquire made directly from Python code
 * suspends the calling thread until the lock is free, so waiting costs no CPU. The
 * {@code threading} module (Python, in the frozen stdlib) is built on this.
 */
final class ThreadModule {
    private ThreadModule() {}

    /** CPython's on 64-bit Linux: the largest timeout a lock takes, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static final PyType LOCK = javaType("lock");
    static final PyType RLOCK = javaType("RLock");

    private static PyType javaType(String name) {
        PyType t = new PyType(name, T.OBJECT);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.setAttrRaw("__module__", new PyStr("_thread"));
        return t;
    }

    /** {@code _thread.lock}: not owned by a thread; any thread may release it. */
    static final class Lock extends PyObject {
        boolean locked;

        Lock() { super(LOCK); }

        boolean tryTake() {
            if (locked) return false;
            locked = true;
            return true;
        }
    }

    /** {@code _thread.RLock}: owned; the owner may acquire it again. */
    static final class RLock extends PyObject {
        long owner; // ident, 0 when free
        long count;

        RLock(PyType type) { super(type); }

        boolean tryTake(long me) {
            if (count == 0) {
                owner = me;
                count = 1;
                return true;
            }
            if (owner == me) {
                count++;
                return true;
            }
            return false;
        }
    }

    private static Lock lock(PyObject o) {
        if (o instanceof Lock l) return l;
        throw Exc.type("descriptor requires a '_thread.lock' object but received a '" + o.type.name + "'");
    }

    private static RLock rlock(PyObject o) {
        if (o instanceof RLock l) return l;
        throw Exc.type("descriptor requires a '_thread.RLock' object but received a '" + o.type.name + "'");
    }

    private static long me() { return GreenThreads.identOf(Interp.cur); }

    /** The deadline of acquire(blocking, timeout) as CPython checks its arguments; -1: try once. */
    private static long deadline(PyObject[] p) {
        boolean blocking = p[0] == null || Ops.isTrue(p[0]);
        double timeout = p[1] == null ? -1 : MathModule.d(p[1]);
        if (!blocking && timeout != -1) throw Exc.value("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Exc.value("timeout value must be positive");
        if (timeout > TIMEOUT_MAX) throw Exc.make(Exc.OverflowError, "timeout value is too large");
        if (!blocking) return -1;
        if (timeout == -1) return Long.MAX_VALUE;
        return Interp.cur.host.nanoTime() + (long) (timeout * 1e9);
    }

    private static final String[] ACQUIRE_ARGS = { "blocking", "timeout" };

    /** One Fn for acquire, acquire_lock and __enter__: the VM knows it by identity (see Interp.block). */
    static final Fn LOCK_ACQUIRE = new Fn() {
        @Override public PyObject call(PyObject[] a, PyStr[] kw) {
            Lock l = lock(a[0]);
            long deadline = a.length == 1 ? Long.MAX_VALUE : deadline(Args.parse("acquire", a, kw, 1, ACQUIRE_ARGS, 0));
            if (l.tryTake()) return T.TRUE;
            if (deadline == -1) return T.FALSE;
            return Interp.cur.block(this, new Wait() {
                @Override public PyObject poll(long now) {
                    if (l.tryTake()) return T.TRUE;
                    return now >= deadline ? T.FALSE : null;
                }
                @Override public long deadline() { return deadline; }
            }, false);
        }
    };

    static final Fn RLOCK_ACQUIRE = new Fn() {
        @Override public PyObject call(PyObject[] a, PyStr[] kw) {
            RLock l = rlock(a[0]);
            long deadline = a.length == 1 ? Long.MAX_VALUE : deadline(Args.parse("acquire", a, kw, 1, ACQUIRE_ARGS, 0));
            long me = me();
            if (l.tryTake(me)) return T.TRUE;
            if (deadline == -1) return T.FALSE;
            return Interp.cur.block(this, new Wait() {
                @Override public PyObject poll(long now) {
                    if (l.tryTake(me)) return T.TRUE;
                    return now >= deadline ? T.FALSE : null;
                }
                @Override public long deadline() { return deadline; }
            }, false);
        }
    };

    static {
        PyType t = LOCK;
        t.finalType = true;
        t.defNew((a, kw) -> { throw Exc.type("cannot create '_thread.lock' instances"); });
        for (String name : new String[] { "acquire", "acquire_lock", "__enter__" }) t.def(name, LOCK_ACQUIRE);
        for (String name : new String[] { "release", "release_lock" }) {
            t.def0(name, s -> {
                Lock l = lock(s);
                if (!l.locked) throw Exc.runtime("release unlocked lock");
                l.locked = false;
                return T.None;
            });
        }
        t.def("__exit__", (a, kw) -> {
            Lock l = lock(a[0]);
            if (!l.locked) throw Exc.runtime("release unlocked lock");
            l.locked = false;
            return T.None;
        });
        t.def0("locked", s -> PyBool.of(lock(s).locked));
        t.def0("locked_lock", s -> PyBool.of(lock(s).locked));
        t.def0("_at_fork_reinit", s -> {
            lock(s).locked = false;
            return T.None;
        });
        t.def0("__repr__", s -> new PyStr("<" + (lock(s).locked ? "locked" : "unlocked") + " _thread.lock object at 0x"
                + Long.toHexString(Ops.id(s)) + ">"));

        PyType r = RLOCK;
        r.defNew((a, kw) -> new RLock((PyType) a[0]));
        r.def("acquire", RLOCK_ACQUIRE);
        r.def("__enter__", RLOCK_ACQUIRE);
        Fn release = (a, kw) -> {
            RLock l = rlock(a[0]);
            if (l.count == 0 || l.owner != me()) throw Exc.runtime("cannot release un-acquired lock");
            if (--l.count == 0) l.owner = 0;
            return T.None;
        };
        r.def("release", release);
        r.def("__exit__", release);
        r.def0("_is_owned", s -> PyBool.of(rlock(s).count > 0 && rlock(s).owner == me()));
        r.def0("_recursion_count", s -> PyInt.of(rlock(s).owner == me() ? rlock(s).count : 0));
        r.def0("_release_save", s -> {
            RLock l = rlock(s);
            if (l.count == 0) throw Exc.runtime("cannot release un-acquired lock");
            PyObject state = new PyTuple(new PyObject[] { PyInt.of(l.count), PyInt.of(l.owner) });
            l.count = 0;
            l.owner = 0;
            return state;
        });
        r.def("_acquire_restore", new Fn() {
            @Override public PyObject call(PyObject[] a, PyStr[] kw) {
                RLock l = rlock(a[0]);
                if (a.length != 2 || !(a[1] instanceof PyTuple st) || st.items.length != 2) {
                    throw Exc.type("_acquire_restore() argument must be a (count, owner) tuple");
                }
                long count = Ops.index(st.items[0], null), owner = Ops.index(st.items[1], null);
                Wait w = new Wait() {
                    @Override public PyObject poll(long now) {
                        if (l.count != 0) return null;
                        l.count = count;
                        l.owner = owner;
                        return T.None;
                    }
                    @Override public long deadline() { return Long.MAX_VALUE; }
                };
                return Interp.cur.block(this, w, false);
            }
        });
        r.def0("_at_fork_reinit", s -> {
            rlock(s).count = 0;
            rlock(s).owner = 0;
            return T.None;
        });
        r.def0("__repr__", s -> {
            RLock l = rlock(s);
            return new PyStr("<" + (l.count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + l.owner
                    + " count=" + l.count + " at 0x" + Long.toHexString(Ops.id(s)) + ">");
        });
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_thread");
        m.set("LockType", LOCK);
        m.set("lock", LOCK);
        m.set("RLock", RLOCK);
        m.set("error", Exc.RuntimeError);
        m.set("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        Fn start = (a, kw) -> {
            Args.noKw("start_new_thread", kw);
            Args.count("start_new_thread", a, 2, 3);
            if (!Ops.isCallable(a[0])) throw Exc.type("first arg must be callable");
            if (!(a[1] instanceof PyTuple args)) throw Exc.type("2nd arg must be a tuple");
            PyObject[] all = args.items;
            PyStr[] kwnames = null;
            if (a.length == 3) {
                if (!(a[2] instanceof PyDict d)) throw Exc.type("optional 3rd arg must be a dictionary");
                if (d.size() > 0) {
                    kwnames = new PyStr[d.size()];
                    all = java.util.Arrays.copyOf(all, all.length + d.size());
                    int k = 0;
                    for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                        if (!(d.keyAt(i) instanceof PyStr key)) throw Exc.type("keywords must be strings");
                        kwnames[k] = key;
                        all[args.items.length + k] = d.valueAt(i);
                        k++;
                    }
                }
            }
            GreenThread t = GreenThreads.start(rt, a[0], all, kwnames, threadName(a[0]));
            return PyInt.of(t.ident);
        };
        m.def("start_new_thread", start);
        m.def("start_new", start);
        m.def("allocate_lock", Fn.of0("allocate_lock", Lock::new));
        m.def("allocate", Fn.of0("allocate", Lock::new));
        m.def("get_ident", Fn.of0("get_ident", () -> PyInt.of(me())));
        m.def("get_native_id", Fn.of0("get_native_id", () -> {
            GreenThread t = Interp.cur.thread;
            return PyInt.of(t != null ? t.nativeId : rt.host.processId());
        }));
        m.def("_count", Fn.of0("_count", () -> PyInt.of(GreenThreads.of(rt).size())));
        m.def("daemon_threads_allowed", Fn.of0("daemon_threads_allowed", () -> T.TRUE));
        m.def("_is_main_interpreter", Fn.of0("_is_main_interpreter", () -> T.TRUE));
        m.def("stack_size", (a, kw) -> {
            Args.noKw("stack_size", kw);
            Args.count("stack_size", a, 0, 1);
            if (a.length == 1) {
                long size = Ops.index(a[0], null);
                if (size != 0 && size < 32768) throw Exc.value("size not valid: " + size + " bytes");
            }
            return PyInt.of(0); // frames live on the heap: a thread has no stack size to set
        });
        Fn exit = Fn.of0("exit", () -> { throw Exc.make(Exc.SystemExit); });
        m.def("exit", exit);
        m.def("exit_thread", exit);
        m.def("interrupt_main", (a, kw) -> {
            Args.count("interrupt_main", a, 0, 1);
            rt.interp.interruptPending = true;
            return T.None;
        });
        m.def("_set_sentinel", Fn.of0("_set_sentinel", () -> {
            Lock l = new Lock();
            l.locked = true;
            GreenThread t = Interp.cur.thread;
            if (t != null) t.sentinels.add(l);
            return l;
        }));
        return m;
    }

    /** The name a thread shows in the kernel's task list: its function's. */
    private static String threadName(PyObject f) {
        if (f instanceof PyFunction pf) return pf.name.value;
        if (f instanceof PyMethod pm && pm.func instanceof PyFunction pf) return pf.name.value;
        return "thread";
    }

    /** Releases the sentinel locks of a thread that has ended. */
    static void releaseSentinels(ArrayList<Object> sentinels) {
        for (Object o : sentinels) if (o instanceof Lock l) l.locked = false;
        sentinels.clear();
    }
}
