package org.nianbao.corpus.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.nianbao.corpus.score.Gold;
import org.nianbao.corpus.score.GoldFile;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;

/**
 * Writes a corpus of generated reports with their gold files: document {@code i} goes to
 * {@code OUT/<rendering>/<i>-<template>.<ext>}, its rendering chosen by a {@link RenderingMix}. Each
 * document is drawn from its own random stream, a function of the seed and {@code i} only, so a
 * corpus is the same on every machine, whatever the number of threads, and a document does not
 * change when the count does.
 *
 * <p>Documents are written as they are made (nothing is held but their paths), by {@code threads}
 * threads, each with its own PDF renderer (the parsed font is not for sharing between threads). A
 * document's gold files are written first and the document itself last, under a temporary name
 * moved into place, so a document that exists is complete with its gold: a generation that was
 * stopped continues with {@code keepExisting}, leaving the documents already written as they are
 * (a PDF or DOCX made again would differ in its id and timestamps, and a batch that had read it
 * would read it again).
 */
public final class CorpusGenerator {

    /** How often progress is reported, in documents. */
    private static final int PROGRESS_EVERY = 10_000;

    private final ReportSampler sampler = new ReportSampler(Catalog.standard());
    private final ReportLayouter layouter = new ReportLayouter();
    private final TextRenderer text = new TextRenderer();
    private final SpaceAlignedText spaced = new SpaceAlignedText();
    private final HtmlRenderer html = new HtmlRenderer();
    private final DocxRenderer docx = new DocxRenderer();
    private final ScanRenderer scan = new ScanRenderer();
    private final Optional<Path> cjkFont;

    private final Consumer<String> log;

    /** @param cjkFont a TrueType font with CJK glyphs, needed only for PDF */
    public CorpusGenerator(Optional<Path> cjkFont) {
        this(cjkFont, message -> { });
    }

    /**
     * @param cjkFont a TrueType font with CJK glyphs, needed only for PDF
     * @param log told of each rendering skipped because its tool or font is missing, and of progress
     *     (from the generating threads)
     */
    public CorpusGenerator(Optional<Path> cjkFont, Consumer<String> log) {
        this.cjkFont = cjkFont;
        this.log = log;
    }

    /** Writes {@code count} documents, the renderings taken in turn, on one thread, and returns their paths. */
    public List<Path> generate(Path out, int count, long seed, List<Rendering> renderings) throws IOException {
        return generate(out, count, seed, RenderingMix.inTurn(renderings), 1, false);
    }

    /**
     * Writes {@code count} documents on {@code threads} threads and returns their paths in document
     * order; with {@code keepExisting}, a document already in OUT is kept as it is (and listed).
     */
    public List<Path> generate(Path out, int count, long seed, RenderingMix mix, int threads, boolean keepExisting)
            throws IOException {
        if (mix.renderings().stream().anyMatch(r -> r.source() == Rendering.PDF && r.tool().isEmpty() || r.scanned())
                && cjkFont.isEmpty()) {
            throw new IllegalArgumentException("PDF needs a CJK TrueType font (--font), e.g. "
                    + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc from the Debian package fonts-wqy-zenhei");
        }
        Set<Rendering> usable = EnumSet.noneOf(Rendering.class);
        for (Rendering r : mix.renderings()) {
            Optional<String> missing = missing(r);
            if (missing.isPresent()) {
                log.accept("skipped rendering " + r.id() + ": " + missing.get());
            } else {
                usable.add(r);
                Files.createDirectories(out.resolve(r.id()));
            }
        }
        Path[] written = new Path[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (PdfRenderer pdf = cjkFont.map(PdfRenderer::new).orElse(null)) {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            Rendering rendering = mix.rendering(i);
                            if (usable.contains(rendering)) {
                                written[i] = write(out, i, seed, rendering, pdf, keepExisting);
                            }
                            int made = done.incrementAndGet();
                            if (made % PROGRESS_EVERY == 0) {
                                log.accept("generated " + made + " of " + count);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (ExecutionException e) {
            next.set(count);
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.stream(written).filter(Objects::nonNull).toList();
    }

    /** Draws document {@code i} and writes its gold files, then the document. */
    private Path write(Path out, int i, long seed, Rendering rendering, PdfRenderer pdf, boolean keepExisting)
            throws IOException {
        Random rng = new Random(streamSeed(seed, i));
        int p = rng.nextInt(100);
        TemplateVariant template = p < 40 ? TemplateVariant.Y2019 : p < 80 ? TemplateVariant.Y2021 : TemplateVariant.MIXED;
        Path doc = out.resolve(rendering.id()).resolve(String.format("%04d-%s.%s", i, template.id(), rendering.extension()));
        if (keepExisting && Files.exists(doc)) {
            return doc;
        }
        TrueReport report = sampler.sample(template, rng);
        Layout.Document layout = layouter.layout(report, rng, rendering.paged());
        byte[] bytes = render(layout, rendering, rng, pdf);
        Map<CanonicalKey, String> cells = new LinkedHashMap<>();
        report.cells().forEach((k, c) -> cells.put(k, c.gold()));
        GoldFile.write(doc, new Gold(cells, report.findings()));
        Path partial = doc.resolveSibling("." + doc.getFileName() + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, doc, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return doc;
    }

    /** Why a rendering cannot be made here (its tool or the PDF font is missing), if so. */
    private Optional<String> missing(Rendering rendering) {
        Optional<ExternalTool> tool = rendering.tool();
        if (tool.isPresent() && !tool.get().installed()) {
            return Optional.of(tool.get().program() + " is not installed");
        }
        if (tool.isPresent() && rendering.source() == Rendering.PDF && cjkFont.isEmpty()) {
            return Optional.of("its PDF needs a CJK TrueType font (--font)");
        }
        return Optional.empty();
    }

    private byte[] render(Layout.Document layout, Rendering rendering, Random rng, PdfRenderer pdf) throws IOException {
        Optional<ExternalTool> tool = rendering.tool();
        if (tool.isPresent()) {
            Rendering source = rendering.source();
            return tool.get().run(render(layout, source, rng, pdf), "." + source.extension());
        }
        return switch (rendering) {
            case TEXT_PARAGRAPHS, TEXT_TAB_CELLS, TEXT_TAB_ROWS, TEXT_TAB_PADDED, TEXT_MARKDOWN ->
                    text.render(layout, rendering, rng).getBytes(StandardCharsets.UTF_8);
            case TEXT_SPACE_ALIGNED -> spaced.render(layout).getBytes(StandardCharsets.UTF_8);
            case HTML_UTF8, HTML_GBK, HTML_EXPANDED -> html.render(layout, rendering, rng);
            case DOCX -> docx.render(layout);
            case PDF -> pdf.render(layout);
            case SCAN_150 -> scan.render(pdf.render(layout), 150, false, rng);
            case SCAN_200 -> scan.render(pdf.render(layout), 200, false, rng);
            case SCAN_150_DEGRADED -> scan.render(pdf.render(layout), 150, true, rng);
            case SCAN_200_DEGRADED -> scan.render(pdf.render(layout), 200, true, rng);
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
