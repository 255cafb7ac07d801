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
#   core.h      the GC write barrier (every store of a reference into an object) computes its
#               card index with a signed division by 2048, which gcc compiles to idiv where it
#               optimizes a block for size (54 places in the eval loop alone); the heap offset is
#               never negative, so an unsigned division (a shift) gives the same index.
# With "kernel", further patches are applied to the copy first:
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
#   stringhash.c teavm_registerString, which runs for every string constant at start-up,
#               takes the hash the generator stored in the constant (Java's String.hashCode,
#               the same function) instead of hashing every character again: the constants
#               include the frozen Python data, hundreds of thousands of characters.
# JAVA names the java launcher for CompactCallSites (default: java on the PATH).
# Each patch is checked; a TeaVM upgrade that changes the text fails the build here.
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

core="$tmp/core.h"
sed -i 's|^\( *\)intptr_t offset = (intptr_t) ((char\*) object - (char\*) teavm_gc_heapAddress) / teavm_gc_regionSize;|\1intptr_t offset = (intptr_t) ((uintptr_t) ((char*) object - (char*) teavm_gc_heapAddress) / (uintptr_t) teavm_gc_regionSize);|' "$core"
grep -q 'intptr_t offset = (intptr_t) ((uintptr_t) ((char\*) object - (char\*) teavm_gc_heapAddress) / (uintptr_t) teavm_gc_regionSize);' "$core" \
    || { echo "sync-teavm: core.h: the write barrier's card index not found" >&2; exit 1; }

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

    sh="$tmp/stringhash.c"
    sed -i 's/^\( *\)int32_t hash = teavm_hashCode(str);$/\1int32_t hash = str->hashCode != 0 ? str->hashCode : teavm_hashCode(str);/' "$sh"
    grep -q 'int32_t hash = str->hashCode != 0 ? str->hashCode : teavm_hashCode(str);' "$sh" \
        || { echo "sync-teavm: stringhash.c: the hash in teavm_registerString not found" >&2; exit 1; }

    # The replacement was written against this arrayclass.c (TeaVM 0.15.0); another one needs a look.
    echo "044dc626c36581887874d0f4cda5070be0dfdcdb703c6ef0893616e568dc0058  $tmp/arrayclass.c" | sha256sum -c --quiet - \
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
cd "$tmp"
find . -type f | while read -r f; do
    if ! cmp -s "$f" "$dst/$f"; then
        mkdir -p "$dst/$(dirname "$f")"
        cp "$f" "$dst/$f"
    fi
done
# Drop files TeaVM no longer generates (classes that became unreachable).
cd "$dst"
find . -type f | while read -r f; do
    [ -e "$tmp/$f" ] || rm -f "$f"
done
