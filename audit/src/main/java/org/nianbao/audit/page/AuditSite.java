package org.nianbao.audit.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;
import org.nianbao.audit.source.SourceFile;
import org.nianbao.model.Catalog;

/**
 * Writes the audit pages of an output folder: {@code OUT/audit/index.html}, one page per document,
 * the PDF page images under {@code img/}, and the style sheet and script they share. Static files
 * that open from disk: no server, nothing fetched from the network.
 */
public final class AuditSite {

    private final Path root;
    private final Catalog catalog = Catalog.standard();

    /** @param root the folder relative document names are resolved against (where extract ran) */
    public AuditSite(Path root) {
        this.root = root;
    }

    /** Writes the pages; returns the index page's path. */
    public Path write(Outputs outputs) throws IOException {
        Path dir = outputs.dir().resolve("audit");
        Path images = dir.resolve("img");
        Files.createDirectories(images);
        copy(Pages.CSS, dir);
        copy(Pages.JS, dir);
        List<IndexPage.Entry> entries = new ArrayList<>();
        int n = 0;
        for (ReportRow r : outputs.reports()) {
            String id = String.format("doc-%04d", ++n);
            AuditedDocument doc = new AuditedDocument(r, outputs.cellsOf(r.document()), outputs.findingsOf(r.document()),
                    catalog);
            SourceExcerpts source = new SourceExcerpts(SourceFile.load(root, r.document(), r.sha256()), r.format(),
                    outputs.cellsOf(r.document()), images, id);
            write(DocumentPage.render(doc, source), dir.resolve(id + ".html"));
            entries.add(new IndexPage.Entry(doc, id + ".html"));
        }
        Path index = dir.resolve("index.html");
        write(IndexPage.render(entries, outputs.dir().toString()), index);
        return index;
    }

    private static void write(Document page, Path file) throws IOException {
        Files.writeString(file, page.outerHtml(), StandardCharsets.UTF_8);
    }

    private static void copy(String resource, Path dir) throws IOException {
        try (InputStream in = AuditSite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            Files.copy(in, dir.resolve(resource), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
