import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time tool (run by sync-teavm.sh on the kernel's copy of TeaVM's C): rewrites
 * {@code callsites.c} into compact tables.
 * <p>
 * TeaVM 0.15 gives every call that may throw or collect a call site: a 16-byte
 * {@code TeaVM_CallSite} (first exception handler, location) in {@code teavm_callSites}, and
 * each distinct location (with its chain of inlined callers) a 24-byte
 * {@code TeaVM_CallSiteLocation} (method, line, next). With the interpreter in the kernel that
 * is 132k call sites and 125k locations: 5.1 MB of .data, all of it RAM on metal, read only
 * when an exception is thrown or a stack trace is printed. Here they become:
 * <ul>
 * <li>{@code pyjama_callSiteLocations}: 8 bytes per location (method index, line, next
 *     index + 1), line numbers kept (a line above 65534 becomes "unknown");</li>
 * <li>{@code pyjama_callSiteLocationOf}: 4 bytes per call site (location index + 1, 0 none);</li>
 * <li>{@code pyjama_handlerSites}/{@code pyjama_handlerFirst}: only the call sites that have
 *     exception handlers (about 2k), sorted, found by binary search when an exception unwinds.</li>
 * </ul>
 * The method-location and exception-handler tables are kept as TeaVM wrote them. The runtime
 * reads the tables through the accessor functions written at the end of the file;
 * sync-teavm.sh rewrites the field accesses of ExceptionHandling.c to call them, and
 * {@code compact_callsites.h} (written next to callsites.c) declares them.
 * <pre>
 *   java CompactCallSites.java DIR      (DIR holds callsites.c; rewritten in place)
 * </pre>
 * Anything unexpected in the input fails the build with a message, so a TeaVM upgrade that
 * changes the format cannot produce wrong tables silently.
 */
public final class CompactCallSites {
    private static final Pattern LOCATION = Pattern.compile(
            "^ *\\{ \\.method = methodLocations_teavm_callSites \\+ (\\d+), \\.lineNumber = (-?\\d+)"
            + "(?:, \\.next = callSiteLocations_teavm_callSites \\+ (\\d+))? \\},?$");
    private static final Pattern CALL_SITE = Pattern.compile(
            "^ *(?:, )?\\{ \\.firstHandler = (?:NULL|exceptionHandlers_teavm_callSites \\+ (\\d+)), "
            + "\\.location = (?:NULL|callSiteLocations_teavm_callSites \\+ (\\d+)) \\},? *$");
    private static final Pattern TABLE = Pattern.compile("^(?:static )?(\\w+) (\\w+)\\[(\\d+)\\] = \\{$");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) fail("usage: java CompactCallSites.java DIR");
        Path dir = Path.of(args[0]);
        Path file = dir.resolve("callsites.c");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        out.append("/* Rewritten by platform/metal/teavm/CompactCallSites.java from TeaVM's callsites.c: compact\n"
                + " * call-site tables (see that file). Do not edit. */\n");
        out.append("#include \"compact_callsites.h\"\n");
        int[][] locations = null;
        int[] siteLocation = null;
        int[] siteHandler = null;
        int methodCount = -1;
        boolean handlerTable = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher t = TABLE.matcher(line);
            if (!t.matches()) {
                out.append(line).append('\n');
                i++;
                continue;
            }
            String name = t.group(2);
            int size = Integer.parseInt(t.group(3));
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("};")) end++;
            if (end == lines.size()) fail("table " + name + " does not end");
            List<String> body = lines.subList(i + 1, end);
            switch (name) {
                case "methodLocations_teavm_callSites", "exceptionHandlers_teavm_callSites" -> {
                    if (body.size() != size) fail(name + ": " + body.size() + " entries, declared " + size);
                    if (name.startsWith("method")) methodCount = size; else handlerTable = true;
                    for (int k = i; k <= end; k++) out.append(lines.get(k)).append('\n');
                }
                case "callSiteLocations_teavm_callSites" -> {
                    if (body.size() != size) fail(name + ": " + body.size() + " entries, declared " + size);
                    locations = new int[size][];
                    for (int k = 0; k < size; k++) {
                        Matcher m = LOCATION.matcher(body.get(k));
                        if (!m.matches()) fail("unexpected location: " + body.get(k));
                        locations[k] = new int[] {
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            m.group(3) == null ? -1 : Integer.parseInt(m.group(3)) };
                    }
                }
                case "teavm_callSites" -> {
                    // One entry per line, each but the first preceded by ", " on the line before's end.
                    List<String> entries = new ArrayList<>();
                    for (String b : body) if (!b.isBlank()) entries.add(b);
                    if (entries.size() != size) fail(name + ": " + entries.size() + " entries, declared " + size);
                    siteLocation = new int[size];
                    siteHandler = new int[size];
                    for (int k = 0; k < size; k++) {
                        Matcher m = CALL_SITE.matcher(entries.get(k));
                        if (!m.matches()) fail("unexpected call site: " + entries.get(k));
                        siteHandler[k] = m.group(1) == null ? -1 : Integer.parseInt(m.group(1));
                        siteLocation[k] = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
                    }
                }
                default -> fail("unknown table " + name);
            }
            i = end + 1;
        }
        if (siteLocation == null) fail("no teavm_callSites table");
        if (locations == null || methodCount < 0 || !handlerTable) fail("callSiteLocations, methodLocations or exceptionHandlers table missing");
        if (methodCount > 65535) fail(methodCount + " method locations: more than a 16-bit index holds");
        writeLocations(out, locations, siteLocation, siteHandler);
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("compact_callsites.h"), HEADER, StandardCharsets.UTF_8);
    }

    private static void writeLocations(StringBuilder out, int[][] locations, int[] siteLocation, int[] siteHandler) {
        int n = locations.length;
        out.append("\nstatic const PyjamaCallSiteLocation pyjama_callSiteLocations[").append(n).append("] = {\n");
        for (int k = 0; k < n; k++) {
            int[] l = locations[k];
            int line = l[1] < 0 || l[1] > 65534 ? 65535 : l[1];
            if (l[2] >= n) fail("location " + k + ": next " + l[2] + " out of range");
            out.append("{").append(l[0]).append(',').append(line).append(',').append(l[2] + 1).append("},\n");
        }
        out.append("};\n");
        out.append("static const uint32_t pyjama_callSiteLocationOf[").append(siteLocation.length).append("] = {\n");
        for (int k = 0; k < siteLocation.length; k++) {
            if (siteLocation[k] >= n) fail("call site " + k + ": location out of range");
            out.append(siteLocation[k] + 1).append(k % 16 == 15 ? ",\n" : ",");
        }
        out.append("\n};\n");
        List<int[]> handlers = new ArrayList<>();
        for (int k = 0; k < siteHandler.length; k++) if (siteHandler[k] >= 0) handlers.add(new int[] { k, siteHandler[k] });
        int h = handlers.size();
        out.append("static const int32_t pyjama_handlerSites[").append(Math.max(h, 1)).append("] = {");
        for (int k = 0; k < h; k++) out.append(k % 16 == 0 ? "\n" : "").append(handlers.get(k)[0]).append(',');
        out.append(h == 0 ? "-1" : "").append("\n};\n");
        out.append("static const int32_t pyjama_handlerFirst[").append(Math.max(h, 1)).append("] = {");
        for (int k = 0; k < h; k++) out.append(k % 16 == 0 ? "\n" : "").append(handlers.get(k)[1]).append(',');
        out.append(h == 0 ? "-1" : "").append("\n};\n");
        out.append(ACCESSORS.replace("HANDLER_COUNT", Integer.toString(h))
                .replace("SITE_COUNT", Integer.toString(siteLocation.length))
                .replace("METHODS", "methodLocations_teavm_callSites"));
    }

    private static final String HEADER = """
            /* Written by platform/metal/teavm/CompactCallSites.java: the compact call-site tables' accessors,
             * which ExceptionHandling.c calls instead of reading TeaVM_CallSite/TeaVM_CallSiteLocation. */
            #pragma once
            #include <stdint.h>
            #include "stack.h"

            typedef struct PyjamaCallSiteLocation {
                uint16_t method;     /* index into the method locations */
                uint16_t line;       /* 65535: unknown */
                uint32_t next;       /* the inlining caller's location + 1; 0: none */
            } PyjamaCallSiteLocation;

            void* pyjama_callSiteLocation(int32_t callSiteId);
            void* pyjama_callSiteFirstHandler(int32_t callSiteId);
            void* pyjama_callSiteLocationMethod(void* location);
            int32_t pyjama_callSiteLocationLine(void* location);
            void* pyjama_callSiteLocationNext(void* location);
            """;

    private static final String ACCESSORS = """

            void* pyjama_callSiteLocation(int32_t id) {
                if (id < 0 || id >= SITE_COUNT) return NULL;
                uint32_t l = pyjama_callSiteLocationOf[id];
                return l == 0 ? NULL : (void*) &pyjama_callSiteLocations[l - 1];
            }

            void* pyjama_callSiteFirstHandler(int32_t id) {
                int32_t lo = 0, hi = HANDLER_COUNT - 1;
                while (lo <= hi) {
                    int32_t mid = (lo + hi) >> 1;
                    int32_t site = pyjama_handlerSites[mid];
                    if (site == id) return &exceptionHandlers_teavm_callSites[pyjama_handlerFirst[mid]];
                    if (site < id) lo = mid + 1; else hi = mid - 1;
                }
                return NULL;
            }

            void* pyjama_callSiteLocationMethod(void* location) {
                return (void*) &METHODS[((const PyjamaCallSiteLocation*) location)->method];
            }

            int32_t pyjama_callSiteLocationLine(void* location) {
                uint16_t line = ((const PyjamaCallSiteLocation*) location)->line;
                return line == 65535 ? -1 : (int32_t) line;
            }

            void* pyjama_callSiteLocationNext(void* location) {
                uint32_t next = ((const PyjamaCallSiteLocation*) location)->next;
                return next == 0 ? NULL : (void*) &pyjama_callSiteLocations[next - 1];
            }
            """;

    private static void fail(String message) {
        System.err.println("CompactCallSites: " + message);
        System.exit(1);
    }
}
