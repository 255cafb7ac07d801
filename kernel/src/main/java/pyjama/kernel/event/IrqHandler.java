package pyjama.kernel.event;

/**
 * Java half of a device interrupt. Runs from the event loop, never in interrupt context, so it
 * may allocate and log. A handler of a device IRQ must quiet the device and then call
 * {@code Hal.irqUnmask(irq)}, or the line stays masked (see the HAL's interrupt model).
 */
@FunctionalInterface
public interface IrqHandler {
    void handle(int irq);
}
