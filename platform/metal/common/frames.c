/* Physical frame allocator: one bit per 4 KiB frame up to the top of usable RAM (1 = in use).
 * Usable RAM from the boot memory map, minus the low 1 MiB, the kernel image (with .bss and
 * the stack), the boot loader's structures and modules, and the bitmap itself. Frames are
 * reached through the identity map. Allocation is first-fit from a moving hint; contiguous
 * runs (DMA) are found by a linear scan. */
#include "kernel.h"
#include <string.h>

static uint64_t *bitmap;
static uint64_t bitmap_words;
static uint64_t frame_count;        /* frames covered by the bitmap */
static uint64_t managed_frames;     /* frames that were ever free */
static uint64_t free_frames;
static uint64_t hint;
uint64_t phys_top;
uint64_t frames_promised;

static inline int bit_get(uint64_t f) { return (bitmap[f >> 6] >> (f & 63)) & 1; }
static inline void bit_set(uint64_t f) { bitmap[f >> 6] |= 1ull << (f & 63); }
static inline void bit_clear(uint64_t f) { bitmap[f >> 6] &= ~(1ull << (f & 63)); }

static int overlaps_excluded(uint64_t base, uint64_t end) {
    if (base < 0x100000) return 1;
    if (base < (uint64_t) _end && end > (uint64_t) __kernel_start) return 1;
    for (int i = 0; i < boot_reserved_count; i++)
        if (base < boot_reserved[i].end && end > boot_reserved[i].base) return 1;
    return 0;
}

/* A page-aligned free spot of `size` bytes inside usable RAM, avoiding excluded ranges. */
static uint64_t find_early_space(uint64_t size) {
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind != RK_USABLE) continue;
        uint64_t end = ALIGN_DOWN(r->base + r->length, PAGE_SIZE);
        /* Candidate starts: the region start, and the end of every excluded range. */
        uint64_t cands[2 + MAX_RESERVED];
        int n = 0;
        cands[n++] = ALIGN_UP(r->base, PAGE_SIZE);
        cands[n++] = ALIGN_UP((uint64_t) _end, PAGE_SIZE);
        for (int j = 0; j < boot_reserved_count; j++) cands[n++] = ALIGN_UP(boot_reserved[j].end, PAGE_SIZE);
        for (int c = 0; c < n; c++) {
            uint64_t b = cands[c] < 0x100000 ? 0x100000 : cands[c];
            if (b < r->base || b + size > end) continue;
            if (!overlaps_excluded(b, b + size)) return b;
        }
    }
    return 0;
}

static void mark_range(uint64_t base, uint64_t end, int used) {
    uint64_t f0 = base / PAGE_SIZE, f1 = ALIGN_UP(end, PAGE_SIZE) / PAGE_SIZE;
    if (f1 > frame_count) f1 = frame_count;
    for (uint64_t f = f0; f < f1;) {
        if ((f & 63) == 0 && f + 64 <= f1) {
            /* A whole word at once (a 512 MiB machine has 128k frames to mark at boot). */
            uint64_t w = bitmap[f >> 6];
            uint64_t changed = (uint64_t) (used ? 64 - __builtin_popcountll(w) : __builtin_popcountll(w));
            bitmap[f >> 6] = used ? ~0ull : 0;
            if (used) { free_frames -= changed; managed_frames -= changed; }
            else { free_frames += changed; managed_frames += changed; }
            f += 64;
            continue;
        }
        if (used && !bit_get(f)) { bit_set(f); free_frames--; managed_frames--; }
        else if (!used && bit_get(f)) { bit_clear(f); free_frames++; managed_frames++; }
        f++;
    }
}

void frames_init(void) {
    phys_top = 0;
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind == RK_USABLE && r->base + r->length > phys_top) phys_top = r->base + r->length;
    }
    frame_count = phys_top / PAGE_SIZE;
    bitmap_words = (frame_count + 63) / 64;
    uint64_t bytes = ALIGN_UP(bitmap_words * 8, PAGE_SIZE);
    uint64_t at = find_early_space(bytes);
    if (!at) panic("no room for the frame bitmap (%lu bytes)", bytes);
    bitmap = (uint64_t *) at;
    memset(bitmap, 0xFF, bitmap_words * 8);
    free_frames = managed_frames = 0;
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind == RK_USABLE)
            mark_range(ALIGN_UP(r->base, PAGE_SIZE), ALIGN_DOWN(r->base + r->length, PAGE_SIZE), 0);
    }
    /* A region listed twice (usable and reserved) stays reserved. */
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind != RK_USABLE) mark_range(ALIGN_DOWN(r->base, PAGE_SIZE), r->base + r->length, 1);
    }
    mark_range(0, 0x100000, 1);
    mark_range(ALIGN_DOWN((uint64_t) __kernel_start, PAGE_SIZE), (uint64_t) _end, 1);
    for (int i = 0; i < boot_reserved_count; i++)
        mark_range(ALIGN_DOWN(boot_reserved[i].base, PAGE_SIZE), boot_reserved[i].end, 1);
    mark_range(at, at + bytes, 1);
    hint = 0;
}

void frames_release(uint64_t base, uint64_t end) {
    mark_range(ALIGN_UP(base, PAGE_SIZE), ALIGN_DOWN(end, PAGE_SIZE), 0);
}

void frames_bitmap(uint64_t *address, uint64_t *count) {
    *address = (uint64_t) bitmap;
    *count = frame_count;
}

uint64_t frames_total(void) { return managed_frames; }
uint64_t frames_free(void) { return free_frames; }
uint64_t frames_available_unpromised(void) {
    return free_frames > frames_promised ? free_frames - frames_promised : 0;
}

/* Zeroes whole pages with 16-byte stores, 128 bytes per loop iteration. Not memset: gcc and
 * musl make that `rep stosq`, which QEMU's TCG runs one iteration at a time (512 per page);
 * this loop costs it about a tenth, and the heap's first commit alone zeroes 1024 pages at
 * boot. SSE is safe here: exception and syscall entries save the SSE state (boot.S). */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void zero_pages(uint64_t phys, uint64_t count) {
    typedef long long v2di __attribute__((vector_size(16)));
    const v2di z = { 0, 0 };
    v2di *q = (v2di *) phys, *end = (v2di *) (phys + count * PAGE_SIZE);
    for (; q < end; q += 8) {
        q[0] = z; q[1] = z; q[2] = z; q[3] = z;
        q[4] = z; q[5] = z; q[6] = z; q[7] = z;
    }
}

uint64_t frame_alloc(void) {
    if (free_frames == 0) return 0;
    for (uint64_t pass = 0; pass < 2; pass++) {
        for (uint64_t w = hint; w < bitmap_words; w++) {
            if (bitmap[w] == ~0ull) continue;
            uint64_t f = w * 64 + (uint64_t) __builtin_ctzll(~bitmap[w]);
            if (f >= frame_count) break;
            bit_set(f);
            free_frames--;
            hint = w;
            zero_pages(f * PAGE_SIZE, 1);
            return f * PAGE_SIZE;
        }
        hint = 0;
    }
    return 0;
}

uint64_t frame_alloc_contig(uint64_t count, uint64_t align_frames) {
    if (count == 0 || count > free_frames) return 0;
    if (align_frames == 0) align_frames = 1;
    for (uint64_t f = 0; f + count <= frame_count;) {
        f = ALIGN_UP(f, align_frames);
        if (f + count > frame_count) break;
        uint64_t k = 0;
        while (k < count && !bit_get(f + k)) k++;
        if (k == count) {
            for (k = 0; k < count; k++) bit_set(f + k);
            free_frames -= count;
            zero_pages(f * PAGE_SIZE, count);
            return f * PAGE_SIZE;
        }
        f += k + 1;
    }
    return 0;
}

void frame_free(uint64_t phys) {
    uint64_t f = phys / PAGE_SIZE;
    if (f >= frame_count || !bit_get(f)) panic("frame_free: frame 0x%lx is not allocated", phys);
    bit_clear(f);
    free_frames++;
    if (f / 64 < hint) hint = f / 64;
}

void frames_free_range(uint64_t phys, uint64_t count) {
    for (uint64_t i = 0; i < count; i++) frame_free(phys + i * PAGE_SIZE);
}
