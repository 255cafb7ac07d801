/* Replaces TeaVM 0.15.0's arrayclass.c in the kernel's copy of the generated C (sync-teavm.sh
 * checks that the original is the one this was written against).
 *
 * TeaVM makes the class of an array type at run time when the program did not need it at
 * build time (Arrays.copyOf of a T[], Array.newInstance...). Its pool for them is a static
 * array of 8 slots per class of the program: with the interpreter in the kernel, 19,008 slots
 * of 408 bytes, 7.7 MB of .bss, all of it RAM on metal, of which a boot uses a handful. Here
 * the slots come from the kernel, 64 at a time, when first needed; the capacity and the fatal
 * "Metaspace size" report when it is exceeded are TeaVM's. A slot never moves or goes away
 * (classes live forever), as before.
 *
 * Not from malloc: an object header holds its class as 32 bits, the class's distance from
 * teavm_beforeClasses in 8-byte units (TEAVM_PACK_CLASS), so a class must lie within 16 GiB of
 * the image. malloc's memory is in the mmap window at 1 TiB; pyjama_class_memory (heap.c)
 * gives zeroed, identity-mapped frames, which are below 4 GiB. */
#include "arrayclass.h"
#include "arrayclass_gen.h"
#include "log.h"
#include <stdlib.h>
#include <string.h>

#define PYJAMA_CLASS_CHUNK 64

extern void* pyjama_class_memory(uint64_t size);

static TEAVM_OBJECT_CLASS* teavm_dynamicClassChunks[
        (TEAVM_DYNAMIC_CLASS_POOL_CAPACITY + PYJAMA_CLASS_CHUNK - 1) / PYJAMA_CLASS_CHUNK];
static int32_t teavm_dynamicClassPoolSize = INT32_C(0);

static TEAVM_OBJECT_CLASS* teavm_dynamicClassSlot(int32_t index) {
    TEAVM_OBJECT_CLASS** chunk = &teavm_dynamicClassChunks[index / PYJAMA_CLASS_CHUNK];
    if (*chunk == NULL) {
        *chunk = pyjama_class_memory(PYJAMA_CLASS_CHUNK * sizeof(TEAVM_OBJECT_CLASS));
        if (*chunk == NULL) {
            teavm_printWString(L"Out of memory for an array class\n");
            abort();
        }
    }
    return &(*chunk)[index % PYJAMA_CLASS_CHUNK];
}

int32_t teavm_isSupertypeOfArray(TeaVM_Class* superclass, TeaVM_Class* subclass) {
    if (subclass->itemType == NULL) {
        return INT32_C(0);
    }
    return superclass->itemType->isSupertypeOf(superclass->itemType, subclass->itemType);
}

TeaVM_Class* teavm_getArrayClass(TeaVM_Class* itemType) {
    if (itemType->arrayType != NULL) {
        return itemType->arrayType;
    }
    return teavm_createArrayClass(itemType);
}

TeaVM_Class* teavm_createArrayClass(TeaVM_Class* itemType) {
    if (teavm_dynamicClassPoolSize + 1 >= TEAVM_DYNAMIC_CLASS_POOL_CAPACITY) {
        teavm_printWString(L"Metaspace size\n");
        abort();
    }
    TEAVM_OBJECT_CLASS* ptr = teavm_dynamicClassSlot(teavm_dynamicClassPoolSize++);
    TeaVM_Class* classPtr = (TeaVM_Class*) ptr;
    classPtr->flags = 1;
    classPtr->modifiers = 0;
    classPtr->size = sizeof(void*);
    classPtr->itemType = itemType;
    classPtr->superclass = &TEAVM_OBJECT_CLASS_PTR.parent;
    classPtr->isSupertypeOf = &teavm_isSupertypeOfArray;
    classPtr->classObject = NULL;
    classPtr->next = teavm_firstClass;
    teavm_firstClass = classPtr;
    int32_t offset = sizeof(TeaVM_Class);
    int32_t limit = sizeof(TEAVM_OBJECT_CLASS);
    memcpy((char*) ptr + offset, (char*) &TEAVM_OBJECT_CLASS_PTR + offset, limit - offset);
    itemType->arrayType = &ptr->parent;
    return classPtr;
}

int teavm_arrayClassCount() {
    return teavm_dynamicClassPoolSize;
}

extern TeaVM_Class* teavm_arrayClass(int32_t index) {
    return &teavm_dynamicClassSlot(index)->parent;
}
