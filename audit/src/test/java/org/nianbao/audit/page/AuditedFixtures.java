package org.nianbao.audit.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.ExtractedFixtures;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;

/**
 * Every fixture extracted ({@link ExtractedFixtures}) and audited once per test run (the pages take a
 * few seconds to write).
 */
final class AuditedFixtures {

    static final String PDF = ExtractedFixtures.PDF;
    static final String CORRECTED_KEY = ExtractedFixtures.CORRECTED_KEY;

    private static AuditedFixtures instance;

    final Outputs outputs;
    final Path index;
    private final Map<String, String> pages = new HashMap<>();

    private AuditedFixtures(Outputs outputs) throws IOException {
        this.outputs = outputs;
        this.index = new AuditSite(Path.of("").toAbsolutePath()).write(outputs);
        Document idx = Jsoup.parse(index.toFile(), "UTF-8");
        idx.select("#documents tbody tr").forEach(tr -> {
            String doc = tr.selectFirst("a").text();
            pages.put(Extracted.FIXTURES.relativize(Path.of(doc)).toString(), tr.selectFirst("a").attr("href"));
        });
    }

    static synchronized AuditedFixtures get() {
        if (instance == null) {
            try {
                instance = new AuditedFixtures(ExtractedFixtures.outputs());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The page file of a fixture, e.g. {@code pdf/bordered-2019.pdf}. */
    Path page(String fixture) {
        return index.resolveSibling(pages.get(fixture));
    }

    Document parse(String fixture) throws IOException {
        return Jsoup.parse(page(fixture).toFile(), "UTF-8");
    }

    ReportRow report(String fixture) {
        String doc = Extracted.FIXTURES.resolve(fixture).toString();
        return outputs.reports().stream().filter(r -> r.document().equals(doc)).findFirst().orElseThrow();
    }

    List<String> fixtures() {
        return List.copyOf(pages.keySet());
    }
}
