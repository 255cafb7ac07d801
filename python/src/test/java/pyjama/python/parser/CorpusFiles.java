package pyjama.python.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the oracle-generated corpus under src/test/resources/parser (see regen.py there). */
final class CorpusFiles {
    private CorpusFiles() {}

    static String resource(String name) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream("/parser/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource parser/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same splitting as regen.py: one snippet per line, then '#====' separated blocks. */
    static List<String> snippets(String linesFile, String blocksFile) {
        List<String> out = new ArrayList<>();
        for (String line : resource(linesFile).split("\n", -1)) {
            if (!line.isEmpty()) out.add(line + "\n");
        }
        for (String part : resource(blocksFile).split("#====\n", -1)) {
            if (!part.isEmpty()) out.add(part);
        }
        return out;
    }

    static List<String> expectedLines(String file) {
        List<String> out = new ArrayList<>();
        for (String line : resource(file).split("\n", -1)) {
            if (!line.isEmpty()) out.add(line);
        }
        return out;
    }

    /** The oracle's description of how a snippet fails to compile, as regen.py writes it. */
    static String describe(PySyntaxError e) {
        String type = switch (e.kind()) {
            case SYNTAX -> "SyntaxError";
            case INDENTATION -> "IndentationError";
            case TAB -> "TabError";
        };
        String msg = e.msg().replace("\\", "\\\\").replace("|", "\\p").replace("\n", "\\n");
        return String.join("|", type, msg, String.valueOf(e.line()), String.valueOf(e.col()),
                String.valueOf(e.endLine()), String.valueOf(e.endCol()));
    }
}
