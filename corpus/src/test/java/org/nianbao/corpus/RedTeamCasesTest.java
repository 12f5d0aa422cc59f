package org.nianbao.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.corpus.score.CellError;
import org.nianbao.corpus.score.CorpusScore;
import org.nianbao.corpus.score.DocumentScore;

/**
 * Every document a red team found (under {@code corpus/redteam/}, each with a hand-written
 * {@code .gold.csv} beside it) is scored, and the build fails on any silent error, that is a wrong,
 * missing or extra value with no finding at its cell. A case found but not yet fixed is listed in
 * {@code corpus/redteam/known-silent.csv} with its reason; a listed case that no longer has a silent
 * error fails the build too, so the list only ever shrinks to what is really still open.
 */
class RedTeamCasesTest {

    private static final Path CASES = Path.of("redteam");

    @Test
    void noRedTeamCaseGivesAWrongValueWithoutAFinding() throws IOException {
        Map<String, String> known = knownSilent();
        CorpusScore score = CorpusScore.run(CASES, Nianbao.extractor(ExtractOptions.defaults()));
        List<String> problems = new ArrayList<>();
        for (DocumentScore doc : score.documents()) {
            String silent = doc.errors().stream().filter(CellError::silent)
                    .map(e -> e.key() + " expected=" + e.expected() + " got=" + e.got() + " raw=" + e.raw())
                    .collect(Collectors.joining("; "));
            boolean listed = known.containsKey(doc.document());
            if (!silent.isEmpty() && !listed) {
                problems.add(doc.document() + ": " + silent);
            } else if (silent.isEmpty() && listed) {
                problems.add(doc.document() + ": listed in known-silent.csv but has no silent error now; remove it");
            }
        }
        known.keySet().stream().filter(k -> score.documents().stream().noneMatch(d -> d.document().equals(k)))
                .forEach(k -> problems.add(k + ": listed in known-silent.csv but not found"));
        assertTrue(problems.isEmpty(), "red-team cases:\n" + String.join("\n", problems));
    }

    /** {@code document,reason}, the document relative to {@code corpus/redteam/}. */
    private static Map<String, String> knownSilent() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path list = CASES.resolve("known-silent.csv");
        if (!Files.exists(list)) {
            return out;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("document,")) {
                continue;
            }
            int comma = line.indexOf(',');
            out.put(comma < 0 ? line : line.substring(0, comma), comma < 0 ? "" : line.substring(comma + 1));
        }
        return out;
    }
}
