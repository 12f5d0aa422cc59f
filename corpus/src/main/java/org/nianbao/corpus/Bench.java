package org.nianbao.corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.nianbao.Extractor;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Status;

/**
 * Times the extractor over a folder: warm-up passes first (JIT, lazy dictionaries), then measured
 * passes. Throughput per detected format is documents / time spent on them; overall it is
 * documents / wall time (which is what threads improve). CPU time is measured too, that of the whole
 * process (the extractor reads a document on a thread of its own, under its time limit, and JIT and
 * GC threads work for it): overall, and per format on one thread, where documents do not overlap
 * (with more threads a document's share of the process's CPU time cannot be told, and the map is
 * empty). On a shared machine wall-clock rates follow the load, CPU time much less.
 */
final class Bench {

    /** One measured pass's results per format. */
    record Figures(Map<String, Integer> docs, Map<String, Long> nanos, Map<String, Long> cpuNanos, long wallNanos,
                   long processCpuNanos, int passes, long peakHeap, Optional<Long> peakRssKb, int failed) {
    }

    /** Failed documents are counted under this name instead of their format. */
    static final String FAILED = "(failed)";

    private final Extractor extractor;

    Bench(Extractor extractor) {
        this.extractor = extractor;
    }

    static List<Path> documents(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        }
    }

    Figures run(List<Path> docs, int warmup, int runs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            boolean cpuPerDocument = threads == 1;
            for (int i = 0; i < warmup; i++) {
                pass(docs, pool, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), cpuPerDocument);
            }
            Map<String, Integer> count = new TreeMap<>();
            Map<String, Long> nanos = new TreeMap<>();
            Map<String, Long> cpu = new TreeMap<>();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            for (int i = 0; i < runs; i++) {
                pass(docs, pool, count, nanos, cpu, cpuPerDocument);
            }
            long wall = System.nanoTime() - start;
            return new Figures(count, nanos, cpu, wall, processCpuNanos() - cpuStart, runs, peakHeap(), peakRssKb(),
                    count.getOrDefault(FAILED, 0));
        } finally {
            pool.shutdownNow();
        }
    }

    private void pass(List<Path> docs, ExecutorService pool, Map<String, Integer> count, Map<String, Long> nanos,
                      Map<String, Long> cpuNanos, boolean cpuPerDocument) throws Exception {
        List<Future<Timed>> futures = new ArrayList<>();
        AtomicLong sink = new AtomicLong();
        for (Path p : docs) {
            futures.add(pool.submit(() -> {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                DocumentResult r = extractor.extract(p);
                long t = System.nanoTime() - t0;
                long c = processCpuNanos() - c0;
                sink.addAndGet(r.report().cells().size());
                // a failed document (one past the time limit among them) is timed apart: it read nothing
                return new Timed(r.status() == Status.FAILED ? FAILED : r.document().format().id(), t, c);
            }));
        }
        for (Future<Timed> f : futures) {
            Timed t = f.get();
            count.merge(t.format, 1, Integer::sum);
            nanos.merge(t.format, t.nanos, Long::sum);
            if (cpuPerDocument) {
                cpuNanos.merge(t.format, t.cpuNanos, Long::sum);
            }
        }
    }

    private record Timed(String format, long nanos, long cpuNanos) {
    }

    /** CPU time of the whole process (every thread, JIT and GC included), or 0 where the JVM cannot tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /**
     * The sum of each heap pool's peak since the JVM started: an upper bound of the true peak
     * (pools peak at different moments), which is what a machine has to provide.
     */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM of /proc/self/status: the process's peak resident set, on Linux. */
    static Optional<Long> peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
