package org.nianbao.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolRenderingsTest {

    @Test
    void aMissingToolIsNotInstalled() {
        assertFalse(ExternalTool.of("nianbao-no-such-tool").installed());
    }

    @Test
    void toolsAreSelectedByNameOrAllTogetherButNotByTheirFormat() {
        assertFalse(Rendering.select(List.of("text")).contains(Rendering.TOOL_W3M));
        assertEquals(List.of(Rendering.TOOL_W3M), Rendering.select(List.of("tool-w3m")));
        assertFalse(Rendering.select(List.of("html")).contains(Rendering.TOOL_PDFTOHTML), "pdftohtml is HTML, but a tool's");
        // w3m, lynx, links, both html2text, pandoc plain, pandoc Markdown of the page and gfm of the Word file (read9),
        // and pdftotext -raw, -layout, default and pdftohtml
        assertEquals(12, Rendering.select(List.of("tools")).size());
    }

    @Test
    void aRenderingWhoseSourceNeedsTheFontIsSkippedAndSaidSoWithoutIt(@TempDir Path dir) throws Exception {
        List<String> said = new ArrayList<>();
        List<Path> docs = new CorpusGenerator(Optional.empty(), said::add)
                .generate(dir, 2, 1, List.of(Rendering.TOOL_PDFTOTEXT_RAW));
        assertEquals(List.of(), docs);
        assertEquals(1, said.size(), "said once, not per document: " + said);
        assertTrue(said.get(0).startsWith("skipped rendering tool-pdftotext-raw"));
    }

    @Test
    void w3mPrintsTheGeneratedPageAsABoxDrawnTableWithItsGold(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.of("w3m").installed(), "w3m is not installed: skipped");
        Path doc = new CorpusGenerator(Optional.empty()).generate(dir, 1, 7, List.of(Rendering.TOOL_W3M)).get(0);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        assertTrue(text.contains("┼") && text.contains("│"), text);
        assertTrue(Files.exists(Path.of(doc + ".gold.csv")));
    }
}
