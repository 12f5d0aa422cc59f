package org.nianbao.audit.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;
import org.nianbao.audit.source.SourceFile;

/**
 * Every fixture extracted and audited once per test run (the pages take a few seconds to write),
 * with corrections for one PDF cell so that every state shows somewhere.
 */
final class AuditedFixtures {

    static final String PDF = "pdf/bordered-2019.pdf";
    static final String CORRECTED_KEY = "requests/new/natural_person";

    private static AuditedFixtures instance;

    final Path out;
    final Outputs outputs;
    final Path index;
    private final Map<String, String> pages = new HashMap<>();

    private AuditedFixtures(Path out) throws IOException {
        this.out = out;
        String sha = SourceFile.sha256(Files.readAllBytes(Extracted.fixture(PDF)));
        Path corrections = Files.createTempFile("corrections", ".csv");
        Files.writeString(corrections, "sha256,table,row,column,value,reason\n" + sha + ","
                + CORRECTED_KEY.replace('/', ',') + ",402,recounted\n", StandardCharsets.UTF_8);
        this.outputs = Extracted.extract(out, Extracted.FIXTURES.toString(), "--corrections", corrections.toString());
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
                instance = new AuditedFixtures(Files.createTempDirectory("nianbao-audit-test"));
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
