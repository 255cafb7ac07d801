/* The Linux system calls musl's libc.a makes, answered in ring 0 (SYSCALL lands in
 * syscall_entry, boot.S). Anything else returns -ENOSYS and is logged once per number. Every
 * call is counted in syscall_histogram.
 *
 * Memory: anonymous mmap reserves virtual space in a window at 1 TiB (one guard page after
 * each mapping; addresses are not reused). A page is committed (a zeroed frame mapped) when
 * the mapping is created readable/writable or mprotect'ed so; PROT_NONE/munmap/MADV_DONTNEED
 * give the frames back. The Java heap's areas draw on frames promised to them (heap.c), every
 * other mapping only on unpromised frames, so a heap commit never fails. */
#include "kernel.h"
#include <string.h>

#define SYS_read 0
#define SYS_write 1
#define SYS_close 3
#define SYS_fstat 5
#define SYS_lseek 8
#define SYS_mmap 9
#define SYS_mprotect 10
#define SYS_munmap 11
#define SYS_brk 12
#define SYS_rt_sigaction 13
#define SYS_rt_sigprocmask 14
#define SYS_ioctl 16
#define SYS_writev 20
#define SYS_mremap 25
#define SYS_madvise 28
#define SYS_getpid 39
#define SYS_exit 60
#define SYS_kill 62
#define SYS_uname 63
#define SYS_gettid 186
#define SYS_tkill 200
#define SYS_set_tid_address 218
#define SYS_timer_create 222
#define SYS_timer_settime 223
#define SYS_timer_gettime 224
#define SYS_timer_delete 226
#define SYS_clock_gettime 228
#define SYS_clock_getres 229
#define SYS_clock_nanosleep 230
#define SYS_exit_group 231
#define SYS_tgkill 234
#define SYS_rt_sigtimedwait 128
#define SYS_rt_sigpending 127
#define SYS_arch_prctl 158
#define SYS_nanosleep 35
#define SYS_sched_yield 24
#define SYS_getcwd 79
#define SYS_getuid 102
#define SYS_getgid 104
#define SYS_geteuid 107
#define SYS_getegid 108
#define ERANGE 34

#define ENOENT 2
#define EBADF 9
#define EAGAIN 11
#define ENOMEM 12
#define EFAULT 14
#define EINVAL 22
#define ENOTTY 25
#define ENOSYS 38

#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MADV_DONTNEED 4

#define MMAP_WINDOW_BASE 0x10000000000ull   /* 1 TiB: PML4 slot 2 */
#define MMAP_WINDOW_END  0x18000000000ull   /* 512 GiB of address space */

uint32_t syscall_histogram[512];
static uint8_t enosys_logged[512];
static uint64_t mmap_next = MMAP_WINDOW_BASE;

static uint64_t signal_mask;
static uint64_t pending_signals;
static int timer_signo;
static int timer_exists;
static int64_t timer_deadline_ns;          /* 0 = disarmed */

uint64_t mmap_committed_pages;

static int in_window(uint64_t a, uint64_t len) {
    return a >= MMAP_WINDOW_BASE && a + len <= MMAP_WINDOW_END && a + len >= a;
}

/* Commits [a, a+len): maps zeroed frames where nothing is mapped. */
static long commit_range(uint64_t a, uint64_t len) {
    for (uint64_t v = a; v < a + len; v += PAGE_SIZE) {
        uint64_t *pte = pte_lookup(v, 0);
        if (pte && (*pte & PTE_P)) continue;
        int heap = heap_area_contains(v);
        if (heap) {
            if (frames_promised == 0) return -ENOMEM;
        } else if (frames_available_unpromised() < 2) {
            return -ENOMEM;              /* keep one frame for a page table */
        }
        uint64_t f = frame_alloc();
        if (!f) return -ENOMEM;
        if (map_page_4k(v, f, PTE_W)) { frame_free(f); return -ENOMEM; }
        if (heap) frames_promised--;
        mmap_committed_pages++;
    }
    return 0;
}

static void uncommit_range(uint64_t a, uint64_t len) {
    for (uint64_t v = a; v < a + len; v += PAGE_SIZE) {
        uint64_t f = unmap_page_4k(v);
        if (!f) continue;
        frame_free(f);
        mmap_committed_pages--;
        if (heap_area_contains(v)) frames_promised++;
    }
}

static long sys_mmap(uint64_t addr, uint64_t len, uint64_t prot, uint64_t flags, int64_t fd, uint64_t off) {
    (void) off;
    (void) fd;                                   /* ignored with MAP_ANONYMOUS, as on Linux */
    if (!(flags & MAP_ANONYMOUS)) return -ENOSYS;   /* no files */
    if (len == 0) return -EINVAL;
    len = ALIGN_UP(len, PAGE_SIZE);
    uint64_t a;
    if (flags & MAP_FIXED) {
        if ((addr & (PAGE_SIZE - 1)) || !in_window(addr, len)) return -EINVAL;
        a = addr;
    } else {
        if (mmap_next + len + PAGE_SIZE > MMAP_WINDOW_END) return -ENOMEM;
        a = mmap_next;
        mmap_next += len + PAGE_SIZE;                /* guard page */
    }
    if (prot & (PROT_READ | PROT_WRITE)) {
        long r = commit_range(a, len);
        if (r) { uncommit_range(a, len); return r; }
    } else {
        heap_area_reserved(a, len);
    }
    return (long) a;
}

static long sys_mprotect(uint64_t a, uint64_t len, uint64_t prot) {
    len = ALIGN_UP(len, PAGE_SIZE);
    if ((a & (PAGE_SIZE - 1)) || !in_window(a, len)) return -EINVAL;
    if (prot & (PROT_READ | PROT_WRITE)) return commit_range(a, len);
    uncommit_range(a, len);
    return 0;
}

static long sys_munmap(uint64_t a, uint64_t len) {
    len = ALIGN_UP(len, PAGE_SIZE);
    if ((a & (PAGE_SIZE - 1)) || !in_window(a, len)) return -EINVAL;
    uncommit_range(a, len);
    return 0;
}

struct iovec_k { const char *base; uint64_t len; };

static long sys_write(int64_t fd, const char *buf, uint64_t n) {
    if (fd != 1 && fd != 2) return -EBADF;
    for (uint64_t i = 0; i < n; i++) console_putc(buf[i]);
    return (long) n;
}

struct timespec_k { int64_t sec, nsec; };

static long sys_clock_gettime(int64_t clk, struct timespec_k *ts) {
    int64_t ns;
    switch (clk) {
    case 0: /* CLOCK_REALTIME */ ns = wall_clock_ns(); break;
    case 1: /* CLOCK_MONOTONIC */
    case 4: /* CLOCK_MONOTONIC_RAW */
    case 7: /* CLOCK_BOOTTIME */
    case 2: /* CLOCK_PROCESS_CPUTIME_ID: the only process, never descheduled */
    case 3: /* CLOCK_THREAD_CPUTIME_ID */
        ns = monotonic_ns(); break;
    default: return -EINVAL;
    }
    ts->sec = ns / 1000000000;
    ts->nsec = ns % 1000000000;
    return 0;
}

static void sleep_until(int64_t deadline) {
    while (monotonic_ns() < deadline) idle_until(deadline);
}

/* One POSIX timer delivering one signal (TeaVM's event-queue timer): the expiry is checked
 * when the program waits for the signal, which is the only way it consumes it. */
static long sys_timer_settime(int64_t id, int64_t flags, const struct timespec_k *value) {
    if (!timer_exists || id != 0) return -EINVAL;
    int64_t ns = value->sec * 1000000000 + value->nsec;
    if (ns == 0) timer_deadline_ns = 0;
    else timer_deadline_ns = (flags & 1) ? ns : monotonic_ns() + ns;   /* TIMER_ABSTIME */
    return 0;
}

static long sys_rt_sigtimedwait(const uint64_t *set, void *info, const struct timespec_k *timeout) {
    uint64_t want = set ? *set : 0;
    int64_t limit = timeout ? monotonic_ns() + timeout->sec * 1000000000 + timeout->nsec : INT64_MAX;
    for (;;) {
        if (timer_deadline_ns && monotonic_ns() >= timer_deadline_ns && timer_signo) {
            timer_deadline_ns = 0;
            pending_signals |= 1ull << (timer_signo - 1);
        }
        uint64_t hit = pending_signals & want;
        if (hit) {
            int sig = __builtin_ctzll(hit) + 1;
            pending_signals &= ~(1ull << (sig - 1));
            if (info) { memset(info, 0, 128); *(int32_t *) info = sig; }
            return sig;
        }
        int64_t now = monotonic_ns();
        if (now >= limit) return -EAGAIN;
        if (!timer_deadline_ns && limit == INT64_MAX) {
            /* Nothing can ever arrive: waiting would hang the machine. */
            return -EAGAIN;
        }
        int64_t d = limit;
        if (timer_deadline_ns && timer_deadline_ns < d) d = timer_deadline_ns;
        idle_until(d);
    }
}

static long unsupported(long nr) {
    if (nr >= 0 && nr < 512 && !enosys_logged[nr]) {
        enosys_logged[nr] = 1;
        KWARN("syscall", "unsupported system call %ld, returning -ENOSYS", nr);
    }
    return -ENOSYS;
}

extern _Noreturn void kernel_abort(const char *why);

long sys_dispatch(long a1, long a2, long a3, long a4, long a5, long a6, long nr) {
    (void) a6;
    if (nr >= 0 && nr < 512) syscall_histogram[nr]++;
    switch (nr) {
    case SYS_write: return sys_write(a1, (const char *) a2, (uint64_t) a3);
    case SYS_writev: {
        const struct iovec_k *iov = (const struct iovec_k *) a2;
        long total = 0;
        for (long i = 0; i < a3; i++) {
            long r = sys_write(a1, iov[i].base, iov[i].len);
            if (r < 0) return r;
            total += r;
        }
        return total;
    }
    case SYS_read: return a1 == 0 ? 0 : -EBADF;            /* stdin: Java reads the UART ring */
    case SYS_close: return (a1 >= 0 && a1 <= 2) ? 0 : -EBADF;
    case SYS_ioctl: return -ENOTTY;                          /* no terminals through libc */
    case SYS_mmap: return sys_mmap((uint64_t) a1, (uint64_t) a2, (uint64_t) a3, (uint64_t) a4, a5, (uint64_t) a6);
    case SYS_mprotect: return sys_mprotect((uint64_t) a1, (uint64_t) a2, (uint64_t) a3);
    case SYS_munmap: return sys_munmap((uint64_t) a1, (uint64_t) a2);
    case SYS_brk: return 0;            /* failure: mallocng falls back to mmap */
    case SYS_mremap: return -ENOMEM;   /* musl then copies */
    case SYS_madvise:
        if (a3 == MADV_DONTNEED && in_window((uint64_t) a1, ALIGN_UP((uint64_t) a2, PAGE_SIZE))) {
            /* Linux semantics: the range reads as zeros afterwards. */
            uncommit_range((uint64_t) a1, ALIGN_UP((uint64_t) a2, PAGE_SIZE));
            return commit_range((uint64_t) a1, ALIGN_UP((uint64_t) a2, PAGE_SIZE));
        }
        return 0;                      /* advice only */
    case SYS_clock_gettime: return sys_clock_gettime(a1, (struct timespec_k *) a2);
    case SYS_clock_getres: if (a2) { ((struct timespec_k *) a2)->sec = 0; ((struct timespec_k *) a2)->nsec = 1; } return 0;
    case SYS_nanosleep: {
        const struct timespec_k *t = (const struct timespec_k *) a1;
        sleep_until(monotonic_ns() + t->sec * 1000000000 + t->nsec);
        return 0;
    }
    case SYS_clock_nanosleep: {
        const struct timespec_k *t = (const struct timespec_k *) a3;
        int64_t ns = t->sec * 1000000000 + t->nsec;
        if (a2 & 1) sleep_until(a1 == 0 ? monotonic_ns() + (ns - wall_clock_ns()) : ns);
        else sleep_until(monotonic_ns() + ns);
        return 0;
    }
    case SYS_sched_yield: return 0;
    case SYS_arch_prctl:
        if (a1 == 0x1002) { wrmsr(0xC0000100, (uint64_t) a2); return 0; }   /* ARCH_SET_FS */
        if (a1 == 0x1003) { *(uint64_t *) a2 = rdmsr(0xC0000100); return 0; }
        return -EINVAL;
    case SYS_set_tid_address: return 1;
    case SYS_getpid: case SYS_gettid: return 1;
    /* One user, root, whose working directory is the root of the VFS (the Java side keeps
     * its own per-session cwd; this is what System.getProperty("user.dir") sees). */
    case SYS_getuid: case SYS_geteuid: case SYS_getgid: case SYS_getegid: return 0;
    case SYS_getcwd:
        if ((uint64_t) a2 < 2) return -ERANGE;
        ((char *) a1)[0] = '/';
        ((char *) a1)[1] = 0;
        return 2;                      /* the length with its NUL, as Linux returns it */
    /* Signal dispositions are recorded nowhere because no signal is ever delivered
     * asynchronously here: TeaVM installs SIG_DFL for its timer signal and only ever
     * consumes it synchronously through sigwaitinfo (rt_sigtimedwait below). */
    case SYS_rt_sigaction: return 0;
    case SYS_rt_sigprocmask: {
        uint64_t *set = (uint64_t *) a2, *old = (uint64_t *) a3;
        if (old) *old = signal_mask;
        if (set) {
            if (a1 == 0) signal_mask |= *set;
            else if (a1 == 1) signal_mask &= ~*set;
            else if (a1 == 2) signal_mask = *set;
            else return -EINVAL;
        }
        return 0;
    }
    case SYS_rt_sigpending: if (a1) *(uint64_t *) a1 = pending_signals; return 0;
    case SYS_timer_create: {
        const int32_t *sev = (const int32_t *) a2;   /* struct sigevent: value, signo, notify */
        if (timer_exists) return -EAGAIN;
        if (sev && sev[3] != 0) return -EINVAL;      /* only SIGEV_SIGNAL */
        timer_signo = sev ? sev[2] : 14;
        timer_exists = 1;
        *(int32_t *) a3 = 0;
        return 0;
    }
    case SYS_timer_settime: return sys_timer_settime(a1, a2, (const struct timespec_k *) a3 + 1);   /* it_value */
    case SYS_timer_delete: timer_exists = 0; timer_deadline_ns = 0; return 0;
    case SYS_rt_sigtimedwait: return sys_rt_sigtimedwait((const uint64_t *) a1, (void *) a2, (const struct timespec_k *) a3);
    case SYS_tkill: case SYS_tgkill: case SYS_kill: {
        long sig = nr == SYS_tgkill ? a3 : a2;
        if (sig == 6) kernel_abort("SIGABRT raised");
        if (sig <= 0 || sig > 64) return -EINVAL;
        pending_signals |= 1ull << (sig - 1);
        return 0;
    }
    case SYS_exit: case SYS_exit_group:
        KINFO("syscall", "exit(%ld)", a1);
        exit_emulator((int) (a1 & 0xFF));
    default: return unsupported(nr);
    }
}

void syscall_init_msrs(void) {
    extern char syscall_entry[];
    wrmsr(0xC0000081, (0x08ull << 32));          /* STAR: kernel CS 0x08, SS 0x10 */
    wrmsr(0xC0000082, (uint64_t) syscall_entry); /* LSTAR */
    wrmsr(0xC0000084, 0x700);                    /* FMASK: clear TF, IF, DF on entry */
}
