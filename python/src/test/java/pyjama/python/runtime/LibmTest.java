package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void frexpExponentPutsTheMantissaInHalfToOneForNormalsAndSubnormals() {
        SplittableRandom rnd = new SplittableRandom(777);
        for (int i = 0; i < 200_000; i++) {
            // every fourth value subnormal (exponent bits zero)
            long bits = rnd.nextLong();
            if ((i & 3) == 0) bits &= 0x800F_FFFF_FFFF_FFFFL;
            double x = Double.longBitsToDouble(bits);
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) continue;
            int e = Libm.frexpExponent(x);
            double m = Math.abs(Math.scalb(x, -e));
            assertTrue(m >= 0.5 && m < 1, () -> x + ": mantissa " + m + " for exponent " + e);
        }
        assertEquals(-1073, Libm.frexpExponent(Double.MIN_VALUE));
        assertEquals(-1021, Libm.frexpExponent(Double.MIN_NORMAL));
        assertEquals(1, Libm.frexpExponent(1.0));
        assertEquals(1024, Libm.frexpExponent(Double.MAX_VALUE));
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
