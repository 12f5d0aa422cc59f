package org.nianbao.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.corpus.generate.CorpusGenerator;
import org.nianbao.corpus.generate.RenderingMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nianbao generate OUT --count N --seed S [--formats text,html,…]}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes generated reports whose true values are known, each with <doc>.gold.csv and "
                + "<doc>.gold-findings.csv beside it. The same seed gives the same corpus.")
final class GenerateCommand implements Callable<Integer> {

    private static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @Parameters(index = "0", paramLabel = "OUT", description = "folder to write into (created)")
    private Path out;

    @Option(names = "--count", required = true, description = "number of documents")
    private int count;

    @Option(names = "--seed", required = true, description = "random seed")
    private long seed;

    @Option(names = "--formats", split = ",", defaultValue = "text",
            description = "formats (text, html, docx, pdf) or renderings (text-paragraphs, text-tab-cells, "
                    + "text-tab-rows, text-tab-padded, text-space-aligned, text-markdown, html-utf8, html-gbk, "
                    + "html-expanded, docx, pdf), scans (scan-150, scan-200, scan-150-degraded, scan-200-degraded; 'scan' "
                    + "for all, read by OCR), real tools' text (tool-w3m, tool-lynx, tool-links, tool-html2text, "
                    + "tool-html2markdown, tool-pandoc-plain, tool-pandoc-markdown, tool-pandoc-gfm-docx, tool-pdftotext-raw, "
                    + "tool-pdftotext-layout, tool-pdftotext, tool-pdftohtml; 'tools' for all: a rendering whose "
                    + "tool is missing is skipped, and said so), taken in turn; with weights (html:40,pdf:25,docx:20,"
                    + "text:15) each item gets that share of the documents, spread evenly, its renderings in turn; "
                    + "default: ${DEFAULT-VALUE}")
    private List<String> formats;

    @Option(names = "--keep-existing", description = "leave the documents already in OUT as they are and make only "
            + "the missing ones: continues a stopped generation (same OUT, count, seed and formats)")
    private boolean keepExisting;

    @Option(names = "--threads", description = "documents made at once; the corpus is the same whatever the number; "
            + "default: the number of processors")
    private Integer threads;

    @Option(names = "--font", description = "CJK TrueType font for PDF; default " + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    private Path font;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            System.err.println("generate: --count must be at least 1");
            return 2;
        }
        if (threads != null && threads < 1) {
            System.err.println("generate: --threads must be at least 1");
            return 2;
        }
        RenderingMix mix;
        try {
            mix = RenderingMix.parse(formats);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        Path f = font != null ? font : DEFAULT_FONT;
        CorpusGenerator generator = new CorpusGenerator(Files.exists(f) ? Optional.of(f) : Optional.empty(),
                message -> System.err.println("generate: " + message));
        try {
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            List<Path> docs = generator.generate(out, count, seed, mix, t, keepExisting);
            System.out.println("wrote " + docs.size() + " documents with gold files under " + out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
    }
}
