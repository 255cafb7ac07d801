/* Java heap sizing and the memory side of the HAL.
 *
 * TeaVM reserves its heap areas with mmap(PROT_NONE) and commits them with mprotect, and it
 * ignores mprotect failures: a commit the kernel refused would surface later as a page fault
 * inside the GC. So the heap's ceiling is computed here from the RAM actually free at boot
 * (the build passes a large ceiling; the generated main's teavm_initHeap call is patched to ask
 * pyjama_heapMin/pyjama_heapMax), and every frame the heap may ever commit is promised to it
 * when the areas are reserved; other allocations (malloc, page tables, DMA) cannot take
 * promised frames. Growth past the ceiling is TeaVM's own out-of-memory path, which is routed
 * to a Java OutOfMemoryError (teavm_outOfMemory below). */
#include "kernel.h"
#include "hal.h"

#define MIB (1024ull * 1024ull)

uint64_t heap_max_bytes;
static uint64_t heap_min_bytes;
static int heap_areas_expected;
static struct phys_range heap_areas[4];
static int heap_area_count;
static uint64_t dma_bytes;
/* Pages a capture boot could not promise to the heap because its boot-image hole holds their
 * frames; the boot resumed from the image promises them once the hole is free. */
static uint64_t promise_deferred;
static int32_t oom_count;

extern int64_t teavm_gc_availableBytes;
extern int64_t teavm_gc_maxAvailableBytes;
extern int32_t sfld_otr_GC_freeMemory;
extern void *teavm_stackTop;
extern void meth_otr_ExceptionHandling_printStack(void);
extern void teavm_gc_collectFull(void);

/* Bytes committed per heap byte when the heap is fully grown, in 1/2048ths: the heap itself,
 * the GC work area (heap/16), region table (heap/1024), card table (heap/2048) and the
 * page-table pages mapping all of it (heap/512). */
#define HEAP_COST_NUM (2048 + 128 + 2 + 1 + 4)

static void plan_heap(int64_t build_min, int64_t build_max) {
    if (heap_max_bytes) return;
    /* A capture boot plans as the boot resumed from its image will run: with the hole's RAM. */
    uint64_t avail = (frames_available_unpromised() + bootimage_hole_pages()) * PAGE_SIZE;
    /* Left for everything that is not the Java heap: musl's malloc, page tables, DMA. */
    uint64_t reserve = 2 * MIB + avail / 16;
    uint64_t budget = avail > reserve ? avail - reserve : 0;
    uint64_t max = ALIGN_DOWN(budget * 2048 / HEAP_COST_NUM, MIB);
    if (max > (uint64_t) build_max) max = (uint64_t) build_max;
    if (max < 2 * MIB) panic("heap: only %lu KiB of RAM free, too little for the Java heap", avail / 1024);
    heap_max_bytes = max;
    heap_min_bytes = (uint64_t) build_min < max ? (uint64_t) build_min : max;
    heap_areas_expected = 4;     /* heap, GC work area, region table, card table */
    KINFO("heap", "Java heap %lu..%lu MiB (RAM free %lu MiB, kept for the kernel %lu MiB), at %lu us",
          heap_min_bytes / MIB, heap_max_bytes / MIB, avail / MIB, reserve / MIB,
          (uint64_t) monotonic_ns() / 1000);
}

int64_t pyjama_heapMin(int64_t build_min, int64_t build_max) {
    plan_heap(build_min, build_max);
    return (int64_t) heap_min_bytes;
}

int64_t pyjama_heapMax(int64_t build_min, int64_t build_max) {
    plan_heap(build_min, build_max);
    return (int64_t) heap_max_bytes;
}

/* Called for every PROT_NONE mmap; the first four after planning are TeaVM's heap areas. */
void heap_area_reserved(uint64_t addr, uint64_t size) {
    if (heap_areas_expected == 0) return;
    heap_areas_expected--;
    heap_areas[heap_area_count++] = (struct phys_range) { addr, addr + size };
    uint64_t pages = size / PAGE_SIZE;
    if (prealloc_page_tables(addr, size)) panic("heap: no RAM for the page tables of the Java heap");
    uint64_t have = frames_available_unpromised();
    if (pages > have) {
        /* Only in a capture boot, which uses a few MiB of its heap: the rest of the promise
         * waits for the resumed boot (heap_promise_deferred). */
        if (pages - have > bootimage_hole_pages() - promise_deferred)
            panic("heap: cannot promise %lu pages to the Java heap", pages);
        promise_deferred += pages - have;
        pages = have;
    }
    frames_promised += pages;
}

void heap_promise_deferred(void) {
    frames_promised += promise_deferred;
    promise_deferred = 0;
}

int heap_area_contains(uint64_t addr) {
    for (int i = 0; i < heap_area_count; i++)
        if (addr >= heap_areas[i].base && addr < heap_areas[i].end) return 1;
    return 0;
}

/* Replaces TeaVM's teavm_outOfMemory (the build renames the generated one): reached when a
 * full GC could not free enough and the heap is at its ceiling. */
void teavm_outOfMemory(void) {
    oom_count++;
    if (java_oom_thrower && teavm_stackTop) {
        /* The failed search for a free chunk left the allocator's chunk cursor past the end
         * (TeaVM never expected to continue). A full collection from here rebuilds the free
         * chunk list, exactly as System.gc() would, so the heap is consistent when the
         * exception unwinds into Java. */
        teavm_gc_collectFull();
        java_oom_thrower();          /* throws a preallocated OutOfMemoryError; never returns */
    }
    kprintf("[pyjama] PANIC heap: Java heap exhausted (%lu MiB) before the kernel could handle it\n",
            heap_max_bytes / MIB);
    if (teavm_stackTop) meth_otr_ExceptionHandling_printStack();
    exit_emulator(EXIT_OUT_OF_MEMORY);
}

/* Zeroed memory for TeaVM's run-time array classes (platform/metal/teavm/arrayclass.c), which
 * must lie near the image (TeaVM keeps a class as a 32-bit offset from its class tables):
 * identity-mapped frames, never returned. 0 when RAM is short. */
void *pyjama_class_memory(uint64_t size) {
    uint64_t pages = ALIGN_UP(size, PAGE_SIZE) / PAGE_SIZE;
    if (pages + 1 > frames_available_unpromised()) return 0;
    return (void *) frame_alloc_contig(pages, 1);
}

/* ---- HAL ---- */

int32_t hal_mmio_map(int64_t phys, int64_t size) {
    if (phys < 0 || size <= 0) return -1;
    return identity_map_range((uint64_t) phys, (uint64_t) size, 1);
}

int64_t hal_dma_alloc(int64_t size, int64_t align) {
    if (size <= 0 || align <= 0 || (align & (align - 1))) return 0;
    uint64_t pages = ALIGN_UP((uint64_t) size, PAGE_SIZE) / PAGE_SIZE;
    uint64_t align_frames = (uint64_t) align <= PAGE_SIZE ? 1 : (uint64_t) align / PAGE_SIZE;
    if (pages + 1 > frames_available_unpromised()) return 0;
    uint64_t p = frame_alloc_contig(pages, align_frames);
    if (p) dma_bytes += pages * PAGE_SIZE;
    return (int64_t) p;
}

void hal_dma_free(int64_t phys, int64_t size) {
    uint64_t pages = ALIGN_UP((uint64_t) size, PAGE_SIZE) / PAGE_SIZE;
    frames_free_range((uint64_t) phys, pages);
    dma_bytes -= pages * PAGE_SIZE;
}

int32_t hal_memmap_count(void) { return boot_region_count + 1; }

/* The boot map plus one KERNEL entry for the image (text, data, bss and stack). */
int64_t hal_memmap_base(int32_t i) {
    return i < boot_region_count ? (int64_t) boot_regions[i].base : (int64_t) (uint64_t) __kernel_start;
}
int64_t hal_memmap_length(int32_t i) {
    return i < boot_region_count ? (int64_t) boot_regions[i].length
                                 : (int64_t) ((uint64_t) _end - (uint64_t) __kernel_start);
}
int32_t hal_memmap_kind(int32_t i) { return i < boot_region_count ? boot_regions[i].kind : RK_KERNEL; }

int64_t hal_phys_total(void) { return (int64_t) (frames_total() * PAGE_SIZE); }
int64_t hal_phys_free(void) { return (int64_t) (frames_free() * PAGE_SIZE); }
int64_t hal_heap_max(void) { return teavm_gc_maxAvailableBytes; }
int64_t hal_heap_committed(void) { return teavm_gc_availableBytes; }
int64_t hal_heap_used(void) { return teavm_gc_availableBytes - sfld_otr_GC_freeMemory; }
int32_t hal_syscall_count(int32_t nr) { return nr >= 0 && nr < 512 ? (int32_t) syscall_histogram[nr] : 0; }
int32_t hal_out_of_memory_count(void) { return oom_count; }

void hal_set_throwers(void (*divide_by_zero)(void), void (*out_of_memory)(void)) {
    java_div0_thrower = divide_by_zero;
    java_oom_thrower = out_of_memory;
}

int32_t hal_machine_name(void *buffer, int32_t max) {
    uint32_t a, b, c, d;
    const char *name = "x86_64 PC";
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    if (c & (1u << 31)) {
        uint32_t sig[3];
        __asm__ volatile("cpuid" : "=a"(a), "=b"(sig[0]), "=c"(sig[1]), "=d"(sig[2]) : "a"(0x40000000), "c"(0));
        const char *s = (const char *) sig;
        if (s[0] == 'T' && s[1] == 'C' && s[2] == 'G') name = "QEMU x86_64 (TCG)";
        else if (s[0] == 'K' && s[1] == 'V' && s[2] == 'M') name = "QEMU x86_64 (KVM)";
        else name = "x86_64 virtual machine";
    }
    int32_t n = 0;
    while (name[n] && n < max) { ((char *) buffer)[n] = name[n]; n++; }
    return n;
}
