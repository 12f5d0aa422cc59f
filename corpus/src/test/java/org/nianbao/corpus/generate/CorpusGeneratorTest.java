package org.nianbao.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.score.Gold;
import org.nianbao.corpus.score.GoldFile;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.TableId;

class CorpusGeneratorTest {

    private final ReportSampler sampler = new ReportSampler(Catalog.standard());

    @Test
    void sampledReportsBreakNoIdentityUnlessTheirGoldExpectsTheFinding() {
        int broken = 0;
        for (int i = 0; i < 200; i++) {
            TemplateVariant t = TemplateVariant.values()[i % 3];
            TrueReport r = sampler.sample(t, new Random(i));
            Map<CanonicalKey, BigDecimal> values = new LinkedHashMap<>();
            r.cells().forEach((k, c) -> values.put(k, c.value()));
            List<ExpectedFinding> identities = r.findings().stream()
                    .filter(f -> !f.rule().equals("template-mixed") && !f.rule().equals("unit-converted")).toList();
            assertEquals(Identities.broken(t, values), identities);
            broken += identities.isEmpty() ? 0 : 1;
        }
        assertTrue(broken > 10 && broken < 80, "about a fifth of the reports break one identity: " + broken);
    }

    @Test
    void mixedReportsKeepTheSingleOtherRowAndExpectTheMixedFinding() {
        TrueReport r = sampler.sample(TemplateVariant.MIXED, new Random(5));
        assertTrue(r.cells().containsKey(CanonicalKey.of(TableId.REQUESTS, "other", "total")));
        assertFalse(r.cells().containsKey(CanonicalKey.of(TableId.REQUESTS, "other_other", "total")));
        assertTrue(r.cells().containsKey(CanonicalKey.of(TableId.ACTIVE, "fees", "amount")));
        assertTrue(r.findings().contains(new ExpectedFinding("template-mixed", "", "", "")));
    }

    @Test
    void writesTheSameCorpusForTheSameSeed(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Rendering> renderings = List.of(Rendering.TEXT_PARAGRAPHS, Rendering.HTML_GBK, Rendering.TEXT_MARKDOWN);
        List<Path> first = new CorpusGenerator(Optional.empty()).generate(a, 6, 42, renderings);
        List<Path> second = new CorpusGenerator(Optional.empty()).generate(b, 6, 42, renderings);
        assertEquals(6, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(a.relativize(first.get(i)), b.relativize(second.get(i)));
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
            assertEquals(GoldFile.read(first.get(i)), GoldFile.read(second.get(i)));
        }
    }

    @Test
    void writesTheSameCorpusOnSeveralThreadsAsOnOne(@TempDir Path a, @TempDir Path b) throws Exception {
        RenderingMix mix = RenderingMix.parse(List.of("html:2", "text:1"));
        List<Path> one = new CorpusGenerator(Optional.empty()).generate(a, 30, 9, mix, 1, false);
        List<Path> three = new CorpusGenerator(Optional.empty()).generate(b, 30, 9, mix, 3, false);
        assertEquals(30, three.size());
        for (int i = 0; i < one.size(); i++) {
            assertEquals(a.relativize(one.get(i)), b.relativize(three.get(i)), "document order");
            assertArrayEquals(Files.readAllBytes(one.get(i)), Files.readAllBytes(three.get(i)));
            assertEquals(GoldFile.read(one.get(i)), GoldFile.read(three.get(i)));
        }
    }

    @Test
    void keepingExistingDocumentsMakesOnlyTheMissingOnesAndLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        RenderingMix mix = RenderingMix.parse(List.of("text-markdown", "html-utf8"));
        List<Path> docs = new CorpusGenerator(Optional.empty()).generate(dir, 4, 3, mix, 2, false);
        byte[] lost = Files.readAllBytes(docs.get(2));
        Files.delete(docs.get(2));
        Files.writeString(docs.get(1), "kept as it is");
        List<Path> again = new CorpusGenerator(Optional.empty()).generate(dir, 4, 3, mix, 2, true);
        assertEquals(docs, again);
        assertEquals("kept as it is", Files.readString(docs.get(1)));
        assertArrayEquals(lost, Files.readAllBytes(docs.get(2)), "the missing document made again, the same");
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList());
        }
        new CorpusGenerator(Optional.empty()).generate(dir, 4, 3, mix, 2, false);
        assertFalse(Files.readString(docs.get(1)).equals("kept as it is"), "without keepExisting, made again");
    }

    @Test
    void goldRecordsBlankZerosAsEmptyAndAmountsInWan() throws Exception {
        for (int i = 0; i < 50; i++) {
            TrueReport r = sampler.sample(TemplateVariant.Y2019, new Random(i));
            r.cells().forEach((k, c) -> {
                if (c.blank()) {
                    assertEquals("", c.gold());
                }
                if (c.shown().endsWith("元") && !c.shown().endsWith("万元")) {
                    assertTrue(r.findings().contains(new ExpectedFinding("unit-converted", "active", k.row(), k.column())));
                }
            });
        }
    }

    @Test
    void goldFilesRoundTrip(@TempDir Path dir) throws Exception {
        Path doc = Files.writeString(dir.resolve("r.txt"), "x");
        Gold gold = new Gold(Map.of(CanonicalKey.of(TableId.APPEALS, "review", "total"), "3"),
                List.of(new ExpectedFinding("appeals-sum", "appeals", "review", "")));
        GoldFile.write(doc, gold);
        assertEquals(gold, GoldFile.read(doc));
    }
}
