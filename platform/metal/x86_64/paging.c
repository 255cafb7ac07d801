/* Page tables. Physical memory is identity-mapped: the RAM and ACPI ranges of the boot memory
 * map with 2 MiB pages. MMIO windows are mapped uncached on request (hal_mmio_map). Anonymous
 * mmap memory lives in a separate window at 1 TiB in 4 KiB pages (syscall.c). The kernel stack
 * lives in a window at 512 GiB (kernel_stack_init below). */
#include "kernel.h"
#include <string.h>

static uint64_t *pml4;
uint64_t pt_pages_used;

static uint64_t *alloc_table(void) {
    uint64_t p = frame_alloc();
    if (!p) return 0;
    pt_pages_used++;
    return (uint64_t *) p;
}

/* Returns the table that entry `e` points to, creating it if asked; 0 when missing or when
 * `e` maps a large page. */
static uint64_t *next_level(uint64_t *e, int create) {
    if (*e & PTE_P) {
        if (*e & PTE_PS) return 0;
        return (uint64_t *) (*e & PTE_ADDR);
    }
    if (!create) return 0;
    uint64_t *t = alloc_table();
    if (!t) return 0;
    *e = (uint64_t) t | PTE_P | PTE_W;
    return t;
}

static inline void invlpg(uint64_t va) { __asm__ volatile("invlpg (%0)" :: "r"(va) : "memory"); }

uint64_t *pte_lookup(uint64_t virt, int create) {
    uint64_t *pdpt = next_level(&pml4[(virt >> 39) & 511], create);
    if (!pdpt) return 0;
    uint64_t *pd = next_level(&pdpt[(virt >> 30) & 511], create);
    if (!pd) return 0;
    uint64_t *pt = next_level(&pd[(virt >> 21) & 511], create);
    if (!pt) return 0;
    return &pt[(virt >> 12) & 511];
}

int map_page_4k(uint64_t virt, uint64_t phys, uint64_t flags) {
    uint64_t *pte = pte_lookup(virt, 1);
    if (!pte) return -1;
    *pte = (phys & PTE_ADDR) | flags | PTE_P;
    invlpg(virt);
    return 0;
}

uint64_t unmap_page_4k(uint64_t virt) {
    uint64_t *pte = pte_lookup(virt, 0);
    if (!pte || !(*pte & PTE_P)) return 0;
    uint64_t phys = *pte & PTE_ADDR;
    *pte = 0;
    invlpg(virt);
    return phys;
}

int prealloc_page_tables(uint64_t virt, uint64_t size) {
    for (uint64_t v = ALIGN_DOWN(virt, 0x200000); v < virt + size; v += 0x200000)
        if (!pte_lookup(v, 1)) return -1;
    return 0;
}

/* Identity-maps [phys, phys+size) with 2 MiB pages; an already present 2 MiB page is kept. */
int identity_map_range(uint64_t phys, uint64_t size, int uncached) {
    uint64_t flags = PTE_P | PTE_W | PTE_PS | (uncached ? (PTE_PCD | PTE_PWT) : 0);
    for (uint64_t a = ALIGN_DOWN(phys, 0x200000); a < phys + size; a += 0x200000) {
        uint64_t *pdpt = next_level(&pml4[(a >> 39) & 511], 1);
        if (!pdpt) return -1;
        uint64_t *pd = next_level(&pdpt[(a >> 30) & 511], 1);
        if (!pd) return -1;
        uint64_t *e = &pd[(a >> 21) & 511];
        if (!(*e & PTE_P)) {
            *e = a | flags;
            invlpg(a);
        }
    }
    return 0;
}

/* ---- the kernel stack ----
 * 4 MiB of virtual addresses at 512 GiB, with a 64 KiB guard below that is never mapped. The
 * top 64 KiB get frames at boot; every other page gets one when the stack first reaches it:
 * the #PF (on its own IST stack) comes to kernel_stack_grow, which maps a zeroed frame and
 * lets the faulting instruction run again. A boot and everyday work use a few dozen KiB; the
 * deepest legal Python nesting (the parser at its limits) about 1.8 MiB (docs/benchmarks.md),
 * which RAM then pays for until the next boot: pages are never given back. The frames come
 * from those not promised to the Java heap (heap.c); when there are none the stack cannot
 * grow and the fault is fatal ("kernel stack: no free RAM"), as running into the guard is.
 * The page tables of the whole window are made at boot, so growing only writes a PTE: a fault
 * taken inside frame_alloc or the page-table code needs nothing from them but a free frame
 * (frame_alloc's own state is consistent at every instruction that touches the stack). */
static uint64_t stack_pages;

void kernel_stack_init(void) {
    if (prealloc_page_tables(kernel_stack_bottom, KSTACK_SIZE)) panic("kernel stack: no RAM for its page tables");
    for (uint64_t v = kernel_stack_bottom; v < kernel_stack_top; v += PAGE_SIZE)
        if (!pte_lookup(v, 1)) panic("kernel stack: no RAM for its page tables");
    for (uint64_t v = kernel_stack_top - KSTACK_PRESENT; v < kernel_stack_top; v += PAGE_SIZE)
        if (kernel_stack_grow(v) != 1) panic("kernel stack: no RAM for its first %lu KiB", KSTACK_PRESENT / 1024);
}

int kernel_stack_grow(uint64_t addr) {
    if (addr < kernel_stack_bottom || addr >= kernel_stack_top) return 0;
    uint64_t page = ALIGN_DOWN(addr, PAGE_SIZE);
    uint64_t *pte = pte_lookup(page, 0);
    if (!pte) return 0;
    if (*pte & PTE_P) return 0;   /* present: the fault was something else */
    if (frames_available_unpromised() == 0) return -1;
    uint64_t f = frame_alloc();
    if (!f) return -1;
    *pte = f | PTE_P | PTE_W;
    invlpg(page);
    stack_pages++;
    return 1;
}

uint64_t kernel_stack_committed(void) { return stack_pages * PAGE_SIZE; }

void paging_init(void) {
    pml4 = alloc_table();
    if (!pml4) panic("paging_init: out of memory");
    /* The first 2 MiB (BIOS data, VGA, ACPI RSDP area, the kernel) whatever the map says. */
    identity_map_range(0, 0x200000, 0);
    identity_map_range((uint64_t) __kernel_start, (uint64_t) _end - (uint64_t) __kernel_start, 0);
    /* RAM and ACPI tables; "reserved" ranges are device windows (or a 1 TiB hole on QEMU)
     * that a driver maps with hal_mmio_map when it needs them. */
    for (int i = 0; i < boot_region_count; i++) {
        struct mem_region *r = &boot_regions[i];
        if (r->kind == RK_RESERVED || r->kind == RK_BAD) continue;
        if (identity_map_range(r->base, r->length, 0)) panic("paging_init: out of memory");
    }
    for (int i = 0; i < boot_reserved_count; i++)
        identity_map_range(boot_reserved[i].base, boot_reserved[i].end - boot_reserved[i].base, 0);
    kernel_stack_init();
    __asm__ volatile("mov %0, %%cr3" :: "r"(pml4) : "memory");
}
