package pyjama.kernel.python;

import pyjama.kernel.event.EventLoop;
import pyjama.kernel.task.TaskTable;
import pyjama.python.runtime.GreenThread;
import pyjama.python.runtime.GreenThreads;

/**
 * Python's green threads as kernel tasks: each gets a row in the task table (ps, /proc/tasks)
 * charged with its own slices, and they run as the event loop's idle work, so a background job
 * gets the CPU whenever the console waits (see docs/kernel.md, "Tasks").
 */
public final class ThreadTasks implements GreenThreads.Listener, EventLoop.IdleWork {
    private final TaskTable tasks;

    private ThreadTasks(TaskTable tasks) { this.tasks = tasks; }

    /** Makes the threads of every interpreter kernel tasks run by {@code loop}. */
    public static void install(TaskTable tasks, EventLoop loop) {
        ThreadTasks t = new ThreadTasks(tasks);
        GreenThreads.listener(t);
        loop.idleWork(t);
    }

    @Override public void started(GreenThread t) { t.pid = tasks.add(t.name, "ready"); }

    @Override public void enter(GreenThread t) { tasks.enter(t.pid); }

    @Override
    public void leave(GreenThread t) {
        tasks.leave(t.pid, switch (t.state()) {
            case READY -> "ready";
            case BLOCKED -> "waiting";
            case DONE -> "done";
        });
    }

    @Override public void ended(GreenThread t) { tasks.remove(t.pid); }

    @Override public boolean runSome() { return GreenThreads.runSlice(); }

    @Override public long nextWake() { return GreenThreads.nextWake(); }
}
