#!/bin/sh
# sync-teavm.sh SRC DST [kernel]
#
# Copies TeaVM's generated C from SRC to DST, rewriting only files whose content changed, so
# that file times (and make's incremental C build) follow real changes: TeaVM rewrites every
# file on each Maven run. One patch applies to every copy:
#   Object.c    TeaVM 0.15.0's Object.cloneLowLevel sizes the copy of an array by asking whether
#               the *array* class is primitive (never true), so clone() of an int[]/byte[]/char[]
#               copied 8 bytes per element and overran the new array into its neighbours on the
#               heap (random crashes and hangs long after). The patch asks the item type instead,
#               as Allocator.allocateArray and GC.objectSize do.
#   GC.c        GC.fixHeap (the first step of System.gc(), i.e. teavm_gc_collect/collectFull)
#               writes a free-chunk header {0, currentChunkLimit - currentChunk} at the
#               allocator's cursor without checking that the current chunk has room left:
#               after an allocation that used its chunk up exactly, the cursor is the first
#               byte of the next, live object, whose header and hash became {0, 0}; the mark
#               phase of that same collection then took that object's class from
#               teavm_beforeClasses + 0 and faulted in GC_markObjectData (gc.collect() in
#               tools/gc-crash-loop.sh on branch boot2). The patch adds the test
#               getNextChunkIfPossible has (currentChunk < currentChunkLimit).
#   core.h      the GC write barrier (every store of a reference into an object) computes its
#               card index with a signed division by 2048, which gcc compiles to idiv where it
#               optimizes a block for size (54 places in the eval loop alone); the heap offset is
#               never negative, so an unsigned division (a shift) gives the same index.
#   Allocator.c every allocation zeroes the new object or array with a libc memset call of a
#               size gcc cannot see (2 % of the float benchmarks' time, for 24-byte floats):
#               up to 64 bytes (sizes are multiples of 8) are zeroed by stores inline.
#   stringhash.c teavm_registerString, called for each of the ~10 000 string literals when the
#               program starts, hashes the characters again although every literal carries its
#               hash (TEAVM_STRING's hashCode field): with the frozen Python sources among the
#               literals that was 15 million instructions, half of the native interpreter's
#               start-up. The patch uses the stored hash when it is set.
#   *.c         (spills) a local that a catch handler reads is also kept in a "spill", stored
#               whenever the try changes it, because TeaVM's try is setjmp and longjmp forgets
#               registers. TeaVM declares a spilled pointer "volatile void* teavm_spill_N":
#               a pointer to volatile, itself an ordinary local, which gcc may keep in a
#               register or fold. In runOne's finally (PythonSession) gcc took the spill's value
#               at the setjmp, uninitialised, as null: the handler read address 8 and took a #GP
#               (the -m 20M boot, whose first command ran out of heap). The patch makes the
#               pointer itself volatile ("void* volatile"), as the int and double spills are.
#   *.c, exceptions.h  every null, bounds, cast and class-initialization check is generated as
#               TEAVM_WITH_CALL_SITE_ID(id, check(...)), a store of the call-site id into the
#               shadow stack frame before the test, though only a failing check reads it. The
#               sites are rewritten to TEAVM_LAZY_SITE(id, checkLazy(...)) and the macros of
#               teavm-lazy-checks.h (appended to exceptions.h) store the id on the failing path.
#   core.h      teavm_instanceof is always inlined: with the checks above, gcc stopped
#               inlining it into the interpreter's loop, and the call per type test made
#               mandelbrot 34 % more instructions (1311 M against 975 M inlined).
# With "kernel", these patches follow:
#   main.c      the literal teavm_initHeap(min, max) asks the kernel instead (pyjama_heapMin/
#               pyjama_heapMax size the heap from the RAM found at boot);
#   heaptrace.c TeaVM's teavm_outOfMemory (print, abort) is renamed so the kernel's version,
#               which throws a Java OutOfMemoryError, is the one the GC calls;
#   GC.c        the stack dump printed just before teavm_outOfMemory goes: out of memory is an
#               exception the program handles now, not a crash report;
#   arrayclass.c replaced by teavm/arrayclass.c: the pool of array classes made at run time is
#               malloc'ed in chunks on first use instead of 7.7 MB of static .bss;
#   callsites.c rewritten by teavm/CompactCallSites.java into compact tables (5.1 MB of .data
#               become 1.6 MB), and ExceptionHandling.c's reads of the old structures become
#               calls to the accessors it writes (compact_callsites.h);
# JAVA names the java launcher for CompactCallSites (default: java on the PATH).
# Each patch is checked; a TeaVM upgrade that changes the text fails the build here.
# DST.changed (next to DST) is touched when any file of DST changed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$1; dst=$2; mode=${3:-}
[ -f "$src/all.c" ] || { echo "sync-teavm: $src/all.c missing (run the Maven build)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -R "$src/." "$tmp/"

obj="$tmp/classes/java/lang/Object.c"
sed -i 's/(!meth_otr_RuntimeClass_isPrimitive(\(teavm_local_[0-9]*\))) ? sizeof(void\*) : TEAVM_FIELD(TEAVM_FIELD(\1, TeaVM_Class, itemType)/(!meth_otr_RuntimeClass_isPrimitive(TEAVM_FIELD(\1, TeaVM_Class, itemType))) ? sizeof(void*) : TEAVM_FIELD(TEAVM_FIELD(\1, TeaVM_Class, itemType)/' "$obj"
grep -q 'isPrimitive(TEAVM_FIELD(teavm_local_[0-9]*, TeaVM_Class, itemType))) ? sizeof(void\*)' "$obj" || { echo "sync-teavm: Object.c: cloneLowLevel's element size not found" >&2; exit 1; }

gcc="$tmp/classes/org/teavm/runtime/GC.c"
sed -i '/^void teavm_gc_fixHeap() {$/,/^}$/s/^\( *\)if ((sfld_otr_GC_freeChunks > INT32_C(0))) {$/\1if ((sfld_otr_GC_freeChunks > INT32_C(0)) \&\& (char*) sfld_otr_GC_currentChunk < (char*) sfld_otr_GC_currentChunkLimit) {/' "$gcc"
sed -n '/^void teavm_gc_fixHeap() {$/,/^}$/p' "$gcc" | grep -q 'if ((sfld_otr_GC_freeChunks > INT32_C(0)) && (char\*) sfld_otr_GC_currentChunk < (char\*) sfld_otr_GC_currentChunkLimit) {' \
    || { echo "sync-teavm: GC.c: fixHeap's test not found" >&2; exit 1; }

core="$tmp/core.h"
sed -i 's|^\( *\)intptr_t offset = (intptr_t) ((char\*) object - (char\*) teavm_gc_heapAddress) / teavm_gc_regionSize;|\1intptr_t offset = (intptr_t) ((uintptr_t) ((char*) object - (char*) teavm_gc_heapAddress) / (uintptr_t) teavm_gc_regionSize);|' "$core"
grep -q 'intptr_t offset = (intptr_t) ((uintptr_t) ((char\*) object - (char\*) teavm_gc_heapAddress) / (uintptr_t) teavm_gc_regionSize);' "$core" \
    || { echo "sync-teavm: core.h: the write barrier's card index not found" >&2; exit 1; }
sed -i 's/^static inline int32_t teavm_instanceof(/static inline __attribute__((always_inline)) int32_t teavm_instanceof(/' "$core"
grep -q '__attribute__((always_inline)) int32_t teavm_instanceof(' "$core" || { echo "sync-teavm: core.h: teavm_instanceof not found" >&2; exit 1; }

alloc="$tmp/classes/org/teavm/runtime/Allocator.c"
zero='{ int64_t* pyjama_q = (int64_t*) \2; int32_t pyjama_n = \3; switch ((pyjama_n \& 7) == 0 ? pyjama_n >> 3 : 9) { case 8: pyjama_q[7] = 0; case 7: pyjama_q[6] = 0; case 6: pyjama_q[5] = 0; case 5: pyjama_q[4] = 0; case 4: pyjama_q[3] = 0; case 3: pyjama_q[2] = 0; case 2: pyjama_q[1] = 0; case 1: pyjama_q[0] = 0; case 0: break; default: memset(\2, 0, pyjama_n); } }'
sed -i -e "s/^\( *\)memset(\(teavm_local_[0-9]*\), 0, \(TEAVM_FIELD(teavm_local_[0-9]*, TeaVM_Class, size)\));\$/\1$zero/" \
    -e "s/^\( *\)memset(\(teavm_local_[0-9]*\), 0, \(teavm_local_[0-9]*\));\$/\1$zero/" "$alloc"
[ "$(grep -c 'case 8: pyjama_q\[7\] = 0;' "$alloc")" = 2 ] || { echo "sync-teavm: Allocator.c: the memsets of allocate and allocateArray not found" >&2; exit 1; }

strhash="$tmp/stringhash.c"
sed -i 's/^\( *\)int32_t hash = teavm_hashCode(str);$/\1int32_t hash = str->hashCode != 0 ? str->hashCode : teavm_hashCode(str);/' "$strhash"
grep -q 'int32_t hash = str->hashCode != 0 ? str->hashCode : teavm_hashCode(str);' "$strhash" \
    || { echo "sync-teavm: stringhash.c: the hash of teavm_registerString not found" >&2; exit 1; }

# Spilled pointers: "volatile T* x" makes the pointee volatile, not x (see the header).
find "$tmp" -name '*.c' -exec sed -i -E 's/^( *)volatile ([A-Za-z_][A-Za-z_0-9]*)\* (teavm_spill_[0-9]+);$/\1\2* volatile \3;/' {} +
! grep -rqE 'volatile [A-Za-z_][A-Za-z_0-9]*\* teavm_spill_' "$tmp" --include='*.c' \
    || { echo "sync-teavm: a spilled pointer still declared as a pointer to volatile" >&2; exit 1; }
grep -rqE '\* volatile teavm_spill_[0-9]+;' "$tmp" --include='*.c' || { echo "sync-teavm: no spilled pointers found" >&2; exit 1; }

cat "$here/teavm-lazy-checks.h" >> "$tmp/exceptions.h"
find "$tmp" -name '*.c' -exec sed -i 's/TEAVM_WITH_CALL_SITE_ID(\([0-9]*\), teavm_\(nullCheck\|checkBounds\|checkUpperBound\|checkLowerBound\|initializeClass\|checkcast\)(/TEAVM_LAZY_SITE(\1, teavm_\2Lazy(/g' {} +
grep -rq 'TEAVM_LAZY_SITE([0-9]*, teavm_nullCheckLazy(' "$tmp/classes" || { echo "sync-teavm: no TEAVM_WITH_CALL_SITE_ID(id, teavm_nullCheck(...)) sites found" >&2; exit 1; }

if [ "$mode" = kernel ]; then
    sed -i 's/^\( *\)teavm_initHeap(\([0-9]*\), \([0-9]*\));/\1teavm_initHeap(pyjama_heapMin(\2, \3), pyjama_heapMax(\2, \3));/' "$tmp/main.c"
    grep -q 'teavm_initHeap(pyjama_heapMin(' "$tmp/main.c" || { echo "sync-teavm: main.c: teavm_initHeap call not found" >&2; exit 1; }
    sed -i 's/^int main(int argc, char\*\* argv) {/int64_t pyjama_heapMin(int64_t, int64_t);\nint64_t pyjama_heapMax(int64_t, int64_t);\n&/' "$tmp/main.c"
    grep -q '^int64_t pyjama_heapMax' "$tmp/main.c" || { echo "sync-teavm: main.c: main() not found" >&2; exit 1; }
    sed -i 's/^void teavm_outOfMemory() {/void teavm_outOfMemory_replaced_by_kernel() {/' "$tmp/heaptrace.c"
    grep -q '^void teavm_outOfMemory_replaced_by_kernel() {' "$tmp/heaptrace.c" || { echo "sync-teavm: heaptrace.c: teavm_outOfMemory not found" >&2; exit 1; }
    gc="$tmp/classes/org/teavm/runtime/GC.c"
    sed -i '/^ *meth_otr_ExceptionHandling_printStack();$/{N;s/^ *meth_otr_ExceptionHandling_printStack();\n\( *teavm_outOfMemory();\)/\1/}' "$gc"
    grep -B1 'teavm_outOfMemory();' "$gc" | grep -q printStack && { echo "sync-teavm: GC.c: stack dump before teavm_outOfMemory still there" >&2; exit 1; }
    grep -q 'teavm_outOfMemory();' "$gc" || { echo "sync-teavm: GC.c: teavm_outOfMemory call not found" >&2; exit 1; }

    # The replacement was written against this arrayclass.c (TeaVM 0.15.0); another one needs a
    # look. The hash is of TeaVM's own file ($src): the call-site rewrite above has changed $tmp's.
    echo "044dc626c36581887874d0f4cda5070be0dfdcdb703c6ef0893616e568dc0058  $src/arrayclass.c" | sha256sum -c --quiet - \
        || { echo "sync-teavm: arrayclass.c is not TeaVM 0.15.0's: check platform/metal/teavm/arrayclass.c against it" >&2; exit 1; }
    cp "$here/teavm/arrayclass.c" "$tmp/arrayclass.c"

    "${JAVA:-java}" "$here/teavm/CompactCallSites.java" "$tmp"
    eh="$tmp/classes/org/teavm/runtime/ExceptionHandling.c"
    sed -i -e 's/TEAVM_FIELD(TEAVM_FIND_CALLSITE(\(teavm_local_[0-9]*\), teavm_local_[0-9]*), TeaVM_CallSite, location)/pyjama_callSiteLocation(\1)/g' \
        -e 's/TEAVM_FIELD(TEAVM_FIND_CALLSITE(\(teavm_local_[0-9]*\), teavm_local_[0-9]*), TeaVM_CallSite, firstHandler)/pyjama_callSiteFirstHandler(\1)/g' \
        -e 's/TEAVM_FIELD(\(teavm_local_[0-9]*\), TeaVM_CallSiteLocation, method)/pyjama_callSiteLocationMethod(\1)/g' \
        -e 's/TEAVM_FIELD(\(teavm_local_[0-9]*\), TeaVM_CallSiteLocation, lineNumber)/pyjama_callSiteLocationLine(\1)/g' \
        -e 's/TEAVM_FIELD(\(teavm_local_[0-9]*\), TeaVM_CallSiteLocation, next)/pyjama_callSiteLocationNext(\1)/g' \
        -e '1a #include "../../../../compact_callsites.h"' "$eh"
    grep -q 'pyjama_callSiteFirstHandler(' "$eh" && grep -q 'pyjama_callSiteLocationNext(' "$eh" \
        || { echo "sync-teavm: ExceptionHandling.c: call-site reads not found" >&2; exit 1; }
    # Nothing else may read the old tables (heapdump.c does, but only in TEAVM_HEAP_DUMP builds).
    left=$(grep -rl 'TEAVM_FIND_CALLSITE\|TeaVM_CallSiteLocation\|teavm_callSites' "$tmp" --include='*.c' \
        | grep -v -e '/callsites\.c$' -e '/heapdump\.c$' || true)
    [ -z "$left" ] || { echo "sync-teavm: still reading TeaVM's call-site tables: $left" >&2; exit 1; }
    if grep -q '^#define TEAVM_HEAP_DUMP' "$tmp/config.h"; then
        echo "sync-teavm: heap dumps need TeaVM's call-site tables" >&2; exit 1
    fi
fi

mkdir -p "$dst"
dst=$(cd "$dst" && pwd)
# DST.changed is touched whenever a file in DST changes: the C builds depend on it, since make
# saw the times of the files all.c includes before this ran.
changed="$dst.changed"
[ -e "$changed" ] || touch "$changed"
cd "$tmp"
find . -type f | while read -r f; do
    if ! cmp -s "$f" "$dst/$f"; then
        mkdir -p "$dst/$(dirname "$f")"
        cp "$f" "$dst/$f"
        touch "$changed"
    fi
done
# Drop files TeaVM no longer generates (classes that became unreachable).
cd "$dst"
find . -type f | while read -r f; do
    [ -e "$tmp/$f" ] || { rm -f "$f"; touch "$changed"; }
done
