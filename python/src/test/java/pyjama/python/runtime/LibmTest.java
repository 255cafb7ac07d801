package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Libm's replacements agree with the JVM's java.lang.Math, which is correctly rounded for
 * these functions (TeaVM's versions are not, so the kernel image and the native build use Libm).
 */
class LibmTest {
    @Test
    void scalbMatchesMathScalbOverTheWholeExponentRange() {
        SplittableRandom rnd = new SplittableRandom(12345);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(x)) continue;
            int n = rnd.nextInt(-2300, 2300);
            assertEquals(Math.scalb(x, n), Libm.scalb(x, n), () -> x + " * 2^" + n);
        }
    }

    @Test
    void scalbRoundsOnceIntoTheSubnormals() {
        // halfway cases: 1 + 2^-52 scaled so its last bit falls just below the subnormal grid
        double x = 1.0000000000000002;
        for (int n = -1080; n <= -1000; n++) {
            assertEquals(Math.scalb(x, n), Libm.scalb(x, n), "n=" + n);
            assertEquals(Math.scalb(-3.0 * x, n), Libm.scalb(-3.0 * x, n), "-3x, n=" + n);
        }
        assertEquals(Double.MIN_VALUE, Libm.scalb(1.0, -1074));
        assertEquals(0x1p957, Libm.scalb(1.0, 957));
        assertEquals(Double.POSITIVE_INFINITY, Libm.scalb(1.0, 1024));
        assertEquals(Double.MAX_VALUE, Libm.scalb(0x1.fffffffffffffp-1, 1024));
        assertEquals(1.0, Libm.scalb(Double.MIN_VALUE, 1074));
    }
}
