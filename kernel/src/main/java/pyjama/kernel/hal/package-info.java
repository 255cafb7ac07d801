/**
 * The hardware abstraction layer: the only way the kernel reaches the machine.
 *
 * <p>{@link Hal} is implemented once per platform: {@code platform/metal} through TeaVM
 * {@code @Import} natives into a thin C layer, {@code platform/hosted} on a host JVM, where
 * what a JVM cannot do is faked and says so. Nothing above this package knows which one runs.
 *
 * <p>Interrupt model: a C handler only records the event (an IRQ number in a lock-free ring,
 * received serial bytes in a second ring) and acknowledges the controller; Java drains both
 * from the kernel's event loop ({@link Hal#nextIrq()}, {@link Hal#serialRead}). A device IRQ
 * other than the timer and COM1 stays masked after it fires until its Java handler calls
 * {@link Hal#irqUnmask(int)}, so a level-triggered device cannot storm the CPU before the
 * handler has quieted it.
 */
package pyjama.kernel.hal;
