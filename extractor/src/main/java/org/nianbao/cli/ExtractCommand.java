package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.nianbao.ExtractOptions;
import org.nianbao.correct.Corrector;
import org.nianbao.export.BatchOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao extract INPUT... -o OUT}: the main job. */
@Command(name = "extract",
        description = {"Extracts the statistical tables of annual reports (PDF, HTML, DOCX, DOC, text) into "
                + "cells.csv, reports.csv and findings.csv under OUT.",
            "Exit status: 0 when every document was extracted, 1 when some failed or were partial (the outputs "
                + "are complete for all), 2 for a usage error, 3 when nothing could be written or read (OUT not "
                + "writable, an input folder not readable)."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files and folders (walked recursively; "
            + "hidden files and *.csv under a folder are skipped).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE", description = "Read more inputs from FILE, one per line "
            + "('-' for standard input).")
    String filesFrom;

    @Option(names = "-0", description = "With --files-from: inputs are separated by NUL bytes (find -print0).")
    boolean nulSeparated;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Output folder.")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents extracted at once (default: "
            + "the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    LimitOptions limits;

    @Option(names = "--worker-memory", paramLabel = "MB", description = "Heap of each worker process, the memory one "
            + "document may use (default: ${DEFAULT-VALUE}).")
    int workerMemoryMb = 1024;

    @Option(names = "--no-ocr", description = "Do not OCR scanned pages and image files; report them as needs-ocr.")
    boolean noOcr;

    @Option(names = "--no-scripts", description = "Do not run web pages' scripts: read each page as its source stands, "
            + "doubting at its cells what the scripts' text shows they change.")
    boolean noScripts;

    @Option(names = "--fresh", description = "Forget earlier runs into OUT and extract everything again.")
    boolean fresh;

    @Option(names = "--excel", description = "Outputs for spreadsheets: a UTF-8 byte-order mark, and text that a "
            + "spreadsheet would run as a formula (=, +, -, @ first) prefixed with an apostrophe.")
    boolean excel;

    @Option(names = "--corrections", paramLabel = "FILE", description = "Checked values to use instead of the "
            + "extracted ones (sha256,table,row,column,value,reason); see the README's Auditing section.")
    Path corrections;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1 || !limits.valid() || workerMemoryMb < 64) {
            throw new ParameterException(spec.commandLine(), "--jobs, --timeout, --max-bytes, --max-text-bytes and --max-pages must be "
                    + "positive, --worker-memory at least 64");
        }
        if (inputs.isEmpty() && filesFrom == null) {
            throw new ParameterException(spec.commandLine(), "name at least one INPUT or --files-from FILE");
        }
        if (nulSeparated && filesFrom == null) {
            throw new ParameterException(spec.commandLine(), "-0 goes with --files-from");
        }
        InputWalker walker = new InputWalker();
        BatchRunner.Listing documents = sink -> {
            for (Path p : inputs) {
                walker.expand(Input.of(p), sink);
            }
            if (filesFrom != null) {
                FilesFrom.read(filesFrom, nulSeparated, System.in, in -> walker.expand(in, sink));
            }
        };
        PrintWriter err = spec.commandLine().getErr();
        ExtractOptions options = limits.applyTo(ExtractOptions.defaults()).withOcr(!noOcr).withScripts(!noScripts);
        Corrector corrector;
        try {
            corrector = corrections == null ? Corrector.none() : Corrector.read(corrections);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--corrections: " + e.getMessage());
        }
        // the launcher names a folder for the workers' class-data archive (it only saves start-up time)
        Optional<Path> archives = Optional.ofNullable(System.getProperty("nianbao.classArchives")).map(Path::of);
        BatchRunner runner = new BatchRunner(new BatchRunner.Settings(options, jobs, workerMemoryMb, fresh, excel,
                corrector, archives), err);
        Map<BatchRunner.Outcome, Integer> outcomes = new ConcurrentHashMap<>();
        BatchOutput.Counts s;
        try {
            s = run(runner, documents, o -> outcomes.merge(o, 1, Integer::sum), err);
        } catch (IOException e) {
            throw new FatalError("cannot write the outputs into " + out + ": " + FatalError.why(e), e);
        }
        if (!quiet) {
            err.printf("%d documents: %d ok, %d partial, %d failed (%d extracted now, %d unchanged since the last run, "
                    + "%d identical to another file); outputs in %s%n", s.total(), s.ok(), s.partial(), s.failed(),
                    outcomes.getOrDefault(BatchRunner.Outcome.EXTRACTED, 0),
                    outcomes.getOrDefault(BatchRunner.Outcome.UNCHANGED, 0),
                    outcomes.getOrDefault(BatchRunner.Outcome.IDENTICAL, 0), out);
            err.flush();
        }
        return s.partial() == 0 && s.failed() == 0 ? 0 : 1;
    }

    private BatchOutput.Counts run(BatchRunner runner, BatchRunner.Listing documents, Consumer<BatchRunner.Outcome> counter,
                                   PrintWriter err) throws IOException, FatalError {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new FatalError("OUT is not a folder: " + out);
        }
        LongConsumer listed = n -> {
            if (n == 0) {
                err.println("nianbao: no documents: the inputs hold no files to extract; writing empty outputs to " + out);
                err.flush();
            }
        };
        if (quiet || System.console() == null) {
            return runner.run(documents, out, listed, counter);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            return runner.run(documents, out, listed.andThen(bar::maxHint), counter.andThen(o -> bar.step()));
        }
    }
}
