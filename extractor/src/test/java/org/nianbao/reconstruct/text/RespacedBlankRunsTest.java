package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laid-out text tabified at one width and expanded at a wider one: {@link RespacedBlankRuns}. */
class RespacedBlankRunsTest {

    private static final Path CASES = Path.of("../corpus/redteam");
    private static final Path TOOLS = Path.of("../fixtures/tools");

    private static List<String> lines(Path p) throws IOException {
        // decoded leniently: par re-fills by bytes and cuts characters (U+FFFD), as the reader decodes them
        return List.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    void widensARunAsUnexpandThenExpandDo() {
        // printf 'ab    d' | unexpand -a -t 4 | expand -t 6: "ab", a tab to 4 then 2 blanks; the tab reaches 6
        assertEquals(6, RespacedBlankRuns.printedLength(2, 2, 4, 4, 6));
        // printf '中文  x' | unexpand -a -t 4 | expand -t 5: 中文 is 6 bytes, the tab at 6 reaches 10
        assertEquals(4, RespacedBlankRuns.printedLength(6, 6, 2, 4, 5));
        // a lone blank before a stop stays one (printf 'abc d' | unexpand -a -t 4)
        assertEquals(1, RespacedBlankRuns.printedLength(3, 3, 1, 4, 6));
        // a run reaching no stop is left alone
        assertEquals(2, RespacedBlankRuns.printedLength(4, 9, 2, 4, 6));
    }

    @Test
    void readsTheRedTeamsRespacedTextsAsRespaced() throws IOException {
        for (String name : List.of("pdftotext-layout-unexpand-t3-expand4-requesters-swapped-mixed.txt",
                "pdftotext-layout-unexpand-t4-expand5-requests-rotated-2021.txt",
                "pdftotext-layout-unexpand-t4-expand6-requests-rows-shifted-2019.txt")) {
            assertTrue(RespacedBlankRuns.respaced(lines(CASES.resolve(name))), name);
        }
    }

    @Test
    void readsOnlyTableThreeWithoutColumns() throws IOException {
        List<String> text = lines(CASES.resolve("pdftotext-layout-unexpand-t4-expand5-requests-rotated-2021.txt"));
        java.util.Set<Integer> lost = RespacedBlankRuns.linesOf(text);
        int title = text.indexOf(text.stream().filter(l -> l.startsWith("三、收到和处理")).findFirst().orElseThrow());
        int appeals = text.indexOf(text.stream().filter(l -> l.startsWith("四、政府信息公开行政复议")).findFirst().orElseThrow());
        assertEquals(appeals - title, lost.size());
        assertTrue(lost.contains(title) && lost.contains(appeals - 1) && !lost.contains(appeals));
    }

    @Test
    void keepsTheColumnsOfLaidOutTextAsPrinted() throws IOException {
        for (String name : List.of("utf8-2019.pdftotext-layout.txt", "split-2021.pdftotext-layout.txt",
                "split-2021.chromium-narrow-layout.txt")) {
            assertFalse(RespacedBlankRuns.respaced(lines(TOOLS.resolve(name))), name);
        }
        for (String name : List.of("pdftotext-layout-borderless-staggered-0005-2019.txt",
                "pdftotext-layout-z80-par72-row-read-blank-2021.txt", "pdftotext-layout-footnote-2021.txt")) {
            assertFalse(RespacedBlankRuns.respaced(lines(CASES.resolve(name))), name);
        }
    }

    @Test
    void doesNotTellTextExpandedNarrowerThanItWasTabified() throws IOException {
        // expand -t 2 after unexpand -t 4 reaches almost any run length: the text fits every pair
        assertFalse(RespacedBlankRuns.respaced(lines(CASES.resolve(
                "pdftotext-layout-unexpand-t4-expand2-coercion-shifted-2019.txt"))));
    }

    @Test
    void leavesCellPaddedTextWithoutPagesAlone() throws IOException {
        // lynx pads its cells to runs regular enough to fit a pair; it prints no form feeds
        assertFalse(RespacedBlankRuns.respaced(lines(TOOLS.resolve("split-2021.lynx.txt"))));
    }
}
