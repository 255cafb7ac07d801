/* bench/insn-count.c: a QEMU TCG plugin that counts guest instructions per translation block
 * and writes "address instructions" lines at exit, for bench/profile-boot.py --insns (which
 * turns addresses into the kernel's function names). Counting is exact and independent of the
 * host's load, unlike sampling; it says what the guest executes, not what TCG's translation
 * costs. Built on demand by profile-boot.py:
 *
 *     gcc -shared -fPIC -O2 -o build/insn-count.so bench/insn-count.c
 *     qemu-system-x86_64 -plugin build/insn-count.so,out=FILE ...
 *
 * QEMU has no installed header for its plugin API, so the few declarations used are here;
 * they are those of QEMU 7.2 (plugin API version 1), the one Debian 12 ships. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t qemu_plugin_id_t;
struct qemu_plugin_tb;
typedef struct qemu_info_t qemu_info_t;
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
                                           void (*cb)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb));
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb, enum qemu_plugin_op op,
                                              void *ptr, uint64_t imm);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, void (*cb)(qemu_plugin_id_t id, void *userdata),
                                    void *userdata);

__attribute__((visibility("default"))) int qemu_plugin_version = 1;

struct block {
    uint64_t vaddr;
    uint64_t insns;
    uint64_t executions;
    struct block *next;
};

static struct block *blocks;
static char out_path[4096] = "insn-count.txt";

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    struct block *b = calloc(1, sizeof *b);
    if (!b) return;
    b->vaddr = qemu_plugin_tb_vaddr(tb);
    b->insns = qemu_plugin_tb_n_insns(tb);
    b->next = blocks;
    blocks = b;
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &b->executions, 1);
}

static void write_counts(qemu_plugin_id_t id, void *userdata) {
    FILE *f = fopen(out_path, "w");
    if (!f) return;
    for (struct block *b = blocks; b; b = b->next)
        if (b->executions) fprintf(f, "%llx %llu\n", (unsigned long long) b->vaddr,
                                   (unsigned long long) (b->insns * b->executions));
    fclose(f);
}

__attribute__((visibility("default")))
int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    for (int i = 0; i < argc; i++)
        if (strncmp(argv[i], "out=", 4) == 0) snprintf(out_path, sizeof out_path, "%s", argv[i] + 4);
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, write_counts, NULL);
    return 0;
}
