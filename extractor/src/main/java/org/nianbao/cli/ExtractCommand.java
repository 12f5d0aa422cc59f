package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao extract INPUT... -o OUT}: the main job. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the statistical tables of annual reports (PDF, HTML, DOCX, DOC, text) into "
                + "cells.csv, reports.csv and findings.csv under OUT.",
            "Exit status: 0 when every document was extracted, 1 when some failed or were partial (the outputs "
                + "are complete for the others), 2 for a usage error."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files and folders (walked recursively; "
            + "hidden files and *.csv under a folder are skipped).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Output folder.")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents extracted at once (default: "
            + "the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per document (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 120;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Larger files fail unread (default: ${DEFAULT-VALUE}).")
    long maxBytes = ExtractOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--max-pages", paramLabel = "N", description = "PDF pages read at most (default: ${DEFAULT-VALUE}).")
    int maxPages = ExtractOptions.DEFAULT_MAX_PAGES;

    @Option(names = "--no-ocr", description = "Do not OCR scanned pages and image files; report them as needs-ocr.")
    boolean noOcr;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1 || timeoutSeconds < 1 || maxBytes < 1 || maxPages < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--jobs, --timeout, --max-bytes and --max-pages must be positive");
        }
        List<Path> documents = new InputWalker().expand(inputs);
        BatchRunner runner = new BatchRunner(Nianbao.extractor(new ExtractOptions(maxBytes, maxPages, !noOcr)), jobs,
                Duration.ofSeconds(timeoutSeconds));
        PrintWriter err = spec.commandLine().getErr();
        BatchRunner.Summary s;
        if (quiet || System.console() == null) {
            s = runner.run(documents, out, r -> { });
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(documents.size())
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
                s = runner.run(documents, out, r -> bar.step());
            }
        }
        if (!quiet) {
            err.printf("%d documents: %d ok, %d partial, %d failed; outputs in %s%n", s.total(), s.ok(), s.partial(),
                    s.failed(), out);
            err.flush();
        }
        return BatchRunner.allOk(s) ? 0 : 1;
    }
}
