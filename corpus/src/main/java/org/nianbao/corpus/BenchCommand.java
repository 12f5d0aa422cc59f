package org.nianbao.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nianbao bench DIR [--warmup N] [--runs N] [--threads N] [--timeout SECONDS]}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Extracts every file under DIR (recursively, *.csv skipped) several times after a warm-up and "
                + "prints documents per second per detected format and overall, peak heap and peak RSS.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR")
    private Path dir;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up passes over all files; default ${DEFAULT-VALUE}")
    private int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "measured passes; default ${DEFAULT-VALUE}")
    private int runs;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads; default ${DEFAULT-VALUE}")
    private int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "time limit per document, wall clock (default: ${DEFAULT-VALUE}); scans read by OCR on a "
                    + "loaded machine need more")
    private long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir) || runs < 1 || warmup < 0 || threads < 1 || timeoutSeconds < 1) {
            System.err.println("bench: needs a folder, --runs >= 1, --warmup >= 0, --threads >= 1, --timeout >= 1");
            return 2;
        }
        List<Path> docs = Bench.documents(dir);
        if (docs.isEmpty()) {
            System.err.println("bench: no file under " + dir);
            return 2;
        }
        Bench.Figures f = new Bench(Nianbao.extractor(ExtractOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(timeoutSeconds)))).run(docs, warmup, runs, threads);
        System.out.printf(Locale.ROOT, "%d files, %d warm-up + %d measured passes, %d thread(s), %d cores, Java %s%n",
                docs.size(), warmup, runs, threads, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-10s %8s %12s %10s %12s %12s%n", "format", "docs", "ms/doc", "docs/s",
                "CPU ms/doc", "docs/CPU s");
        long total = 0;
        for (String format : f.docs().keySet()) {
            int n = f.docs().get(format);
            double ms = f.nanos().get(format) / 1e6 / n;
            total += n;
            System.out.printf(Locale.ROOT, "%-10s %8d %12.3f %10.1f", format, n / f.passes(), ms, 1000 / ms);
            if (f.cpuNanos().containsKey(format)) {
                double cpuMs = f.cpuNanos().get(format) / 1e6 / n;
                System.out.printf(Locale.ROOT, " %12.3f %12.1f%n", cpuMs, 1000 / cpuMs);
            } else {
                System.out.printf(Locale.ROOT, " %12s %12s%n", "-", "-");
            }
        }
        double wallS = f.wallNanos() / 1e9;
        double cpuS = f.processCpuNanos() / 1e9;
        System.out.printf(Locale.ROOT, "%-10s %8d %12.3f %10.1f %12.3f %12.1f   (wall clock; process CPU)%n", "overall",
                total / f.passes(), wallS * 1000 / total, total / wallS, cpuS * 1000 / total, total / cpuS);
        System.out.println("CPU: the whole process's (JIT and GC included); per format only with --threads 1, "
                + "where documents do not overlap");
        if (f.failed() > 0) {
            System.out.printf(Locale.ROOT, "%d of %d documents failed (timed under %s): their time is no reading's; "
                    + "past --timeout %d s? nianbao extract says why%n", f.failed() / f.passes(), docs.size(), Bench.FAILED,
                    timeoutSeconds);
        }
        System.out.printf(Locale.ROOT, "peak heap %.1f MB (sum of heap pools' peaks), peak RSS %s%n",
                Bench.peakHeap() / 1048576.0,
                f.peakRssKb().map(kb -> String.format(Locale.ROOT, "%.1f MB", kb / 1024.0)).orElse("n/a"));
        return 0;
    }
}
