package pyjama.python.binpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays binascii_cases.txt (gen_binascii.py, CPython 3.12): results and error messages. */
class BinAsciiOracleTest {
    static String run(String fn, byte[] data, String arg) {
        try {
            return "ok:" + switch (fn) {
                case "hexlify" -> {
                    int colon = arg.lastIndexOf(':');
                    String sep = arg.substring(0, colon);
                    long bps = Long.parseLong(arg.substring(colon + 1));
                    yield HexFormat.of().formatHex(BinAscii.hexlify(data,
                            sep.equals("-") ? null : HexFormat.of().parseHex(sep), bps));
                }
                case "unhexlify" -> HexFormat.of().formatHex(BinAscii.unhexlify(data));
                case "b2a_base64" -> HexFormat.of().formatHex(
                        BinAscii.b2aBase64(data, arg.equals("1")));
                case "a2b_base64" -> HexFormat.of().formatHex(
                        BinAscii.a2bBase64(data, arg.equals("1")));
                case "crc_hqx" -> String.valueOf(BinAscii.crcHqx(data, Long.parseLong(arg)));
                case "crc32" -> String.valueOf(BinAscii.crc32(data, Long.parseLong(arg)));
                default -> throw new IllegalArgumentException(fn);
            };
        } catch (StructError e) {
            String kind = e.kind == StructError.Kind.BINASCII_ERROR ? "Error"
                    : e.kind == StructError.Kind.VALUE_ERROR ? "ValueError" : e.kind.name();
            return "err:" + kind + ":" + e.getMessage();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOracleCaseMatchesCPython() throws IOException {
        return StructOracleTest.lines("/binpack/binascii_cases.txt").stream().map(f ->
                DynamicTest.dynamicTest(f[0] + " " + (f[1].length() > 24 ? f[1].substring(0, 24) : f[1])
                        + " " + f[2], () -> assertEquals(f[3],
                        run(f[0], StructOracleTest.hex(f[1]), f[2]))));
    }
}
