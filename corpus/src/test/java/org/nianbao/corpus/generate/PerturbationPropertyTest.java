package org.nianbao.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.Nianbao;
import org.nianbao.corpus.score.CellError;
import org.nianbao.corpus.score.DocumentScore;
import org.nianbao.corpus.score.Gold;
import org.nianbao.corpus.score.Scorer;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Status;

/**
 * The promise as a property: generated reports with known values, each changed the way real
 * documents are (columns printed in another order with their header, a number wrapped in its
 * cell, a summary table before the tables, a visit counter in the footer, table 四 as labelled
 * rows, footnote markers after numbers, hidden or struck-out digits in value cells, two reports in
 * one file), rendered the ways reports reach us; every cell must be equal to the truth or covered
 * by a finding. Seeded and deterministic: a failure names the case to rerun.
 */
class PerturbationPropertyTest {

    private static final long SEED = 20240610L;
    private static final int CASES = 351;
    private static final List<Rendering> RENDERINGS = List.of(Rendering.HTML_UTF8, Rendering.HTML_EXPANDED,
            Rendering.TEXT_TAB_ROWS, Rendering.TEXT_TAB_PADDED, Rendering.TEXT_PARAGRAPHS, Rendering.TEXT_TAB_CELLS,
            Rendering.TEXT_MARKDOWN, Rendering.TEXT_SPACE_ALIGNED, Rendering.DOCX);

    private final ReportSampler sampler = new ReportSampler(org.nianbao.model.Catalog.standard());
    private final ReportLayouter layouter = new ReportLayouter();
    private final Extractor extractor = Nianbao.extractor(ExtractOptions.defaults());
    private final Scorer scorer = new Scorer();

    /** Changes a report's layout before it is rendered. */
    private interface LayoutEdit {
        Layout.Document apply(TrueReport report, Layout.Document doc, Random rng, Rendering rendering);
    }

    /** The renderings where text can be hidden or struck out. */
    private static final List<Rendering> MARKUP = List.of(Rendering.HTML_UTF8, Rendering.HTML_EXPANDED, Rendering.DOCX);

    /**
     * A perturbation: a changed layout, a change to the rendered text (identity where it does not
     * apply), and the renderings it is tried in.
     */
    private record Kind(String name, LayoutEdit layout, BiFunction<String, Random, String> text, List<Rendering> renderings) {
        Kind(String name, LayoutEdit layout, BiFunction<String, Random, String> text) {
            this(name, layout, text, RENDERINGS);
        }

        static Kind ofLayout(String name, BiFunction<Layout.Document, Random, Layout.Document> edit) {
            return new Kind(name, (report, d, r, rendering) -> edit.apply(d, r), (t, r) -> t);
        }

        static Kind ofText(String name, BiFunction<String, Random, String> edit) {
            return new Kind(name, (report, d, r, rendering) -> d, edit);
        }

        static Kind ofMarkup(String name, LayoutEdit edit, List<Rendering> renderings) {
            return new Kind(name, edit, (t, r) -> t, renderings);
        }
    }

    private static final List<Kind> KINDS = List.of(
            Kind.ofLayout("request-columns-permuted", Perturbation::permuteRequestColumns),
            Kind.ofLayout("appeal-columns-permuted", Perturbation::permuteAppealColumns),
            Kind.ofLayout("appeals-as-labelled-rows", Perturbation::appealsAsLabelledRows),
            Kind.ofLayout("summary-table-first", Perturbation::summaryTable),
            new Kind("amount-unit-outside-the-cell", (report, d, r, rendering) -> Perturbation.amountUnitOutsideTheCell(report,
                    d, r), (t, r) -> t),
            Kind.ofText("visit-counter", Perturbation::visitCounter),
            Kind.ofText("number-wrapped", Perturbation::wrapNumber),
            Kind.ofText("other-heading-alone", Perturbation::otherHeadingAlone),
            Kind.ofLayout("both-tables-permuted",
                    (d, r) -> Perturbation.permuteAppealColumns(Perturbation.permuteRequestColumns(d, r), r)),
            Kind.ofMarkup("footnote-marker", (report, d, r, rendering) -> CellMarkup.footnoteMarker(d, r, rendering), RENDERINGS),
            Kind.ofMarkup("hidden-text", (report, d, r, rendering) -> CellMarkup.hiddenText(d, r, rendering), MARKUP),
            Kind.ofMarkup("struck-text", (report, d, r, rendering) -> CellMarkup.struckText(d, r, rendering), MARKUP),
            // one-cell-per-line text (it found corpus/redteam/tab-cells-wrapped-number-2019.txt)
            new Kind("number-wrapped-in-its-line", (report, d, r, rendering) -> d, Perturbation::wrapNumberInItsLine,
                    List.of(Rendering.TEXT_PARAGRAPHS, Rendering.TEXT_TAB_CELLS)));

    @Test
    void everyCellIsTheTruthOrCoveredByAFinding() {
        List<String> silent = silentErrors(KINDS, CASES, SEED);
        assertEquals(List.of(), silent.subList(0, Math.min(30, silent.size())), silent.size() + " silent errors");
    }

    /**
     * A footnote digit run into its number by plain text, with the note it points to under table 二
     * (red-team cases innertext-footnote-2021.txt, pdftotext-layout-footnote-2021.txt): the value
     * with the digit is flagged where no identity checks it. Apart from the main run so that its
     * kinds keep their cases.
     */
    @Test
    void aFootnoteDigitRunIntoItsNumberInPlainTextIsNeverSilent() {
        Kind lost = new Kind("footnote-raise-lost", (report, d, r, rendering) -> CellMarkup.lostRaise(d, r), (t, r) -> t,
                List.of(Rendering.TEXT_TAB_ROWS, Rendering.TEXT_TAB_PADDED, Rendering.TEXT_PARAGRAPHS,
                        Rendering.TEXT_TAB_CELLS, Rendering.TEXT_MARKDOWN, Rendering.TEXT_SPACE_ALIGNED));
        List<String> silent = silentErrors(List.of(lost), 60, SEED + 2);
        assertEquals(List.of(), silent.subList(0, Math.min(30, silent.size())), silent.size() + " silent errors");
    }

    /** Runs {@code cases} generated reports through the kinds in turn; prints a tally, returns the silent errors. */
    private List<String> silentErrors(List<Kind> kinds, int cases, long seed) {
        List<String> silent = new ArrayList<>();
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (int i = 0; i < cases; i++) {
            Kind kind = kinds.get(i % kinds.size());
            Rendering rendering = kind.renderings().get((i / kinds.size()) % kind.renderings().size());
            Random rng = new Random(CorpusGenerator.streamSeed(seed, i));
            TemplateVariant template = TemplateVariant.values()[rng.nextInt(TemplateVariant.values().length)];
            TrueReport report = sampler.sample(template, rng);
            Layout.Document layout = kind.layout().apply(report, layouter.layout(report, rng, rendering.paged()), rng,
                    rendering);
            byte[] bytes = render(layout, rendering, kind, rng);
            String name = "case-" + i + "-" + kind.name() + "." + rendering.extension();
            DocumentResult result = extractor.extract(name, bytes);
            DocumentScore score = scorer.score(name, kind.name(), result, gold(report));
            if (Integer.getInteger("case", -1) == i) {
                dump(name, bytes, result, score, gold(report));
            }
            int[] t = tally.computeIfAbsent(kind.name() + " " + rendering.id(), k -> new int[3]);
            t[0] += score.goldCells();
            t[1] += score.correct();
            for (CellError e : score.errors()) {
                if (e.silent()) {
                    t[2]++;
                    silent.add(name + " " + e.key() + " expected=" + e.expected() + " got=" + e.got() + " raw="
                            + e.raw() + " at=" + e.location());
                }
            }
        }
        tally.forEach((k, t) -> System.out.printf("%-45s cells %5d correct %5d silent %d%n", k, t[0], t[1], t[2]));
        return silent;
    }

    @Test
    void twoReportsInOneFileAreNeverMergedSilently() {
        for (int i = 0; i < 40; i++) {
            Rendering rendering = RENDERINGS.get(i % RENDERINGS.size());
            Random rng = new Random(CorpusGenerator.streamSeed(SEED + 1, i));
            TrueReport newer = sampler.sample(TemplateVariant.Y2021, rng);
            TrueReport older = sampler.sample(TemplateVariant.Y2019, rng);
            Layout.Document first = layouter.layout(newer, rng, rendering.paged());
            Layout.Document second = layouter.layout(older, rng, rendering.paged());
            byte[] bytes;
            if (rendering.format() == org.nianbao.model.Format.TEXT) {
                bytes = (new String(render(first, rendering, null, rng), StandardCharsets.UTF_8) + "\n\n"
                        + new String(render(second, rendering, null, rng), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } else {
                // one page or one Word file holding both: the older report's title becomes a heading in the body
                List<Layout.Block> blocks = new ArrayList<>(first.blocks());
                blocks.add(new Layout.Paragraph(second.title(), true));
                blocks.addAll(second.blocks());
                bytes = render(new Layout.Document(first.title(), blocks), rendering, null, rng);
            }
            String name = "two-" + i + "." + rendering.extension();
            DocumentResult result = extractor.extract(name, bytes);
            assertTrue(result.status() == Status.FAILED, name + ": two reports in one file must not be read as one: "
                    + result.status() + " " + result.findings().size() + " findings");
            assertTrue(result.error().contains("2"), result.error());
        }
    }

    /** For -Dcase=N: the document, its gold (as a red-team case's) and what went wrong, to look at by hand. */
    private static void dump(String name, byte[] bytes, DocumentResult result, DocumentScore score, Gold gold) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name), bytes);
            StringBuilder csv = new StringBuilder("table,row,column,value\n");
            gold.cells().forEach((k, v) -> csv.append(k.table().id()).append(',').append(k.row()).append(',')
                    .append(k.column()).append(',').append(v).append('\n'));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", name + ".gold.csv"), csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        result.findings().forEach(f -> System.out.println("FINDING " + f.rule() + " " + f.scope() + " " + f.message()));
        score.errors().forEach(e -> System.out.println("ERROR " + e));
    }

    private byte[] render(Layout.Document layout, Rendering rendering, Kind kind, Random rng) {
        return switch (rendering) {
            case HTML_UTF8, HTML_GBK, HTML_EXPANDED -> CellMarkup.write(new HtmlRenderer().render(layout, rendering, rng),
                    rendering, rng);
            case DOCX -> CellMarkup.write(new DocxRenderer().render(layout), rendering, rng);
            case TEXT_SPACE_ALIGNED -> text(new SpaceAlignedText().render(layout), kind, rng);
            case PDF -> throw new IllegalArgumentException("PDF needs a font; not used here");
            default -> text(new TextRenderer().render(layout, rendering, rng), kind, rng);
        };
    }

    private static byte[] text(String s, Kind kind, Random rng) {
        return (kind == null ? s : kind.text().apply(s, rng)).getBytes(StandardCharsets.UTF_8);
    }

    private static Gold gold(TrueReport report) {
        Map<CanonicalKey, String> cells = new LinkedHashMap<>();
        report.cells().forEach((k, c) -> cells.put(k, c.gold()));
        return new Gold(cells, report.findings());
    }
}
