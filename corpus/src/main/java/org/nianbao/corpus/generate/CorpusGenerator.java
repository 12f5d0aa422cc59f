package org.nianbao.corpus.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.nianbao.corpus.score.Gold;
import org.nianbao.corpus.score.GoldFile;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;

/**
 * Writes a corpus of generated reports with their gold files: document {@code i} goes to
 * {@code OUT/<rendering>/<i>-<template>.<ext>}, the renderings taken in turn. Each document is drawn
 * from its own random stream, a function of the seed and {@code i} only, so a corpus is the same on
 * every machine and a document does not change when the count does.
 */
public final class CorpusGenerator {

    private final ReportSampler sampler = new ReportSampler(Catalog.standard());
    private final ReportLayouter layouter = new ReportLayouter();
    private final TextRenderer text = new TextRenderer();
    private final SpaceAlignedText spaced = new SpaceAlignedText();
    private final HtmlRenderer html = new HtmlRenderer();
    private final DocxRenderer docx = new DocxRenderer();
    private final Optional<PdfRenderer> pdf;

    private final Consumer<String> log;

    /** @param cjkFont a TrueType font with CJK glyphs, needed only for PDF */
    public CorpusGenerator(Optional<Path> cjkFont) {
        this(cjkFont, message -> { });
    }

    /**
     * @param cjkFont a TrueType font with CJK glyphs, needed only for PDF
     * @param log told of each rendering skipped because its tool or font is missing
     */
    public CorpusGenerator(Optional<Path> cjkFont, Consumer<String> log) {
        this.pdf = cjkFont.map(PdfRenderer::new);
        this.log = log;
    }

    /** Writes {@code count} documents and returns their paths. */
    public List<Path> generate(Path out, int count, long seed, List<Rendering> renderings) throws IOException {
        if (renderings.stream().anyMatch(r -> r.source() == Rendering.PDF && r.tool().isEmpty()) && pdf.isEmpty()) {
            throw new IllegalArgumentException("PDF needs a CJK TrueType font (--font), e.g. "
                    + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc from the Debian package fonts-wqy-zenhei");
        }
        List<Path> written = new java.util.ArrayList<>();
        Set<Rendering> skipped = EnumSet.noneOf(Rendering.class);
        for (int i = 0; i < count; i++) {
            Rendering rendering = renderings.get(i % renderings.size());
            Optional<String> missing = missing(rendering);
            if (missing.isPresent()) {
                if (skipped.add(rendering)) {
                    log.accept("skipped rendering " + rendering.id() + ": " + missing.get());
                }
                continue;
            }
            Random rng = new Random(streamSeed(seed, i));
            int p = rng.nextInt(100);
            TemplateVariant template = p < 40 ? TemplateVariant.Y2019 : p < 80 ? TemplateVariant.Y2021 : TemplateVariant.MIXED;
            TrueReport report = sampler.sample(template, rng);
            Layout.Document layout = layouter.layout(report, rng, rendering.paged());
            Path dir = Files.createDirectories(out.resolve(rendering.id()));
            Path doc = dir.resolve(String.format("%04d-%s.%s", i, template.id(), rendering.extension()));
            Files.write(doc, render(layout, rendering, rng));
            Map<CanonicalKey, String> cells = new LinkedHashMap<>();
            report.cells().forEach((k, c) -> cells.put(k, c.gold()));
            GoldFile.write(doc, new Gold(cells, report.findings()));
            written.add(doc);
        }
        return written;
    }

    /** Why a rendering cannot be made here (its tool or the PDF font is missing), if so. */
    private Optional<String> missing(Rendering rendering) {
        Optional<ExternalTool> tool = rendering.tool();
        if (tool.isPresent() && !tool.get().installed()) {
            return Optional.of(tool.get().program() + " is not installed");
        }
        if (tool.isPresent() && rendering.source() == Rendering.PDF && pdf.isEmpty()) {
            return Optional.of("its PDF needs a CJK TrueType font (--font)");
        }
        return Optional.empty();
    }

    private byte[] render(Layout.Document layout, Rendering rendering, Random rng) throws IOException {
        Optional<ExternalTool> tool = rendering.tool();
        if (tool.isPresent()) {
            Rendering source = rendering.source();
            return tool.get().run(render(layout, source, rng), "." + source.extension());
        }
        return switch (rendering) {
            case TEXT_PARAGRAPHS, TEXT_TAB_CELLS, TEXT_TAB_ROWS, TEXT_TAB_PADDED, TEXT_MARKDOWN ->
                    text.render(layout, rendering, rng).getBytes(StandardCharsets.UTF_8);
            case TEXT_SPACE_ALIGNED -> spaced.render(layout).getBytes(StandardCharsets.UTF_8);
            case HTML_UTF8, HTML_GBK, HTML_EXPANDED -> html.render(layout, rendering, rng);
            case DOCX -> docx.render(layout);
            case PDF -> pdf.orElseThrow().render(layout);
            default -> throw new IllegalStateException("a tool rendering without its tool: " + rendering);
        };
    }

    /** SplitMix64 of (seed, i): independent streams for neighbouring documents. */
    static long streamSeed(long seed, int i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
