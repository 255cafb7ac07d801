package pyjama.kernel.hal;

/**
 * Memory figures in bytes. {@code physTotal}/{@code physFree}: RAM frames the kernel manages.
 * {@code heapMax}: the GC heap's ceiling, sized from RAM; {@code heapCommitted}: what the heap
 * has committed so far; {@code heapUsed} is an estimate where the platform cannot tell exactly.
 */
public record MemoryStats(long physTotal, long physFree, long heapMax, long heapCommitted, long heapUsed) {}
