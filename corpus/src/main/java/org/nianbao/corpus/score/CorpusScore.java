package org.nianbao.corpus.score;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.nianbao.Extractor;
import org.nianbao.model.DocumentResult;

/**
 * Scores every document of a folder that has a gold file beside it, and summarises by detected
 * format, by sub-folder (the generator's rendering) and overall.
 */
public final class CorpusScore {

    private final List<DocumentScore> documents;

    private CorpusScore(List<DocumentScore> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The scores of several corpora taken together. */
    public static CorpusScore of(List<DocumentScore> documents) {
        return new CorpusScore(documents);
    }

    public static CorpusScore run(Path root, Extractor extractor) throws IOException {
        Scorer scorer = new Scorer();
        List<DocumentScore> out = new ArrayList<>();
        for (Path doc : documentsWithGold(root)) {
            DocumentResult result = extractor.extract(doc);
            Path parent = root.relativize(doc).getParent();
            String group = parent == null ? "." : parent.toString().replace('\\', '/');
            out.add(scorer.score(root.relativize(doc).toString(), group, result, GoldFile.read(doc)));
        }
        return new CorpusScore(out);
    }

    /** Files under {@code root} (recursively) that are not CSV and have a {@code .gold.csv} sibling, sorted. */
    public static List<Path> documentsWithGold(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> Files.exists(GoldFile.cellsOf(p)))
                    .sorted().toList();
        }
    }

    public List<DocumentScore> documents() {
        return documents;
    }

    public Map<String, Tally> byFormat() {
        return tally(DocumentScore::format);
    }

    public Map<String, Tally> byGroup() {
        return tally(DocumentScore::group);
    }

    public Tally overall() {
        return tally(d -> "all").getOrDefault("all", Tally.empty("all"));
    }

    private Map<String, Tally> tally(Function<DocumentScore, String> key) {
        Map<String, Tally> out = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing(key))
                .forEach(d -> out.compute(key.apply(d), (k, t) -> (t == null ? Tally.empty(k) : t).plus(d)));
        return out;
    }

    /**
     * False alarms by rendering (sub-folder) and by the rules that cover each right cell
     * ({@code cells-ambiguous+placement-assumed} when several do), largest first within a rendering.
     */
    public Map<String, Map<String, Long>> falseAlarmsByGroupAndRule() {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        for (DocumentScore d : documents) {
            d.alarmsByRule().forEach((rule, n) -> sums.computeIfAbsent(d.group(), g -> new TreeMap<>()).merge(rule, (long) n, Long::sum));
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        sums.forEach((group, rules) -> {
            Map<String, Long> sorted = new LinkedHashMap<>();
            rules.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.put(group, sorted);
        });
        return out;
    }

    /** Errors, silent ones first, then wrong before missing before extra, in document order. */
    public List<CellError> worst(int n) {
        return documents.stream().flatMap(d -> d.errors().stream())
                .sorted(Comparator.comparing((CellError e) -> !e.silent()).thenComparing(CellError::kind))
                .limit(n).toList();
    }

    /** Prints {@link #falseAlarmsByGroupAndRule()}: rendering, rules, right cells under them, share of the rendering's right cells. */
    public void printFalseAlarms(PrintStream out) {
        Map<String, Tally> groups = byGroup();
        out.println();
        out.println("false alarms by rendering and rule (right cells under them, % of the rendering's right cells):");
        falseAlarmsByGroupAndRule().forEach((group, rules) -> rules.forEach((rule, n) -> out.printf(Locale.ROOT,
                "  %-20s %-50s %7d %7.2f%%%n", group, rule, n, 100.0 * n / Math.max(1, groups.get(group).correct()))));
    }

    public void print(PrintStream out, int worst) {
        out.println("documents scored: " + documents.size());
        out.println();
        header(out, "format");
        byFormat().values().forEach(t -> line(out, t));
        if (byGroup().size() > 1) {
            out.println();
            header(out, "rendering");
            byGroup().values().forEach(t -> line(out, t));
        }
        out.println();
        header(out, "");
        line(out, overall());
        if (worst > 0 && !worst(worst).isEmpty()) {
            out.println();
            out.println("worst cells (silent first):");
            for (CellError e : worst(worst)) {
                out.printf(Locale.ROOT, "  %s%s %s %s expected=%s got=%s raw=%s at=%s%s%n", e.silent() ? "SILENT " : "",
                        e.kind(), e.document(), e.key(), show(e.expected()), show(e.got()),
                        show(e.raw().replace("\n", "\\n")), e.location().isEmpty() ? "-" : e.location(),
                        e.silent() ? "" : " flagged-by=" + e.flaggedBy());
            }
        }
        List<DocumentScore> missed = documents.stream().filter(d -> !d.missedFindings().isEmpty()).limit(Math.max(worst, 0)).toList();
        if (!missed.isEmpty()) {
            out.println();
            out.println("expected findings not reported:");
            missed.forEach(d -> out.println("  " + d.document() + ": " + d.missedFindings()));
        }
    }

    private static String show(String s) {
        return s == null ? "(none)" : s.isEmpty() ? "(blank)" : s;
    }

    private static void header(PrintStream out, String what) {
        out.printf(Locale.ROOT, "%-20s %6s %7s %8s %9s %9s %7s %7s %7s %7s %8s %8s%n", what, "docs", "exact", "cells",
                "accuracy", "silent%", "wrong", "missing", "extra", "silent", "findings", "alarms%");
    }

    private static void line(PrintStream out, Tally t) {
        out.printf(Locale.ROOT, "%-20s %6d %7d %8d %8.2f%% %8.3f%% %7d %7d %7d %7d %7.1f%% %7.2f%%%n", t.group(),
                t.documents(), t.exactDocuments(), t.goldCells(), 100 * t.cellAccuracy(), 100 * t.silentErrorRate(),
                t.wrong(), t.missing(), t.extra(), t.silent(), 100 * t.findingRecall(), 100 * t.falseAlarmRate());
    }
}
