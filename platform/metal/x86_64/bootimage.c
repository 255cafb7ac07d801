/* Boot images: a boot that starts where a build-time boot stopped.
 *
 * Reaching the prompt means building the whole kernel (TeaVM's runtime, the filesystem, the
 * first Python session), and under QEMU's TCG most of that time goes to translating code that
 * runs once. The state it builds is the same at every boot of the same kernel on the same
 * machine, so the build boots the kernel once with `bootimage=capture` on its command line;
 * at its resume point (hal_resume_point, from Kernel.boot just before the console is served)
 * that boot saves its registers and stops, and the build saves its RAM
 * (tools/boot-image.py) into a boot image: the kernel's .data and .bss and every frame in
 * use, with the identity of the kernel and of the machine it ran on. A later boot given
 * the image as a boot module (`-initrd build/pyjama-x86_64.bootimg`) checks those, copies the
 * pages back where they were, reprograms what lives outside RAM (CPU tables and MSRs, the
 * PIC and PIT, the UART, the clocks) and continues in the saved context: the kernel sees
 * hal_resume_point return true. If anything does not match (another kernel, another memory
 * map or CPU, a capture boot), the image is ignored with a log line and the boot is a cold one.
 *
 * Where the image lies: QEMU puts boot modules right after the kernel's image, where the
 * frame allocator would have handed out frames. So the capture boot keeps a hole there (its
 * frames are never used) and the image must fit in it; the restored boot releases the hole's
 * frames once the pages are copied. The copy runs on a stack in the hole, because the boot
 * stack is in .bss, which the copy rewrites. */
#include "kernel.h"
#include <string.h>

#define MIB (1024ull * 1024ull)
#define HOLE_SIZE (24 * MIB)            /* room for the image at the next boot (it is 7 MB) */
#define COPY_STACK (16 * 1024ull)
#define BUILD_ID_BYTES 20
#define MSR_FS_BASE 0xC0000100

/* The saved context: callee-saved registers, stack pointer, return address (offsets 0-63),
 * then the fxsave area (boot.S: context_save, context_resume). */
struct cpu_context {
    uint64_t rbx, rbp, r12, r13, r14, r15, rsp, rip;
    uint8_t fx[512] __attribute__((aligned(16)));
};
__attribute__((returns_twice)) int context_save(struct cpu_context *c);
_Noreturn void context_resume(struct cpu_context *c);
_Noreturn void run_on_stack(uint64_t top, void (*fn)(void *), void *arg);

struct region_key { uint64_t base, length, kind; };

/* Left in memory by a capture boot for tools/boot-image.py, which finds it through the
 * address the capture line prints. Layout shared with that script. */
struct capture_manifest {
    char magic[8];                      /* "PYJCAPT1" */
    uint64_t data_start, data_end;      /* the kernel's writable part: .data and .bss */
    uint64_t bitmap, frame_count;       /* the frame allocator's bitmap: 1 = in use */
    uint64_t hole_base, hole_end;
    uint64_t region_count;
    struct region_key regions[MAX_REGIONS];
    uint64_t reserved_count;
    struct phys_range reserved[MAX_RESERVED];
    uint8_t build_id[BUILD_ID_BYTES];
    uint8_t pad[4];
    uint32_t cpu_key[4];
};

/* The image file's header, written by tools/boot-image.py. A run with offset 0 is zero-filled. */
struct image_run { uint64_t phys, pages, offset; };
struct image_header {
    char magic[8];                      /* "PYJBOOT1" */
    uint32_t header_bytes;              /* page-aligned; the pages follow */
    uint32_t run_count;
    uint8_t build_id[BUILD_ID_BYTES];
    uint8_t pad[4];
    uint64_t hole_base, hole_end;
    uint64_t region_count;
    struct region_key regions[MAX_REGIONS];
    uint64_t image_bytes;
    uint32_t cpu_key[4];
    uint64_t checksum[4];               /* image_checksum of the whole file, this field as zeros */
    struct image_run runs[];
};

extern char __data_start[], __build_id_note[];

static int capture_requested;
static const char *ignored_reason;
static struct capture_manifest manifest;
static struct cpu_context saved_context __attribute__((aligned(16)));
static uint64_t saved_cr3, saved_fs_base;
static int64_t saved_monotonic_ns;

/* The GNU build-id note: namesz, descsz, type, "GNU\0", then the id. */
static const uint8_t *kernel_build_id(void) { return (const uint8_t *) __build_id_note + 16; }

/* The hypervisor's signature (TCG and KVM differ, and the kernel names its machine by it) and
 * the CPU's family, model and stepping. */
static void cpu_key(uint32_t key[4]) {
    uint32_t a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    key[0] = a;
    key[1] = key[2] = key[3] = 0;
    if (c & (1u << 31))
        __asm__ volatile("cpuid" : "=a"(a), "=b"(key[1]), "=c"(key[2]), "=d"(key[3]) : "a"(0x40000000), "c"(0));
}

static void region_keys(struct region_key *out) {
    memset(out, 0, sizeof(struct region_key) * MAX_REGIONS);
    for (int i = 0; i < boot_region_count; i++)
        out[i] = (struct region_key) { boot_regions[i].base, boot_regions[i].length, (uint64_t) boot_regions[i].kind };
}

/* Fletcher's sums over 64-bit words in two lanes (16-byte vectors, 4 an iteration): cheap
 * under TCG, and a flipped bit or a page out of place changes them. `bytes` is a multiple of 64. */
static void image_checksum(const void *data, uint64_t bytes, uint64_t out[4]) {
    typedef unsigned long long v2du __attribute__((vector_size(16)));
    v2du a = { 0, 0 }, b = { 0, 0 };
    const v2du *q = data, *end = (const v2du *) ((const char *) data + bytes);
    for (; q < end; q += 4) {
        a += q[0]; b += a;
        a += q[1]; b += a;
        a += q[2]; b += a;
        a += q[3]; b += a;
    }
    out[0] = a[0]; out[1] = a[1]; out[2] = b[0]; out[3] = b[1];
}

static int in_usable_ram(uint64_t base, uint64_t end) {
    if (end < base || base < 0x100000) return 0;
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind == RK_USABLE && base >= r->base && end <= r->base + r->length) return 1;
    }
    return 0;
}

static const char *check_image(const struct image_header *h, uint64_t start, uint64_t end) {
    uint64_t size = end - start;
    if (size < sizeof *h || h->image_bytes > size || h->header_bytes > h->image_bytes
            || h->header_bytes < sizeof *h + h->run_count * sizeof(struct image_run))
        return "it is truncated or malformed";
    if (h->image_bytes % 64) return "it is truncated or malformed";
    if (memcmp(h->build_id, kernel_build_id(), BUILD_ID_BYTES))
        return "it was made by another kernel build";
    struct region_key keys[MAX_REGIONS];
    region_keys(keys);
    if (h->region_count != (uint64_t) boot_region_count || memcmp(h->regions, keys, sizeof keys))
        return "it was made on a machine with another memory map (another -m?)";
    uint32_t key[4];
    cpu_key(key);
    if (memcmp(h->cpu_key, key, sizeof key)) return "it was made on another CPU or hypervisor (KVM and TCG differ)";
    if (start < h->hole_base || ALIGN_UP(end, PAGE_SIZE) + COPY_STACK > h->hole_end)
        return "the boot loader put it outside the room its boot kept for it";
    for (uint32_t i = 0; i < h->run_count; i++) {
        const struct image_run *r = &h->runs[i];
        uint64_t bytes = r->pages * PAGE_SIZE;
        if (r->phys % PAGE_SIZE || r->offset % PAGE_SIZE || r->pages == 0 || r->pages > (1ull << 40) / PAGE_SIZE)
            return "it is truncated or malformed";
        if (r->phys + bytes > h->hole_base && r->phys < h->hole_end) return "a page would land in its own room";
        if (r->phys + bytes > (uint64_t) __kernel_start && r->phys < (uint64_t) __data_start)
            return "a page would land on the kernel's code";
        if (!in_usable_ram(r->phys, r->phys + bytes)) return "a page would land outside RAM";
        if (r->offset && (r->offset < h->header_bytes || r->offset + bytes > h->image_bytes))
            return "it is truncated or malformed";
    }
    /* Last, as the dearest: a damaged image must not be copied over the kernel. */
    struct image_header *w = (struct image_header *) h;
    uint64_t stored[4], sums[4];
    memcpy(stored, w->checksum, sizeof stored);
    memset(w->checksum, 0, sizeof w->checksum);
    image_checksum(w, w->image_bytes, sums);
    memcpy(w->checksum, stored, sizeof stored);
    if (memcmp(stored, sums, sizeof sums)) return "its checksum does not match (a damaged file)";
    return 0;
}

/* 16-byte stores, 128 bytes an iteration, as zero_pages (frames.c): `rep movsq` runs one
 * element at a time under TCG. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
static void copy_pages(uint64_t dst, uint64_t src, uint64_t pages) {
    typedef long long v2di __attribute__((vector_size(16)));
    v2di *d = (v2di *) dst, *end = (v2di *) (dst + pages * PAGE_SIZE);
    const v2di *s = (const v2di *) src;
    for (; d < end; d += 8, s += 8) {
        d[0] = s[0]; d[1] = s[1]; d[2] = s[2]; d[3] = s[3];
        d[4] = s[4]; d[5] = s[5]; d[6] = s[6]; d[7] = s[7];
    }
}

struct resume_args { uint64_t image; uint64_t t0; };

/* After the copy: memory is the capture boot's, registers and devices are this boot's. */
static _Noreturn void resume_machine(struct resume_args *a) {
    __asm__ volatile("mov %0, %%cr3" :: "r"(saved_cr3) : "memory");
    cpu_init();                         /* GDT, TSS, IDT and the SYSCALL MSRs, from the restored tables */
    wrmsr(MSR_FS_BASE, saved_fs_base);  /* musl's thread pointer */
    time_resume(a->t0, saved_monotonic_ns);
    uart_init();                        /* keeps the restored ring and what waits in the UART */
    frames_release(manifest.hole_base, manifest.hole_end);
    heap_promise_deferred();
    capture_requested = 0;
    context_resume(&saved_context);
}

/* On the stack in the hole: nothing here may live in .data or .bss until the copy is done. */
static _Noreturn void restore_memory(void *arg) {
    struct resume_args *a = arg;
    const struct image_header *h = (const struct image_header *) a->image;
    for (uint32_t i = 0; i < h->run_count; i++) {
        const struct image_run *r = &h->runs[i];
        if (r->offset) copy_pages(r->phys, a->image + r->offset, r->pages);
        else zero_pages(r->phys, r->pages);
    }
    resume_machine(a);
}

void bootimage_init(uint64_t t0) {
    capture_requested = strstr(boot_cmdline, "bootimage=capture") != 0;
    if (capture_requested) {
        /* Keep the room the image will be loaded into at the next boot. */
        uint64_t base = ALIGN_UP((uint64_t) _end, PAGE_SIZE);
        boot_reserve(base, base + HOLE_SIZE);
        manifest.hole_base = base;
        manifest.hole_end = base + HOLE_SIZE;
    }
    for (int i = 0; i < boot_module_count; i++) {
        struct boot_module m = boot_modules[i];
        if (m.end - m.start < sizeof(struct image_header) || memcmp((const void *) m.start, "PYJBOOT1", 8)) continue;
        /* Not a module for the kernel to see: after a cold boot its RAM is free again. */
        boot_forget_module(i);
        if (capture_requested) {
            ignored_reason = "this is a capture boot";
            return;
        }
        const struct image_header *h = (const struct image_header *) m.start;
        /* The capture boot had no modules: the state it saved never unpacked these. */
        ignored_reason = boot_module_count ? "other boot modules came with it, and it holds none of them"
                                           : check_image(h, m.start, m.end);
        if (ignored_reason) return;
        struct resume_args *a = (struct resume_args *) ALIGN_UP(m.end, PAGE_SIZE);
        a->image = m.start;
        a->t0 = t0;
        run_on_stack(ALIGN_UP(m.end, PAGE_SIZE) + COPY_STACK, restore_memory, a);
    }
}

uint64_t bootimage_hole_pages(void) {
    return capture_requested ? (manifest.hole_end - manifest.hole_base) / PAGE_SIZE : 0;
}

/* Logged once the console works (kmain). */
void bootimage_report(void) {
    if (ignored_reason) KWARN("bootimage", "boot image ignored: %s; booting cold", ignored_reason);
    if (capture_requested)
        KINFO("bootimage", "capture boot: %lu MiB after the image kept free for the boot image",
              (manifest.hole_end - manifest.hole_base) / MIB);
}

/* ---- HAL ---- */

int32_t hal_resume_point(void) {
    if (!capture_requested) return 0;
    uint64_t fl = irq_save();
    memcpy(manifest.magic, "PYJCAPT1", 8);
    manifest.data_start = (uint64_t) __data_start;
    manifest.data_end = (uint64_t) __bss_end;
    frames_bitmap(&manifest.bitmap, &manifest.frame_count);
    manifest.region_count = (uint64_t) boot_region_count;
    region_keys(manifest.regions);
    manifest.reserved_count = (uint64_t) boot_reserved_count;
    memcpy(manifest.reserved, boot_reserved, sizeof manifest.reserved);
    memcpy(manifest.build_id, kernel_build_id(), BUILD_ID_BYTES);
    cpu_key(manifest.cpu_key);
    saved_cr3 = read_cr3();
    saved_fs_base = rdmsr(MSR_FS_BASE);
    saved_monotonic_ns = monotonic_ns();
    if (context_save(&saved_context)) {
        /* A boot restored from the image continues here (resume_machine). */
        irq_restore(fl);
        return 1;
    }
    /* tools/boot-image.py waits for this line, then saves the RAM and ends QEMU. */
    kprintf("[pyjama] INFO  bootimage: capture ready, manifest at 0x%lx\n", (uint64_t) &manifest);
    for (;;) __asm__ volatile("cli; hlt");
}
