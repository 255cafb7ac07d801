
/*
 * Appended to TeaVM's exceptions.h by platform/metal/sync-teavm.sh (pyjama patch).
 *
 * TeaVM's generated C wraps every null check, bounds check, cast check and class-initialization
 * check as TEAVM_WITH_CALL_SITE_ID(id, check(...)): it stores the call-site id in the shadow
 * stack frame, then tests. The id is only read when the check fails (the exception handler
 * lookup and the stack trace), so sync-teavm.sh rewrites those sites to TEAVM_LAZY_SITE(id,
 * checkLazy(...)), which stores it on the failing path only. The id reaches the macros as an
 * enum constant scoped to the statement expression, so nested checks each see their own.
 */
#define TEAVM_LAZY_SITE(id, expr) ({ enum { teavm_lazySite = (id) }; (expr); })

#define teavm_nullCheckLazy(o) ({ \
    void* teavm_lz_o = (o); \
    if (__builtin_expect(teavm_lz_o == NULL, 0)) { \
        TEAVM_CALL_SITE(teavm_lazySite); teavm_throwNullPointerException(); __builtin_unreachable(); \
    } \
    teavm_lz_o; })

/* index < 0 || index >= length, as one unsigned comparison (a length is never negative) */
#define teavm_checkBoundsLazy(i, a) ({ \
    int32_t teavm_lz_i = (i); void* teavm_lz_a = (a); \
    if (__builtin_expect((uint32_t) teavm_lz_i >= (uint32_t) TEAVM_ARRAY_LENGTH(teavm_lz_a), 0)) { \
        TEAVM_CALL_SITE(teavm_lazySite); teavm_throwArrayIndexOutOfBoundsException(); __builtin_unreachable(); \
    } \
    teavm_lz_i; })

#define teavm_checkUpperBoundLazy(i, a) ({ \
    int32_t teavm_lz_i = (i); void* teavm_lz_a = (a); \
    if (__builtin_expect(teavm_lz_i >= TEAVM_ARRAY_LENGTH(teavm_lz_a), 0)) { \
        TEAVM_CALL_SITE(teavm_lazySite); teavm_throwArrayIndexOutOfBoundsException(); __builtin_unreachable(); \
    } \
    teavm_lz_i; })

#define teavm_checkLowerBoundLazy(i) ({ \
    int32_t teavm_lz_i = (i); \
    if (__builtin_expect(teavm_lz_i < 0, 0)) { \
        TEAVM_CALL_SITE(teavm_lazySite); teavm_throwArrayIndexOutOfBoundsException(); __builtin_unreachable(); \
    } \
    teavm_lz_i; })

/* the initializer can throw and allocate, so the id is set before it runs */
#define teavm_initializeClassLazy(cls, init) ({ \
    TeaVM_Class* teavm_lz_c = (cls); \
    if (__builtin_expect((teavm_lz_c->flags & 1) == 0, 0)) { TEAVM_CALL_SITE(teavm_lazySite); (init)(); } \
    })

#define teavm_checkcastLazy(obj, cls, fn) ({ \
    void* teavm_lz_o = (obj); \
    if (teavm_lz_o != NULL && !(fn)((TeaVM_Class*) (cls), TEAVM_CLASS_OF(teavm_lz_o))) { \
        TEAVM_CALL_SITE(teavm_lazySite); teavm_throwClassCastException(); \
    } \
    teavm_lz_o; })
