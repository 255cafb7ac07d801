package pyjama.python.compress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped oracle files made by gen_zlib.py (host JVM only, so java.util.zip is fine). */
final class OracleData {
    private OracleData() {}

    static List<String[]> lines(String name) {
        List<String[]> r = new ArrayList<>();
        try (InputStream raw = OracleData.class.getResourceAsStream("/compress/" + name + ".gz");
                BufferedReader br = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isEmpty()) {
                    r.add(line.split(" "));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    static byte[] hex(String s) {
        return s.equals("-") ? new byte[0] : HexFormat.of().parseHex(s);
    }

    private static Map<String, byte[]> inputs;

    static Map<String, byte[]> inputs() {
        if (inputs == null) {
            Map<String, byte[]> m = new LinkedHashMap<>();
            for (String[] f : lines("inputs.txt")) {
                m.put(f[0], hex(f[1]));
            }
            inputs = m;
        }
        return inputs;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
