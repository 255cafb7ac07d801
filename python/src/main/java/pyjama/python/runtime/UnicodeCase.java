package pyjama.python.runtime;

/**
 * Unicode case mappings and the case/digit properties of str methods, as tables generated from
 * CPython 3.12 (Unicode 15.0) by {@code python/tools/gen_unicode_case.py}. Not Java's
 * String.toUpperCase / Character.isUpperCase...: TeaVM 0.15's classlib has no multi-character
 * mappings ('ß'.upper() stays 'ß', 'ﬁ'.upper() stays 'ﬁ'), no final sigma, a wrong
 * Character.toTitleCase ('ǆ' gives 'Ǆ'), no Other_Uppercase ('Ⅻ'.isupper() is False) and no
 * numeric values for '²'; and the JVM's Unicode version need not be CPython's either.
 *
 * Tables: single-code-point mappings as runs "start end stride delta" (hex; every stride-th code
 * point of [start, end] maps to itself + delta), multi-code-point ones as "cp a,b,c"; properties
 * as inclusive ranges "start end".
 */
final class UnicodeCase {
    private UnicodeCase() {}

    private static final class Mapping {
        final int[] start, end, stride, delta;
        final int[] multiCp;
        final String[] multi;

        Mapping(String runs, String multis) {
            String[] r = runs.trim().split(" ");
            int n = r.length / 4;
            start = new int[n]; end = new int[n]; stride = new int[n]; delta = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = Integer.parseInt(r[4 * i], 16);
                end[i] = Integer.parseInt(r[4 * i + 1], 16);
                stride[i] = Integer.parseInt(r[4 * i + 2], 16);
                delta[i] = Integer.parseInt(r[4 * i + 3], 16);
            }
            String[] m = multis.trim().isEmpty() ? new String[0] : multis.trim().split(" ");
            multiCp = new int[m.length / 2];
            multi = new String[m.length / 2];
            for (int i = 0; i < multiCp.length; i++) {
                multiCp[i] = Integer.parseInt(m[2 * i], 16);
                StringBuilder sb = new StringBuilder();
                for (String h : m[2 * i + 1].split(",")) sb.appendCodePoint(Integer.parseInt(h, 16));
                multi[i] = sb.toString();
            }
        }

        /** The single code point c maps to (c itself when unmapped or multi-mapped). */
        int single(int c) {
            int lo = 0, hi = start.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (c < start[mid]) hi = mid - 1;
                else if (c > end[mid]) lo = mid + 1;
                else return (c - start[mid]) % stride[mid] == 0 ? c + delta[mid] : c;
            }
            return c;
        }

        void append(StringBuilder sb, int c) {
            if (c >= 0xdf) {
                int i = java.util.Arrays.binarySearch(multiCp, c);
                if (i >= 0) { sb.append(multi[i]); return; }
            }
            sb.appendCodePoint(single(c));
        }

        String map(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                append(sb, c);
            }
            return sb.toString();
        }
    }

    private static int[] ranges(String s) {
        String[] r = s.trim().split(" ");
        int[] out = new int[r.length];
        for (int i = 0; i < r.length; i++) out[i] = Integer.parseInt(r[i], 16);
        return out;
    }

    private static boolean in(int[] ranges, int c) {
        int lo = 0, hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < ranges[2 * mid]) hi = mid - 1;
            else if (c > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    static final Mapping UPPER = new Mapping(
        "61 7a 1 -20 b5 b5 1 2e7 e0 f6 1 -20 f8 fe 1 -20 ff ff 1 79 101 12f 2 -1 131 131 1 -e8 133 137 2 -1 "
        + "13a 148 2 -1 14b 177 2 -1 17a 17e 2 -1 17f 17f 1 -12c 180 180 1 c3 183 185 2 -1 188 188 1 -1 18c "
        + "18c 1 -1 192 192 1 -1 195 195 1 61 199 199 1 -1 19a 19a 1 a3 19e 19e 1 82 1a1 1a5 2 -1 1a8 1a8 1 -1 "
        + "1ad 1ad 1 -1 1b0 1b0 1 -1 1b4 1b6 2 -1 1b9 1b9 1 -1 1bd 1bd 1 -1 1bf 1bf 1 38 1c5 1c5 1 -1 1c6 1c6 "
        + "1 -2 1c8 1c8 1 -1 1c9 1c9 1 -2 1cb 1cb 1 -1 1cc 1cc 1 -2 1ce 1dc 2 -1 1dd 1dd 1 -4f 1df 1ef 2 -1 "
        + "1f2 1f2 1 -1 1f3 1f3 1 -2 1f5 1f5 1 -1 1f9 21f 2 -1 223 233 2 -1 23c 23c 1 -1 23f 240 1 2a3f 242 "
        + "242 1 -1 247 24f 2 -1 250 250 1 2a1f 251 251 1 2a1c 252 252 1 2a1e 253 253 1 -d2 254 254 1 -ce 256 "
        + "257 1 -cd 259 259 1 -ca 25b 25b 1 -cb 25c 25c 1 a54f 260 260 1 -cd 261 261 1 a54b 263 263 1 -cf 265 "
        + "265 1 a528 266 266 1 a544 268 268 1 -d1 269 269 1 -d3 26a 26a 1 a544 26b 26b 1 29f7 26c 26c 1 a541 "
        + "26f 26f 1 -d3 271 271 1 29fd 272 272 1 -d5 275 275 1 -d6 27d 27d 1 29e7 280 280 1 -da 282 282 1 "
        + "a543 283 283 1 -da 287 287 1 a52a 288 288 1 -da 289 289 1 -45 28a 28b 1 -d9 28c 28c 1 -47 292 292 1 "
        + "-db 29d 29d 1 a515 29e 29e 1 a512 345 345 1 54 371 373 2 -1 377 377 1 -1 37b 37d 1 82 3ac 3ac 1 -26 "
        + "3ad 3af 1 -25 3b1 3c1 1 -20 3c2 3c2 1 -1f 3c3 3cb 1 -20 3cc 3cc 1 -40 3cd 3ce 1 -3f 3d0 3d0 1 -3e "
        + "3d1 3d1 1 -39 3d5 3d5 1 -2f 3d6 3d6 1 -36 3d7 3d7 1 -8 3d9 3ef 2 -1 3f0 3f0 1 -56 3f1 3f1 1 -50 3f2 "
        + "3f2 1 7 3f3 3f3 1 -74 3f5 3f5 1 -60 3f8 3f8 1 -1 3fb 3fb 1 -1 430 44f 1 -20 450 45f 1 -50 461 481 2 "
        + "-1 48b 4bf 2 -1 4c2 4ce 2 -1 4cf 4cf 1 -f 4d1 52f 2 -1 561 586 1 -30 10d0 10fa 1 bc0 10fd 10ff 1 "
        + "bc0 13f8 13fd 1 -8 1c80 1c80 1 -186e 1c81 1c81 1 -186d 1c82 1c82 1 -1864 1c83 1c84 1 -1862 1c85 "
        + "1c85 1 -1863 1c86 1c86 1 -185c 1c87 1c87 1 -1825 1c88 1c88 1 89c2 1d79 1d79 1 8a04 1d7d 1d7d 1 ee6 "
        + "1d8e 1d8e 1 8a38 1e01 1e95 2 -1 1e9b 1e9b 1 -3b 1ea1 1eff 2 -1 1f00 1f07 1 8 1f10 1f15 1 8 1f20 "
        + "1f27 1 8 1f30 1f37 1 8 1f40 1f45 1 8 1f51 1f57 2 8 1f60 1f67 1 8 1f70 1f71 1 4a 1f72 1f75 1 56 1f76 "
        + "1f77 1 64 1f78 1f79 1 80 1f7a 1f7b 1 70 1f7c 1f7d 1 7e 1fb0 1fb1 1 8 1fbe 1fbe 1 -1c25 1fd0 1fd1 1 "
        + "8 1fe0 1fe1 1 8 1fe5 1fe5 1 7 214e 214e 1 -1c 2170 217f 1 -10 2184 2184 1 -1 24d0 24e9 1 -1a 2c30 "
        + "2c5f 1 -30 2c61 2c61 1 -1 2c65 2c65 1 -2a2b 2c66 2c66 1 -2a28 2c68 2c6c 2 -1 2c73 2c73 1 -1 2c76 "
        + "2c76 1 -1 2c81 2ce3 2 -1 2cec 2cee 2 -1 2cf3 2cf3 1 -1 2d00 2d25 1 -1c60 2d27 2d27 1 -1c60 2d2d "
        + "2d2d 1 -1c60 a641 a66d 2 -1 a681 a69b 2 -1 a723 a72f 2 -1 a733 a76f 2 -1 a77a a77c 2 -1 a77f a787 2 "
        + "-1 a78c a78c 1 -1 a791 a793 2 -1 a794 a794 1 30 a797 a7a9 2 -1 a7b5 a7c3 2 -1 a7c8 a7ca 2 -1 a7d1 "
        + "a7d1 1 -1 a7d7 a7d9 2 -1 a7f6 a7f6 1 -1 ab53 ab53 1 -3a0 ab70 abbf 1 -97d0 ff41 ff5a 1 -20 10428 "
        + "1044f 1 -28 104d8 104fb 1 -28 10597 105a1 1 -27 105a3 105b1 1 -27 105b3 105b9 1 -27 105bb 105bc 1 "
        + "-27 10cc0 10cf2 1 -40 118c0 118df 1 -20 16e60 16e7f 1 -20 1e922 1e943 1 -22 ",
        "df 53,53 149 2bc,4e 1f0 4a,30c 390 399,308,301 3b0 3a5,308,301 587 535,552 1e96 48,331 1e97 54,308 "
        + "1e98 57,30a 1e99 59,30a 1e9a 41,2be 1f50 3a5,313 1f52 3a5,313,300 1f54 3a5,313,301 1f56 3a5,313,342 "
        + "1f80 1f08,399 1f81 1f09,399 1f82 1f0a,399 1f83 1f0b,399 1f84 1f0c,399 1f85 1f0d,399 1f86 1f0e,399 "
        + "1f87 1f0f,399 1f88 1f08,399 1f89 1f09,399 1f8a 1f0a,399 1f8b 1f0b,399 1f8c 1f0c,399 1f8d 1f0d,399 "
        + "1f8e 1f0e,399 1f8f 1f0f,399 1f90 1f28,399 1f91 1f29,399 1f92 1f2a,399 1f93 1f2b,399 1f94 1f2c,399 "
        + "1f95 1f2d,399 1f96 1f2e,399 1f97 1f2f,399 1f98 1f28,399 1f99 1f29,399 1f9a 1f2a,399 1f9b 1f2b,399 "
        + "1f9c 1f2c,399 1f9d 1f2d,399 1f9e 1f2e,399 1f9f 1f2f,399 1fa0 1f68,399 1fa1 1f69,399 1fa2 1f6a,399 "
        + "1fa3 1f6b,399 1fa4 1f6c,399 1fa5 1f6d,399 1fa6 1f6e,399 1fa7 1f6f,399 1fa8 1f68,399 1fa9 1f69,399 "
        + "1faa 1f6a,399 1fab 1f6b,399 1fac 1f6c,399 1fad 1f6d,399 1fae 1f6e,399 1faf 1f6f,399 1fb2 1fba,399 "
        + "1fb3 391,399 1fb4 386,399 1fb6 391,342 1fb7 391,342,399 1fbc 391,399 1fc2 1fca,399 1fc3 397,399 "
        + "1fc4 389,399 1fc6 397,342 1fc7 397,342,399 1fcc 397,399 1fd2 399,308,300 1fd3 399,308,301 1fd6 "
        + "399,342 1fd7 399,308,342 1fe2 3a5,308,300 1fe3 3a5,308,301 1fe4 3a1,313 1fe6 3a5,342 1fe7 "
        + "3a5,308,342 1ff2 1ffa,399 1ff3 3a9,399 1ff4 38f,399 1ff6 3a9,342 1ff7 3a9,342,399 1ffc 3a9,399 fb00 "
        + "46,46 fb01 46,49 fb02 46,4c fb03 46,46,49 fb04 46,46,4c fb05 53,54 fb06 53,54 fb13 544,546 fb14 "
        + "544,535 fb15 544,53b fb16 54e,546 fb17 544,53d ");
    static final Mapping LOWER = new Mapping(
        "41 5a 1 20 c0 d6 1 20 d8 de 1 20 100 12e 2 1 132 136 2 1 139 147 2 1 14a 176 2 1 178 178 1 -79 179 "
        + "17d 2 1 181 181 1 d2 182 184 2 1 186 186 1 ce 187 187 1 1 189 18a 1 cd 18b 18b 1 1 18e 18e 1 4f 18f "
        + "18f 1 ca 190 190 1 cb 191 191 1 1 193 193 1 cd 194 194 1 cf 196 196 1 d3 197 197 1 d1 198 198 1 1 "
        + "19c 19c 1 d3 19d 19d 1 d5 19f 19f 1 d6 1a0 1a4 2 1 1a6 1a6 1 da 1a7 1a7 1 1 1a9 1a9 1 da 1ac 1ac 1 "
        + "1 1ae 1ae 1 da 1af 1af 1 1 1b1 1b2 1 d9 1b3 1b5 2 1 1b7 1b7 1 db 1b8 1b8 1 1 1bc 1bc 1 1 1c4 1c4 1 "
        + "2 1c5 1c5 1 1 1c7 1c7 1 2 1c8 1c8 1 1 1ca 1ca 1 2 1cb 1db 2 1 1de 1ee 2 1 1f1 1f1 1 2 1f2 1f4 2 1 "
        + "1f6 1f6 1 -61 1f7 1f7 1 -38 1f8 21e 2 1 220 220 1 -82 222 232 2 1 23a 23a 1 2a2b 23b 23b 1 1 23d "
        + "23d 1 -a3 23e 23e 1 2a28 241 241 1 1 243 243 1 -c3 244 244 1 45 245 245 1 47 246 24e 2 1 370 372 2 "
        + "1 376 376 1 1 37f 37f 1 74 386 386 1 26 388 38a 1 25 38c 38c 1 40 38e 38f 1 3f 391 3a1 1 20 3a3 3ab "
        + "1 20 3cf 3cf 1 8 3d8 3ee 2 1 3f4 3f4 1 -3c 3f7 3f7 1 1 3f9 3f9 1 -7 3fa 3fa 1 1 3fd 3ff 1 -82 400 "
        + "40f 1 50 410 42f 1 20 460 480 2 1 48a 4be 2 1 4c0 4c0 1 f 4c1 4cd 2 1 4d0 52e 2 1 531 556 1 30 10a0 "
        + "10c5 1 1c60 10c7 10c7 1 1c60 10cd 10cd 1 1c60 13a0 13ef 1 97d0 13f0 13f5 1 8 1c90 1cba 1 -bc0 1cbd "
        + "1cbf 1 -bc0 1e00 1e94 2 1 1e9e 1e9e 1 -1dbf 1ea0 1efe 2 1 1f08 1f0f 1 -8 1f18 1f1d 1 -8 1f28 1f2f 1 "
        + "-8 1f38 1f3f 1 -8 1f48 1f4d 1 -8 1f59 1f5f 2 -8 1f68 1f6f 1 -8 1f88 1f8f 1 -8 1f98 1f9f 1 -8 1fa8 "
        + "1faf 1 -8 1fb8 1fb9 1 -8 1fba 1fbb 1 -4a 1fbc 1fbc 1 -9 1fc8 1fcb 1 -56 1fcc 1fcc 1 -9 1fd8 1fd9 1 "
        + "-8 1fda 1fdb 1 -64 1fe8 1fe9 1 -8 1fea 1feb 1 -70 1fec 1fec 1 -7 1ff8 1ff9 1 -80 1ffa 1ffb 1 -7e "
        + "1ffc 1ffc 1 -9 2126 2126 1 -1d5d 212a 212a 1 -20bf 212b 212b 1 -2046 2132 2132 1 1c 2160 216f 1 10 "
        + "2183 2183 1 1 24b6 24cf 1 1a 2c00 2c2f 1 30 2c60 2c60 1 1 2c62 2c62 1 -29f7 2c63 2c63 1 -ee6 2c64 "
        + "2c64 1 -29e7 2c67 2c6b 2 1 2c6d 2c6d 1 -2a1c 2c6e 2c6e 1 -29fd 2c6f 2c6f 1 -2a1f 2c70 2c70 1 -2a1e "
        + "2c72 2c72 1 1 2c75 2c75 1 1 2c7e 2c7f 1 -2a3f 2c80 2ce2 2 1 2ceb 2ced 2 1 2cf2 2cf2 1 1 a640 a66c 2 "
        + "1 a680 a69a 2 1 a722 a72e 2 1 a732 a76e 2 1 a779 a77b 2 1 a77d a77d 1 -8a04 a77e a786 2 1 a78b a78b "
        + "1 1 a78d a78d 1 -a528 a790 a792 2 1 a796 a7a8 2 1 a7aa a7aa 1 -a544 a7ab a7ab 1 -a54f a7ac a7ac 1 "
        + "-a54b a7ad a7ad 1 -a541 a7ae a7ae 1 -a544 a7b0 a7b0 1 -a512 a7b1 a7b1 1 -a52a a7b2 a7b2 1 -a515 "
        + "a7b3 a7b3 1 3a0 a7b4 a7c2 2 1 a7c4 a7c4 1 -30 a7c5 a7c5 1 -a543 a7c6 a7c6 1 -8a38 a7c7 a7c9 2 1 "
        + "a7d0 a7d0 1 1 a7d6 a7d8 2 1 a7f5 a7f5 1 1 ff21 ff3a 1 20 10400 10427 1 28 104b0 104d3 1 28 10570 "
        + "1057a 1 27 1057c 1058a 1 27 1058c 10592 1 27 10594 10595 1 27 10c80 10cb2 1 40 118a0 118bf 1 20 "
        + "16e40 16e5f 1 20 1e900 1e921 1 22 ",
        "130 69,307 ");
    static final Mapping TITLE = new Mapping(
        "61 7a 1 -20 b5 b5 1 2e7 e0 f6 1 -20 f8 fe 1 -20 ff ff 1 79 101 12f 2 -1 131 131 1 -e8 133 137 2 -1 "
        + "13a 148 2 -1 14b 177 2 -1 17a 17e 2 -1 17f 17f 1 -12c 180 180 1 c3 183 185 2 -1 188 188 1 -1 18c "
        + "18c 1 -1 192 192 1 -1 195 195 1 61 199 199 1 -1 19a 19a 1 a3 19e 19e 1 82 1a1 1a5 2 -1 1a8 1a8 1 -1 "
        + "1ad 1ad 1 -1 1b0 1b0 1 -1 1b4 1b6 2 -1 1b9 1b9 1 -1 1bd 1bd 1 -1 1bf 1bf 1 38 1c4 1c4 1 1 1c6 1c6 1 "
        + "-1 1c7 1c7 1 1 1c9 1c9 1 -1 1ca 1ca 1 1 1cc 1dc 2 -1 1dd 1dd 1 -4f 1df 1ef 2 -1 1f1 1f1 1 1 1f3 1f5 "
        + "2 -1 1f9 21f 2 -1 223 233 2 -1 23c 23c 1 -1 23f 240 1 2a3f 242 242 1 -1 247 24f 2 -1 250 250 1 2a1f "
        + "251 251 1 2a1c 252 252 1 2a1e 253 253 1 -d2 254 254 1 -ce 256 257 1 -cd 259 259 1 -ca 25b 25b 1 -cb "
        + "25c 25c 1 a54f 260 260 1 -cd 261 261 1 a54b 263 263 1 -cf 265 265 1 a528 266 266 1 a544 268 268 1 "
        + "-d1 269 269 1 -d3 26a 26a 1 a544 26b 26b 1 29f7 26c 26c 1 a541 26f 26f 1 -d3 271 271 1 29fd 272 272 "
        + "1 -d5 275 275 1 -d6 27d 27d 1 29e7 280 280 1 -da 282 282 1 a543 283 283 1 -da 287 287 1 a52a 288 "
        + "288 1 -da 289 289 1 -45 28a 28b 1 -d9 28c 28c 1 -47 292 292 1 -db 29d 29d 1 a515 29e 29e 1 a512 345 "
        + "345 1 54 371 373 2 -1 377 377 1 -1 37b 37d 1 82 3ac 3ac 1 -26 3ad 3af 1 -25 3b1 3c1 1 -20 3c2 3c2 1 "
        + "-1f 3c3 3cb 1 -20 3cc 3cc 1 -40 3cd 3ce 1 -3f 3d0 3d0 1 -3e 3d1 3d1 1 -39 3d5 3d5 1 -2f 3d6 3d6 1 "
        + "-36 3d7 3d7 1 -8 3d9 3ef 2 -1 3f0 3f0 1 -56 3f1 3f1 1 -50 3f2 3f2 1 7 3f3 3f3 1 -74 3f5 3f5 1 -60 "
        + "3f8 3f8 1 -1 3fb 3fb 1 -1 430 44f 1 -20 450 45f 1 -50 461 481 2 -1 48b 4bf 2 -1 4c2 4ce 2 -1 4cf "
        + "4cf 1 -f 4d1 52f 2 -1 561 586 1 -30 13f8 13fd 1 -8 1c80 1c80 1 -186e 1c81 1c81 1 -186d 1c82 1c82 1 "
        + "-1864 1c83 1c84 1 -1862 1c85 1c85 1 -1863 1c86 1c86 1 -185c 1c87 1c87 1 -1825 1c88 1c88 1 89c2 1d79 "
        + "1d79 1 8a04 1d7d 1d7d 1 ee6 1d8e 1d8e 1 8a38 1e01 1e95 2 -1 1e9b 1e9b 1 -3b 1ea1 1eff 2 -1 1f00 "
        + "1f07 1 8 1f10 1f15 1 8 1f20 1f27 1 8 1f30 1f37 1 8 1f40 1f45 1 8 1f51 1f57 2 8 1f60 1f67 1 8 1f70 "
        + "1f71 1 4a 1f72 1f75 1 56 1f76 1f77 1 64 1f78 1f79 1 80 1f7a 1f7b 1 70 1f7c 1f7d 1 7e 1f80 1f87 1 8 "
        + "1f90 1f97 1 8 1fa0 1fa7 1 8 1fb0 1fb1 1 8 1fb3 1fb3 1 9 1fbe 1fbe 1 -1c25 1fc3 1fc3 1 9 1fd0 1fd1 1 "
        + "8 1fe0 1fe1 1 8 1fe5 1fe5 1 7 1ff3 1ff3 1 9 214e 214e 1 -1c 2170 217f 1 -10 2184 2184 1 -1 24d0 "
        + "24e9 1 -1a 2c30 2c5f 1 -30 2c61 2c61 1 -1 2c65 2c65 1 -2a2b 2c66 2c66 1 -2a28 2c68 2c6c 2 -1 2c73 "
        + "2c73 1 -1 2c76 2c76 1 -1 2c81 2ce3 2 -1 2cec 2cee 2 -1 2cf3 2cf3 1 -1 2d00 2d25 1 -1c60 2d27 2d27 1 "
        + "-1c60 2d2d 2d2d 1 -1c60 a641 a66d 2 -1 a681 a69b 2 -1 a723 a72f 2 -1 a733 a76f 2 -1 a77a a77c 2 -1 "
        + "a77f a787 2 -1 a78c a78c 1 -1 a791 a793 2 -1 a794 a794 1 30 a797 a7a9 2 -1 a7b5 a7c3 2 -1 a7c8 a7ca "
        + "2 -1 a7d1 a7d1 1 -1 a7d7 a7d9 2 -1 a7f6 a7f6 1 -1 ab53 ab53 1 -3a0 ab70 abbf 1 -97d0 ff41 ff5a 1 "
        + "-20 10428 1044f 1 -28 104d8 104fb 1 -28 10597 105a1 1 -27 105a3 105b1 1 -27 105b3 105b9 1 -27 105bb "
        + "105bc 1 -27 10cc0 10cf2 1 -40 118c0 118df 1 -20 16e60 16e7f 1 -20 1e922 1e943 1 -22 ",
        "df 53,73 149 2bc,4e 1f0 4a,30c 390 399,308,301 3b0 3a5,308,301 587 535,582 1e96 48,331 1e97 54,308 "
        + "1e98 57,30a 1e99 59,30a 1e9a 41,2be 1f50 3a5,313 1f52 3a5,313,300 1f54 3a5,313,301 1f56 3a5,313,342 "
        + "1fb2 1fba,345 1fb4 386,345 1fb6 391,342 1fb7 391,342,345 1fc2 1fca,345 1fc4 389,345 1fc6 397,342 "
        + "1fc7 397,342,345 1fd2 399,308,300 1fd3 399,308,301 1fd6 399,342 1fd7 399,308,342 1fe2 3a5,308,300 "
        + "1fe3 3a5,308,301 1fe4 3a1,313 1fe6 3a5,342 1fe7 3a5,308,342 1ff2 1ffa,345 1ff4 38f,345 1ff6 3a9,342 "
        + "1ff7 3a9,342,345 fb00 46,66 fb01 46,69 fb02 46,6c fb03 46,66,69 fb04 46,66,6c fb05 53,74 fb06 53,74 "
        + "fb13 544,576 fb14 544,565 fb15 544,56b fb16 54e,576 fb17 544,56d ");
    static final Mapping CASEFOLD = new Mapping(
        "41 5a 1 20 b5 b5 1 307 c0 d6 1 20 d8 de 1 20 100 12e 2 1 132 136 2 1 139 147 2 1 14a 176 2 1 178 "
        + "178 1 -79 179 17d 2 1 17f 17f 1 -10c 181 181 1 d2 182 184 2 1 186 186 1 ce 187 187 1 1 189 18a 1 cd "
        + "18b 18b 1 1 18e 18e 1 4f 18f 18f 1 ca 190 190 1 cb 191 191 1 1 193 193 1 cd 194 194 1 cf 196 196 1 "
        + "d3 197 197 1 d1 198 198 1 1 19c 19c 1 d3 19d 19d 1 d5 19f 19f 1 d6 1a0 1a4 2 1 1a6 1a6 1 da 1a7 1a7 "
        + "1 1 1a9 1a9 1 da 1ac 1ac 1 1 1ae 1ae 1 da 1af 1af 1 1 1b1 1b2 1 d9 1b3 1b5 2 1 1b7 1b7 1 db 1b8 1b8 "
        + "1 1 1bc 1bc 1 1 1c4 1c4 1 2 1c5 1c5 1 1 1c7 1c7 1 2 1c8 1c8 1 1 1ca 1ca 1 2 1cb 1db 2 1 1de 1ee 2 1 "
        + "1f1 1f1 1 2 1f2 1f4 2 1 1f6 1f6 1 -61 1f7 1f7 1 -38 1f8 21e 2 1 220 220 1 -82 222 232 2 1 23a 23a 1 "
        + "2a2b 23b 23b 1 1 23d 23d 1 -a3 23e 23e 1 2a28 241 241 1 1 243 243 1 -c3 244 244 1 45 245 245 1 47 "
        + "246 24e 2 1 345 345 1 74 370 372 2 1 376 376 1 1 37f 37f 1 74 386 386 1 26 388 38a 1 25 38c 38c 1 "
        + "40 38e 38f 1 3f 391 3a1 1 20 3a3 3ab 1 20 3c2 3c2 1 1 3cf 3cf 1 8 3d0 3d0 1 -1e 3d1 3d1 1 -19 3d5 "
        + "3d5 1 -f 3d6 3d6 1 -16 3d8 3ee 2 1 3f0 3f0 1 -36 3f1 3f1 1 -30 3f4 3f4 1 -3c 3f5 3f5 1 -40 3f7 3f7 "
        + "1 1 3f9 3f9 1 -7 3fa 3fa 1 1 3fd 3ff 1 -82 400 40f 1 50 410 42f 1 20 460 480 2 1 48a 4be 2 1 4c0 "
        + "4c0 1 f 4c1 4cd 2 1 4d0 52e 2 1 531 556 1 30 10a0 10c5 1 1c60 10c7 10c7 1 1c60 10cd 10cd 1 1c60 "
        + "13f8 13fd 1 -8 1c80 1c80 1 -184e 1c81 1c81 1 -184d 1c82 1c82 1 -1844 1c83 1c84 1 -1842 1c85 1c85 1 "
        + "-1843 1c86 1c86 1 -183c 1c87 1c87 1 -1824 1c88 1c88 1 89c3 1c90 1cba 1 -bc0 1cbd 1cbf 1 -bc0 1e00 "
        + "1e94 2 1 1e9b 1e9b 1 -3a 1ea0 1efe 2 1 1f08 1f0f 1 -8 1f18 1f1d 1 -8 1f28 1f2f 1 -8 1f38 1f3f 1 -8 "
        + "1f48 1f4d 1 -8 1f59 1f5f 2 -8 1f68 1f6f 1 -8 1fb8 1fb9 1 -8 1fba 1fbb 1 -4a 1fbe 1fbe 1 -1c05 1fc8 "
        + "1fcb 1 -56 1fd8 1fd9 1 -8 1fda 1fdb 1 -64 1fe8 1fe9 1 -8 1fea 1feb 1 -70 1fec 1fec 1 -7 1ff8 1ff9 1 "
        + "-80 1ffa 1ffb 1 -7e 2126 2126 1 -1d5d 212a 212a 1 -20bf 212b 212b 1 -2046 2132 2132 1 1c 2160 216f "
        + "1 10 2183 2183 1 1 24b6 24cf 1 1a 2c00 2c2f 1 30 2c60 2c60 1 1 2c62 2c62 1 -29f7 2c63 2c63 1 -ee6 "
        + "2c64 2c64 1 -29e7 2c67 2c6b 2 1 2c6d 2c6d 1 -2a1c 2c6e 2c6e 1 -29fd 2c6f 2c6f 1 -2a1f 2c70 2c70 1 "
        + "-2a1e 2c72 2c72 1 1 2c75 2c75 1 1 2c7e 2c7f 1 -2a3f 2c80 2ce2 2 1 2ceb 2ced 2 1 2cf2 2cf2 1 1 a640 "
        + "a66c 2 1 a680 a69a 2 1 a722 a72e 2 1 a732 a76e 2 1 a779 a77b 2 1 a77d a77d 1 -8a04 a77e a786 2 1 "
        + "a78b a78b 1 1 a78d a78d 1 -a528 a790 a792 2 1 a796 a7a8 2 1 a7aa a7aa 1 -a544 a7ab a7ab 1 -a54f "
        + "a7ac a7ac 1 -a54b a7ad a7ad 1 -a541 a7ae a7ae 1 -a544 a7b0 a7b0 1 -a512 a7b1 a7b1 1 -a52a a7b2 a7b2 "
        + "1 -a515 a7b3 a7b3 1 3a0 a7b4 a7c2 2 1 a7c4 a7c4 1 -30 a7c5 a7c5 1 -a543 a7c6 a7c6 1 -8a38 a7c7 a7c9 "
        + "2 1 a7d0 a7d0 1 1 a7d6 a7d8 2 1 a7f5 a7f5 1 1 ab70 abbf 1 -97d0 ff21 ff3a 1 20 10400 10427 1 28 "
        + "104b0 104d3 1 28 10570 1057a 1 27 1057c 1058a 1 27 1058c 10592 1 27 10594 10595 1 27 10c80 10cb2 1 "
        + "40 118a0 118bf 1 20 16e40 16e5f 1 20 1e900 1e921 1 22 ",
        "df 73,73 130 69,307 149 2bc,6e 1f0 6a,30c 390 3b9,308,301 3b0 3c5,308,301 587 565,582 1e96 68,331 "
        + "1e97 74,308 1e98 77,30a 1e99 79,30a 1e9a 61,2be 1e9e 73,73 1f50 3c5,313 1f52 3c5,313,300 1f54 "
        + "3c5,313,301 1f56 3c5,313,342 1f80 1f00,3b9 1f81 1f01,3b9 1f82 1f02,3b9 1f83 1f03,3b9 1f84 1f04,3b9 "
        + "1f85 1f05,3b9 1f86 1f06,3b9 1f87 1f07,3b9 1f88 1f00,3b9 1f89 1f01,3b9 1f8a 1f02,3b9 1f8b 1f03,3b9 "
        + "1f8c 1f04,3b9 1f8d 1f05,3b9 1f8e 1f06,3b9 1f8f 1f07,3b9 1f90 1f20,3b9 1f91 1f21,3b9 1f92 1f22,3b9 "
        + "1f93 1f23,3b9 1f94 1f24,3b9 1f95 1f25,3b9 1f96 1f26,3b9 1f97 1f27,3b9 1f98 1f20,3b9 1f99 1f21,3b9 "
        + "1f9a 1f22,3b9 1f9b 1f23,3b9 1f9c 1f24,3b9 1f9d 1f25,3b9 1f9e 1f26,3b9 1f9f 1f27,3b9 1fa0 1f60,3b9 "
        + "1fa1 1f61,3b9 1fa2 1f62,3b9 1fa3 1f63,3b9 1fa4 1f64,3b9 1fa5 1f65,3b9 1fa6 1f66,3b9 1fa7 1f67,3b9 "
        + "1fa8 1f60,3b9 1fa9 1f61,3b9 1faa 1f62,3b9 1fab 1f63,3b9 1fac 1f64,3b9 1fad 1f65,3b9 1fae 1f66,3b9 "
        + "1faf 1f67,3b9 1fb2 1f70,3b9 1fb3 3b1,3b9 1fb4 3ac,3b9 1fb6 3b1,342 1fb7 3b1,342,3b9 1fbc 3b1,3b9 "
        + "1fc2 1f74,3b9 1fc3 3b7,3b9 1fc4 3ae,3b9 1fc6 3b7,342 1fc7 3b7,342,3b9 1fcc 3b7,3b9 1fd2 3b9,308,300 "
        + "1fd3 3b9,308,301 1fd6 3b9,342 1fd7 3b9,308,342 1fe2 3c5,308,300 1fe3 3c5,308,301 1fe4 3c1,313 1fe6 "
        + "3c5,342 1fe7 3c5,308,342 1ff2 1f7c,3b9 1ff3 3c9,3b9 1ff4 3ce,3b9 1ff6 3c9,342 1ff7 3c9,342,3b9 1ffc "
        + "3c9,3b9 fb00 66,66 fb01 66,69 fb02 66,6c fb03 66,66,69 fb04 66,66,6c fb05 73,74 fb06 73,74 fb13 "
        + "574,576 fb14 574,565 fb15 574,56b fb16 57e,576 fb17 574,56d ");
    private static final int[] IS_UPPER = ranges(
        "41 5a c0 d6 d8 de 100 100 102 102 104 104 106 106 108 108 10a 10a 10c 10c 10e 10e 110 110 112 112 "
        + "114 114 116 116 118 118 11a 11a 11c 11c 11e 11e 120 120 122 122 124 124 126 126 128 128 12a 12a 12c "
        + "12c 12e 12e 130 130 132 132 134 134 136 136 139 139 13b 13b 13d 13d 13f 13f 141 141 143 143 145 145 "
        + "147 147 14a 14a 14c 14c 14e 14e 150 150 152 152 154 154 156 156 158 158 15a 15a 15c 15c 15e 15e 160 "
        + "160 162 162 164 164 166 166 168 168 16a 16a 16c 16c 16e 16e 170 170 172 172 174 174 176 176 178 179 "
        + "17b 17b 17d 17d 181 182 184 184 186 187 189 18b 18e 191 193 194 196 198 19c 19d 19f 1a0 1a2 1a2 1a4 "
        + "1a4 1a6 1a7 1a9 1a9 1ac 1ac 1ae 1af 1b1 1b3 1b5 1b5 1b7 1b8 1bc 1bc 1c4 1c4 1c7 1c7 1ca 1ca 1cd 1cd "
        + "1cf 1cf 1d1 1d1 1d3 1d3 1d5 1d5 1d7 1d7 1d9 1d9 1db 1db 1de 1de 1e0 1e0 1e2 1e2 1e4 1e4 1e6 1e6 1e8 "
        + "1e8 1ea 1ea 1ec 1ec 1ee 1ee 1f1 1f1 1f4 1f4 1f6 1f8 1fa 1fa 1fc 1fc 1fe 1fe 200 200 202 202 204 204 "
        + "206 206 208 208 20a 20a 20c 20c 20e 20e 210 210 212 212 214 214 216 216 218 218 21a 21a 21c 21c 21e "
        + "21e 220 220 222 222 224 224 226 226 228 228 22a 22a 22c 22c 22e 22e 230 230 232 232 23a 23b 23d 23e "
        + "241 241 243 246 248 248 24a 24a 24c 24c 24e 24e 370 370 372 372 376 376 37f 37f 386 386 388 38a 38c "
        + "38c 38e 38f 391 3a1 3a3 3ab 3cf 3cf 3d2 3d4 3d8 3d8 3da 3da 3dc 3dc 3de 3de 3e0 3e0 3e2 3e2 3e4 3e4 "
        + "3e6 3e6 3e8 3e8 3ea 3ea 3ec 3ec 3ee 3ee 3f4 3f4 3f7 3f7 3f9 3fa 3fd 42f 460 460 462 462 464 464 466 "
        + "466 468 468 46a 46a 46c 46c 46e 46e 470 470 472 472 474 474 476 476 478 478 47a 47a 47c 47c 47e 47e "
        + "480 480 48a 48a 48c 48c 48e 48e 490 490 492 492 494 494 496 496 498 498 49a 49a 49c 49c 49e 49e 4a0 "
        + "4a0 4a2 4a2 4a4 4a4 4a6 4a6 4a8 4a8 4aa 4aa 4ac 4ac 4ae 4ae 4b0 4b0 4b2 4b2 4b4 4b4 4b6 4b6 4b8 4b8 "
        + "4ba 4ba 4bc 4bc 4be 4be 4c0 4c1 4c3 4c3 4c5 4c5 4c7 4c7 4c9 4c9 4cb 4cb 4cd 4cd 4d0 4d0 4d2 4d2 4d4 "
        + "4d4 4d6 4d6 4d8 4d8 4da 4da 4dc 4dc 4de 4de 4e0 4e0 4e2 4e2 4e4 4e4 4e6 4e6 4e8 4e8 4ea 4ea 4ec 4ec "
        + "4ee 4ee 4f0 4f0 4f2 4f2 4f4 4f4 4f6 4f6 4f8 4f8 4fa 4fa 4fc 4fc 4fe 4fe 500 500 502 502 504 504 506 "
        + "506 508 508 50a 50a 50c 50c 50e 50e 510 510 512 512 514 514 516 516 518 518 51a 51a 51c 51c 51e 51e "
        + "520 520 522 522 524 524 526 526 528 528 52a 52a 52c 52c 52e 52e 531 556 10a0 10c5 10c7 10c7 10cd "
        + "10cd 13a0 13f5 1c90 1cba 1cbd 1cbf 1e00 1e00 1e02 1e02 1e04 1e04 1e06 1e06 1e08 1e08 1e0a 1e0a 1e0c "
        + "1e0c 1e0e 1e0e 1e10 1e10 1e12 1e12 1e14 1e14 1e16 1e16 1e18 1e18 1e1a 1e1a 1e1c 1e1c 1e1e 1e1e 1e20 "
        + "1e20 1e22 1e22 1e24 1e24 1e26 1e26 1e28 1e28 1e2a 1e2a 1e2c 1e2c 1e2e 1e2e 1e30 1e30 1e32 1e32 1e34 "
        + "1e34 1e36 1e36 1e38 1e38 1e3a 1e3a 1e3c 1e3c 1e3e 1e3e 1e40 1e40 1e42 1e42 1e44 1e44 1e46 1e46 1e48 "
        + "1e48 1e4a 1e4a 1e4c 1e4c 1e4e 1e4e 1e50 1e50 1e52 1e52 1e54 1e54 1e56 1e56 1e58 1e58 1e5a 1e5a 1e5c "
        + "1e5c 1e5e 1e5e 1e60 1e60 1e62 1e62 1e64 1e64 1e66 1e66 1e68 1e68 1e6a 1e6a 1e6c 1e6c 1e6e 1e6e 1e70 "
        + "1e70 1e72 1e72 1e74 1e74 1e76 1e76 1e78 1e78 1e7a 1e7a 1e7c 1e7c 1e7e 1e7e 1e80 1e80 1e82 1e82 1e84 "
        + "1e84 1e86 1e86 1e88 1e88 1e8a 1e8a 1e8c 1e8c 1e8e 1e8e 1e90 1e90 1e92 1e92 1e94 1e94 1e9e 1e9e 1ea0 "
        + "1ea0 1ea2 1ea2 1ea4 1ea4 1ea6 1ea6 1ea8 1ea8 1eaa 1eaa 1eac 1eac 1eae 1eae 1eb0 1eb0 1eb2 1eb2 1eb4 "
        + "1eb4 1eb6 1eb6 1eb8 1eb8 1eba 1eba 1ebc 1ebc 1ebe 1ebe 1ec0 1ec0 1ec2 1ec2 1ec4 1ec4 1ec6 1ec6 1ec8 "
        + "1ec8 1eca 1eca 1ecc 1ecc 1ece 1ece 1ed0 1ed0 1ed2 1ed2 1ed4 1ed4 1ed6 1ed6 1ed8 1ed8 1eda 1eda 1edc "
        + "1edc 1ede 1ede 1ee0 1ee0 1ee2 1ee2 1ee4 1ee4 1ee6 1ee6 1ee8 1ee8 1eea 1eea 1eec 1eec 1eee 1eee 1ef0 "
        + "1ef0 1ef2 1ef2 1ef4 1ef4 1ef6 1ef6 1ef8 1ef8 1efa 1efa 1efc 1efc 1efe 1efe 1f08 1f0f 1f18 1f1d 1f28 "
        + "1f2f 1f38 1f3f 1f48 1f4d 1f59 1f59 1f5b 1f5b 1f5d 1f5d 1f5f 1f5f 1f68 1f6f 1fb8 1fbb 1fc8 1fcb 1fd8 "
        + "1fdb 1fe8 1fec 1ff8 1ffb 2102 2102 2107 2107 210b 210d 2110 2112 2115 2115 2119 211d 2124 2124 2126 "
        + "2126 2128 2128 212a 212d 2130 2133 213e 213f 2145 2145 2160 216f 2183 2183 24b6 24cf 2c00 2c2f 2c60 "
        + "2c60 2c62 2c64 2c67 2c67 2c69 2c69 2c6b 2c6b 2c6d 2c70 2c72 2c72 2c75 2c75 2c7e 2c80 2c82 2c82 2c84 "
        + "2c84 2c86 2c86 2c88 2c88 2c8a 2c8a 2c8c 2c8c 2c8e 2c8e 2c90 2c90 2c92 2c92 2c94 2c94 2c96 2c96 2c98 "
        + "2c98 2c9a 2c9a 2c9c 2c9c 2c9e 2c9e 2ca0 2ca0 2ca2 2ca2 2ca4 2ca4 2ca6 2ca6 2ca8 2ca8 2caa 2caa 2cac "
        + "2cac 2cae 2cae 2cb0 2cb0 2cb2 2cb2 2cb4 2cb4 2cb6 2cb6 2cb8 2cb8 2cba 2cba 2cbc 2cbc 2cbe 2cbe 2cc0 "
        + "2cc0 2cc2 2cc2 2cc4 2cc4 2cc6 2cc6 2cc8 2cc8 2cca 2cca 2ccc 2ccc 2cce 2cce 2cd0 2cd0 2cd2 2cd2 2cd4 "
        + "2cd4 2cd6 2cd6 2cd8 2cd8 2cda 2cda 2cdc 2cdc 2cde 2cde 2ce0 2ce0 2ce2 2ce2 2ceb 2ceb 2ced 2ced 2cf2 "
        + "2cf2 a640 a640 a642 a642 a644 a644 a646 a646 a648 a648 a64a a64a a64c a64c a64e a64e a650 a650 a652 "
        + "a652 a654 a654 a656 a656 a658 a658 a65a a65a a65c a65c a65e a65e a660 a660 a662 a662 a664 a664 a666 "
        + "a666 a668 a668 a66a a66a a66c a66c a680 a680 a682 a682 a684 a684 a686 a686 a688 a688 a68a a68a a68c "
        + "a68c a68e a68e a690 a690 a692 a692 a694 a694 a696 a696 a698 a698 a69a a69a a722 a722 a724 a724 a726 "
        + "a726 a728 a728 a72a a72a a72c a72c a72e a72e a732 a732 a734 a734 a736 a736 a738 a738 a73a a73a a73c "
        + "a73c a73e a73e a740 a740 a742 a742 a744 a744 a746 a746 a748 a748 a74a a74a a74c a74c a74e a74e a750 "
        + "a750 a752 a752 a754 a754 a756 a756 a758 a758 a75a a75a a75c a75c a75e a75e a760 a760 a762 a762 a764 "
        + "a764 a766 a766 a768 a768 a76a a76a a76c a76c a76e a76e a779 a779 a77b a77b a77d a77e a780 a780 a782 "
        + "a782 a784 a784 a786 a786 a78b a78b a78d a78d a790 a790 a792 a792 a796 a796 a798 a798 a79a a79a a79c "
        + "a79c a79e a79e a7a0 a7a0 a7a2 a7a2 a7a4 a7a4 a7a6 a7a6 a7a8 a7a8 a7aa a7ae a7b0 a7b4 a7b6 a7b6 a7b8 "
        + "a7b8 a7ba a7ba a7bc a7bc a7be a7be a7c0 a7c0 a7c2 a7c2 a7c4 a7c7 a7c9 a7c9 a7d0 a7d0 a7d6 a7d6 a7d8 "
        + "a7d8 a7f5 a7f5 ff21 ff3a 10400 10427 104b0 104d3 10570 1057a 1057c 1058a 1058c 10592 10594 10595 "
        + "10c80 10cb2 118a0 118bf 16e40 16e5f 1d400 1d419 1d434 1d44d 1d468 1d481 1d49c 1d49c 1d49e 1d49f "
        + "1d4a2 1d4a2 1d4a5 1d4a6 1d4a9 1d4ac 1d4ae 1d4b5 1d4d0 1d4e9 1d504 1d505 1d507 1d50a 1d50d 1d514 "
        + "1d516 1d51c 1d538 1d539 1d53b 1d53e 1d540 1d544 1d546 1d546 1d54a 1d550 1d56c 1d585 1d5a0 1d5b9 "
        + "1d5d4 1d5ed 1d608 1d621 1d63c 1d655 1d670 1d689 1d6a8 1d6c0 1d6e2 1d6fa 1d71c 1d734 1d756 1d76e "
        + "1d790 1d7a8 1d7ca 1d7ca 1e900 1e921 1f130 1f149 1f150 1f169 1f170 1f189 ");
    private static final int[] IS_LOWER = ranges(
        "61 7a aa aa b5 b5 ba ba df f6 f8 ff 101 101 103 103 105 105 107 107 109 109 10b 10b 10d 10d 10f 10f "
        + "111 111 113 113 115 115 117 117 119 119 11b 11b 11d 11d 11f 11f 121 121 123 123 125 125 127 127 129 "
        + "129 12b 12b 12d 12d 12f 12f 131 131 133 133 135 135 137 138 13a 13a 13c 13c 13e 13e 140 140 142 142 "
        + "144 144 146 146 148 149 14b 14b 14d 14d 14f 14f 151 151 153 153 155 155 157 157 159 159 15b 15b 15d "
        + "15d 15f 15f 161 161 163 163 165 165 167 167 169 169 16b 16b 16d 16d 16f 16f 171 171 173 173 175 175 "
        + "177 177 17a 17a 17c 17c 17e 180 183 183 185 185 188 188 18c 18d 192 192 195 195 199 19b 19e 19e 1a1 "
        + "1a1 1a3 1a3 1a5 1a5 1a8 1a8 1aa 1ab 1ad 1ad 1b0 1b0 1b4 1b4 1b6 1b6 1b9 1ba 1bd 1bf 1c6 1c6 1c9 1c9 "
        + "1cc 1cc 1ce 1ce 1d0 1d0 1d2 1d2 1d4 1d4 1d6 1d6 1d8 1d8 1da 1da 1dc 1dd 1df 1df 1e1 1e1 1e3 1e3 1e5 "
        + "1e5 1e7 1e7 1e9 1e9 1eb 1eb 1ed 1ed 1ef 1f0 1f3 1f3 1f5 1f5 1f9 1f9 1fb 1fb 1fd 1fd 1ff 1ff 201 201 "
        + "203 203 205 205 207 207 209 209 20b 20b 20d 20d 20f 20f 211 211 213 213 215 215 217 217 219 219 21b "
        + "21b 21d 21d 21f 21f 221 221 223 223 225 225 227 227 229 229 22b 22b 22d 22d 22f 22f 231 231 233 239 "
        + "23c 23c 23f 240 242 242 247 247 249 249 24b 24b 24d 24d 24f 293 295 2b8 2c0 2c1 2e0 2e4 345 345 371 "
        + "371 373 373 377 377 37a 37d 390 390 3ac 3ce 3d0 3d1 3d5 3d7 3d9 3d9 3db 3db 3dd 3dd 3df 3df 3e1 3e1 "
        + "3e3 3e3 3e5 3e5 3e7 3e7 3e9 3e9 3eb 3eb 3ed 3ed 3ef 3f3 3f5 3f5 3f8 3f8 3fb 3fc 430 45f 461 461 463 "
        + "463 465 465 467 467 469 469 46b 46b 46d 46d 46f 46f 471 471 473 473 475 475 477 477 479 479 47b 47b "
        + "47d 47d 47f 47f 481 481 48b 48b 48d 48d 48f 48f 491 491 493 493 495 495 497 497 499 499 49b 49b 49d "
        + "49d 49f 49f 4a1 4a1 4a3 4a3 4a5 4a5 4a7 4a7 4a9 4a9 4ab 4ab 4ad 4ad 4af 4af 4b1 4b1 4b3 4b3 4b5 4b5 "
        + "4b7 4b7 4b9 4b9 4bb 4bb 4bd 4bd 4bf 4bf 4c2 4c2 4c4 4c4 4c6 4c6 4c8 4c8 4ca 4ca 4cc 4cc 4ce 4cf 4d1 "
        + "4d1 4d3 4d3 4d5 4d5 4d7 4d7 4d9 4d9 4db 4db 4dd 4dd 4df 4df 4e1 4e1 4e3 4e3 4e5 4e5 4e7 4e7 4e9 4e9 "
        + "4eb 4eb 4ed 4ed 4ef 4ef 4f1 4f1 4f3 4f3 4f5 4f5 4f7 4f7 4f9 4f9 4fb 4fb 4fd 4fd 4ff 4ff 501 501 503 "
        + "503 505 505 507 507 509 509 50b 50b 50d 50d 50f 50f 511 511 513 513 515 515 517 517 519 519 51b 51b "
        + "51d 51d 51f 51f 521 521 523 523 525 525 527 527 529 529 52b 52b 52d 52d 52f 52f 560 588 10d0 10fa "
        + "10fc 10ff 13f8 13fd 1c80 1c88 1d00 1dbf 1e01 1e01 1e03 1e03 1e05 1e05 1e07 1e07 1e09 1e09 1e0b 1e0b "
        + "1e0d 1e0d 1e0f 1e0f 1e11 1e11 1e13 1e13 1e15 1e15 1e17 1e17 1e19 1e19 1e1b 1e1b 1e1d 1e1d 1e1f 1e1f "
        + "1e21 1e21 1e23 1e23 1e25 1e25 1e27 1e27 1e29 1e29 1e2b 1e2b 1e2d 1e2d 1e2f 1e2f 1e31 1e31 1e33 1e33 "
        + "1e35 1e35 1e37 1e37 1e39 1e39 1e3b 1e3b 1e3d 1e3d 1e3f 1e3f 1e41 1e41 1e43 1e43 1e45 1e45 1e47 1e47 "
        + "1e49 1e49 1e4b 1e4b 1e4d 1e4d 1e4f 1e4f 1e51 1e51 1e53 1e53 1e55 1e55 1e57 1e57 1e59 1e59 1e5b 1e5b "
        + "1e5d 1e5d 1e5f 1e5f 1e61 1e61 1e63 1e63 1e65 1e65 1e67 1e67 1e69 1e69 1e6b 1e6b 1e6d 1e6d 1e6f 1e6f "
        + "1e71 1e71 1e73 1e73 1e75 1e75 1e77 1e77 1e79 1e79 1e7b 1e7b 1e7d 1e7d 1e7f 1e7f 1e81 1e81 1e83 1e83 "
        + "1e85 1e85 1e87 1e87 1e89 1e89 1e8b 1e8b 1e8d 1e8d 1e8f 1e8f 1e91 1e91 1e93 1e93 1e95 1e9d 1e9f 1e9f "
        + "1ea1 1ea1 1ea3 1ea3 1ea5 1ea5 1ea7 1ea7 1ea9 1ea9 1eab 1eab 1ead 1ead 1eaf 1eaf 1eb1 1eb1 1eb3 1eb3 "
        + "1eb5 1eb5 1eb7 1eb7 1eb9 1eb9 1ebb 1ebb 1ebd 1ebd 1ebf 1ebf 1ec1 1ec1 1ec3 1ec3 1ec5 1ec5 1ec7 1ec7 "
        + "1ec9 1ec9 1ecb 1ecb 1ecd 1ecd 1ecf 1ecf 1ed1 1ed1 1ed3 1ed3 1ed5 1ed5 1ed7 1ed7 1ed9 1ed9 1edb 1edb "
        + "1edd 1edd 1edf 1edf 1ee1 1ee1 1ee3 1ee3 1ee5 1ee5 1ee7 1ee7 1ee9 1ee9 1eeb 1eeb 1eed 1eed 1eef 1eef "
        + "1ef1 1ef1 1ef3 1ef3 1ef5 1ef5 1ef7 1ef7 1ef9 1ef9 1efb 1efb 1efd 1efd 1eff 1f07 1f10 1f15 1f20 1f27 "
        + "1f30 1f37 1f40 1f45 1f50 1f57 1f60 1f67 1f70 1f7d 1f80 1f87 1f90 1f97 1fa0 1fa7 1fb0 1fb4 1fb6 1fb7 "
        + "1fbe 1fbe 1fc2 1fc4 1fc6 1fc7 1fd0 1fd3 1fd6 1fd7 1fe0 1fe7 1ff2 1ff4 1ff6 1ff7 2071 2071 207f 207f "
        + "2090 209c 210a 210a 210e 210f 2113 2113 212f 212f 2134 2134 2139 2139 213c 213d 2146 2149 214e 214e "
        + "2170 217f 2184 2184 24d0 24e9 2c30 2c5f 2c61 2c61 2c65 2c66 2c68 2c68 2c6a 2c6a 2c6c 2c6c 2c71 2c71 "
        + "2c73 2c74 2c76 2c7d 2c81 2c81 2c83 2c83 2c85 2c85 2c87 2c87 2c89 2c89 2c8b 2c8b 2c8d 2c8d 2c8f 2c8f "
        + "2c91 2c91 2c93 2c93 2c95 2c95 2c97 2c97 2c99 2c99 2c9b 2c9b 2c9d 2c9d 2c9f 2c9f 2ca1 2ca1 2ca3 2ca3 "
        + "2ca5 2ca5 2ca7 2ca7 2ca9 2ca9 2cab 2cab 2cad 2cad 2caf 2caf 2cb1 2cb1 2cb3 2cb3 2cb5 2cb5 2cb7 2cb7 "
        + "2cb9 2cb9 2cbb 2cbb 2cbd 2cbd 2cbf 2cbf 2cc1 2cc1 2cc3 2cc3 2cc5 2cc5 2cc7 2cc7 2cc9 2cc9 2ccb 2ccb "
        + "2ccd 2ccd 2ccf 2ccf 2cd1 2cd1 2cd3 2cd3 2cd5 2cd5 2cd7 2cd7 2cd9 2cd9 2cdb 2cdb 2cdd 2cdd 2cdf 2cdf "
        + "2ce1 2ce1 2ce3 2ce4 2cec 2cec 2cee 2cee 2cf3 2cf3 2d00 2d25 2d27 2d27 2d2d 2d2d a641 a641 a643 a643 "
        + "a645 a645 a647 a647 a649 a649 a64b a64b a64d a64d a64f a64f a651 a651 a653 a653 a655 a655 a657 a657 "
        + "a659 a659 a65b a65b a65d a65d a65f a65f a661 a661 a663 a663 a665 a665 a667 a667 a669 a669 a66b a66b "
        + "a66d a66d a681 a681 a683 a683 a685 a685 a687 a687 a689 a689 a68b a68b a68d a68d a68f a68f a691 a691 "
        + "a693 a693 a695 a695 a697 a697 a699 a699 a69b a69d a723 a723 a725 a725 a727 a727 a729 a729 a72b a72b "
        + "a72d a72d a72f a731 a733 a733 a735 a735 a737 a737 a739 a739 a73b a73b a73d a73d a73f a73f a741 a741 "
        + "a743 a743 a745 a745 a747 a747 a749 a749 a74b a74b a74d a74d a74f a74f a751 a751 a753 a753 a755 a755 "
        + "a757 a757 a759 a759 a75b a75b a75d a75d a75f a75f a761 a761 a763 a763 a765 a765 a767 a767 a769 a769 "
        + "a76b a76b a76d a76d a76f a778 a77a a77a a77c a77c a77f a77f a781 a781 a783 a783 a785 a785 a787 a787 "
        + "a78c a78c a78e a78e a791 a791 a793 a795 a797 a797 a799 a799 a79b a79b a79d a79d a79f a79f a7a1 a7a1 "
        + "a7a3 a7a3 a7a5 a7a5 a7a7 a7a7 a7a9 a7a9 a7af a7af a7b5 a7b5 a7b7 a7b7 a7b9 a7b9 a7bb a7bb a7bd a7bd "
        + "a7bf a7bf a7c1 a7c1 a7c3 a7c3 a7c8 a7c8 a7ca a7ca a7d1 a7d1 a7d3 a7d3 a7d5 a7d5 a7d7 a7d7 a7d9 a7d9 "
        + "a7f2 a7f4 a7f6 a7f6 a7f8 a7fa ab30 ab5a ab5c ab69 ab70 abbf fb00 fb06 fb13 fb17 ff41 ff5a 10428 "
        + "1044f 104d8 104fb 10597 105a1 105a3 105b1 105b3 105b9 105bb 105bc 10780 10780 10783 10785 10787 "
        + "107b0 107b2 107ba 10cc0 10cf2 118c0 118df 16e60 16e7f 1d41a 1d433 1d44e 1d454 1d456 1d467 1d482 "
        + "1d49b 1d4b6 1d4b9 1d4bb 1d4bb 1d4bd 1d4c3 1d4c5 1d4cf 1d4ea 1d503 1d51e 1d537 1d552 1d56b 1d586 "
        + "1d59f 1d5ba 1d5d3 1d5ee 1d607 1d622 1d63b 1d656 1d66f 1d68a 1d6a5 1d6c2 1d6da 1d6dc 1d6e1 1d6fc "
        + "1d714 1d716 1d71b 1d736 1d74e 1d750 1d755 1d770 1d788 1d78a 1d78f 1d7aa 1d7c2 1d7c4 1d7c9 1d7cb "
        + "1d7cb 1df00 1df09 1df0b 1df1e 1df25 1df2a 1e030 1e06d 1e922 1e943 ");
    private static final int[] IS_DIGIT = ranges(
        "30 39 b2 b3 b9 b9 660 669 6f0 6f9 7c0 7c9 966 96f 9e6 9ef a66 a6f ae6 aef b66 b6f be6 bef c66 c6f "
        + "ce6 cef d66 d6f de6 def e50 e59 ed0 ed9 f20 f29 1040 1049 1090 1099 1369 1371 17e0 17e9 1810 1819 "
        + "1946 194f 19d0 19da 1a80 1a89 1a90 1a99 1b50 1b59 1bb0 1bb9 1c40 1c49 1c50 1c59 2070 2070 2074 2079 "
        + "2080 2089 2460 2468 2474 247c 2488 2490 24ea 24ea 24f5 24fd 24ff 24ff 2776 277e 2780 2788 278a 2792 "
        + "a620 a629 a8d0 a8d9 a900 a909 a9d0 a9d9 a9f0 a9f9 aa50 aa59 abf0 abf9 ff10 ff19 104a0 104a9 10a40 "
        + "10a43 10d30 10d39 10e60 10e68 11052 1105a 11066 1106f 110f0 110f9 11136 1113f 111d0 111d9 112f0 "
        + "112f9 11450 11459 114d0 114d9 11650 11659 116c0 116c9 11730 11739 118e0 118e9 11950 11959 11c50 "
        + "11c59 11d50 11d59 11da0 11da9 11f50 11f59 16a60 16a69 16ac0 16ac9 16b50 16b59 1d7ce 1d7ff 1e140 "
        + "1e149 1e2f0 1e2f9 1e4f0 1e4f9 1e950 1e959 1f100 1f10a 1fbf0 1fbf9 ");
    private static final int[] IS_DECIMAL = ranges(
        "30 39 660 669 6f0 6f9 7c0 7c9 966 96f 9e6 9ef a66 a6f ae6 aef b66 b6f be6 bef c66 c6f ce6 cef d66 "
        + "d6f de6 def e50 e59 ed0 ed9 f20 f29 1040 1049 1090 1099 17e0 17e9 1810 1819 1946 194f 19d0 19d9 "
        + "1a80 1a89 1a90 1a99 1b50 1b59 1bb0 1bb9 1c40 1c49 1c50 1c59 a620 a629 a8d0 a8d9 a900 a909 a9d0 a9d9 "
        + "a9f0 a9f9 aa50 aa59 abf0 abf9 ff10 ff19 104a0 104a9 10d30 10d39 11066 1106f 110f0 110f9 11136 1113f "
        + "111d0 111d9 112f0 112f9 11450 11459 114d0 114d9 11650 11659 116c0 116c9 11730 11739 118e0 118e9 "
        + "11950 11959 11c50 11c59 11d50 11d59 11da0 11da9 11f50 11f59 16a60 16a69 16ac0 16ac9 16b50 16b59 "
        + "1d7ce 1d7ff 1e140 1e149 1e2f0 1e2f9 1e4f0 1e4f9 1e950 1e959 1fbf0 1fbf9 ");
    private static final int[] IS_NUMERIC = ranges(
        "30 39 b2 b3 b9 b9 bc be 660 669 6f0 6f9 7c0 7c9 966 96f 9e6 9ef 9f4 9f9 a66 a6f ae6 aef b66 b6f b72 "
        + "b77 be6 bf2 c66 c6f c78 c7e ce6 cef d58 d5e d66 d78 de6 def e50 e59 ed0 ed9 f20 f33 1040 1049 1090 "
        + "1099 1369 137c 16ee 16f0 17e0 17e9 17f0 17f9 1810 1819 1946 194f 19d0 19da 1a80 1a89 1a90 1a99 1b50 "
        + "1b59 1bb0 1bb9 1c40 1c49 1c50 1c59 2070 2070 2074 2079 2080 2089 2150 2182 2185 2189 2460 249b 24ea "
        + "24ff 2776 2793 2cfd 2cfd 3007 3007 3021 3029 3038 303a 3192 3195 3220 3229 3248 324f 3251 325f 3280 "
        + "3289 32b1 32bf 3405 3405 3483 3483 382a 382a 3b4d 3b4d 4e00 4e00 4e03 4e03 4e07 4e07 4e09 4e09 4e5d "
        + "4e5d 4e8c 4e8c 4e94 4e94 4e96 4e96 4ebf 4ec0 4edf 4edf 4ee8 4ee8 4f0d 4f0d 4f70 4f70 5104 5104 5146 "
        + "5146 5169 5169 516b 516b 516d 516d 5341 5341 5343 5345 534c 534c 53c1 53c4 56db 56db 58f1 58f1 58f9 "
        + "58f9 5e7a 5e7a 5efe 5eff 5f0c 5f0e 5f10 5f10 62fe 62fe 634c 634c 67d2 67d2 6f06 6f06 7396 7396 767e "
        + "767e 8086 8086 842c 842c 8cae 8cae 8cb3 8cb3 8d30 8d30 9621 9621 9646 9646 964c 964c 9678 9678 96f6 "
        + "96f6 a620 a629 a6e6 a6ef a830 a835 a8d0 a8d9 a900 a909 a9d0 a9d9 a9f0 a9f9 aa50 aa59 abf0 abf9 f96b "
        + "f96b f973 f973 f978 f978 f9b2 f9b2 f9d1 f9d1 f9d3 f9d3 f9fd f9fd ff10 ff19 10107 10133 10140 10178 "
        + "1018a 1018b 102e1 102fb 10320 10323 10341 10341 1034a 1034a 103d1 103d5 104a0 104a9 10858 1085f "
        + "10879 1087f 108a7 108af 108fb 108ff 10916 1091b 109bc 109bd 109c0 109cf 109d2 109ff 10a40 10a48 "
        + "10a7d 10a7e 10a9d 10a9f 10aeb 10aef 10b58 10b5f 10b78 10b7f 10ba9 10baf 10cfa 10cff 10d30 10d39 "
        + "10e60 10e7e 10f1d 10f26 10f51 10f54 10fc5 10fcb 11052 1106f 110f0 110f9 11136 1113f 111d0 111d9 "
        + "111e1 111f4 112f0 112f9 11450 11459 114d0 114d9 11650 11659 116c0 116c9 11730 1173b 118e0 118f2 "
        + "11950 11959 11c50 11c6c 11d50 11d59 11da0 11da9 11f50 11f59 11fc0 11fd4 12400 1246e 16a60 16a69 "
        + "16ac0 16ac9 16b50 16b59 16b5b 16b61 16e80 16e96 1d2c0 1d2d3 1d2e0 1d2f3 1d360 1d378 1d7ce 1d7ff "
        + "1e140 1e149 1e2f0 1e2f9 1e4f0 1e4f9 1e8c7 1e8cf 1e950 1e959 1ec71 1ecab 1ecad 1ecaf 1ecb1 1ecb4 "
        + "1ed01 1ed2d 1ed2f 1ed3d 1f100 1f10c 1fbf0 1fbf9 20001 20001 20064 20064 200e2 200e2 20121 20121 "
        + "2092a 2092a 20983 20983 2098c 2098c 2099c 2099c 20aea 20aea 20afd 20afd 20b19 20b19 22390 22390 "
        + "22998 22998 23b1b 23b1b 2626d 2626d 2f890 2f890 ");

    /**
     * An ASCII string with the letters from..to switched to the other case. By hand: the
     * classlib's toUpperCase/toLowerCase go through the Unicode tables and append character by
     * character under TeaVM, several times slower natively.
     */
    private static String asciiCase(String s, char from, char to) {
        int n = s.length(), i = 0;
        while (i < n && (s.charAt(i) < from || s.charAt(i) > to)) i++;
        if (i == n) return s;
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            char c = out[i];
            if (c >= from && c <= to) out[i] = (char) (c ^ 0x20);
        }
        return new String(out);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    // ASCII (the common case) needs no table; Java's ASCII case mapping is right everywhere
    static String upper(String s) { return ascii(s) ? asciiCase(s, 'a', 'z') : UPPER.map(s); }
    static String casefold(String s) { return ascii(s) ? s.toLowerCase(java.util.Locale.ROOT) : CASEFOLD.map(s); }
    static String upper(int c) { StringBuilder sb = new StringBuilder(); UPPER.append(sb, c); return sb.toString(); }
    static String lower(int c) { StringBuilder sb = new StringBuilder(); LOWER.append(sb, c); return sb.toString(); }
    static String title(int c) { StringBuilder sb = new StringBuilder(); TITLE.append(sb, c); return sb.toString(); }

    /** str.lower: with CPython's final sigma (Σ at the end of a word becomes ς). */
    static String lower(String s) {
        if (ascii(s)) return asciiCase(s, 'A', 'Z');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == 0x3a3 && finalSigma(s, i)) sb.append('\u03c2');
            else LOWER.append(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /** The lowercase of c, the code point at s[at] (final sigma applied, as str.title/swapcase do). */
    static String lowerAt(String s, int at, int c) {
        return c == 0x3a3 && finalSigma(s, at) ? "\u03c2" : lower(c);
    }

    /** CPython's rule: a cased letter before (case-ignorables skipped), none after. */
    private static boolean finalSigma(String s, int at) {
        int j = at;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (caseIgnorable(c)) continue;
            before = cased(c);
            break;
        }
        if (!before) return false;
        j = at + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (caseIgnorable(c)) continue;
            return !cased(c);
        }
        return true;
    }

    static boolean cased(int c) {
        return isUpper(c) || isLower(c) || Character.getType(c) == Character.TITLECASE_LETTER;
    }

    private static boolean caseIgnorable(int c) {
        if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    static boolean isUpper(int c) { return in(IS_UPPER, c); }
    static boolean isLower(int c) { return in(IS_LOWER, c); }
    static boolean isDigit(int c) { return in(IS_DIGIT, c); }
    static boolean isDecimal(int c) { return in(IS_DECIMAL, c); }
    static boolean isNumeric(int c) { return in(IS_NUMERIC, c); }
}
