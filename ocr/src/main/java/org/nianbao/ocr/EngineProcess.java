package org.nianbao.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The parent's handle on one {@link OcrWorker} process: started on first use, given one image at
 * a time (callers are serialised: the engine is not thread-safe), killed and started afresh when a
 * page takes longer than its time limit or the process dies. Its standard output is discarded, so
 * the native library's prints never mix with this program's output.
 */
final class EngineProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    /** How often a call's CPU time is looked at while the engine reads. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final NativeFiles files;
    private final int threads;
    private final Path work;
    private Process process;
    private Writer requests;
    private BlockingQueue<String> replies;
    private final Deque<String> chatter = new ArrayDeque<>();
    private long next;

    EngineProcess(NativeFiles files, int threads, Path work) {
        this.files = files;
        this.threads = threads;
        this.work = work;
    }

    /**
     * Detector settings for one call.
     *
     * @param angles classify each box as upright or upside down ({@link TextBox#angle()}); the engine then
     *     reads the boxes it takes for upside down turned round (a 6 becomes a 9), so such a call judges
     *     how a page lies and its text is not used
     */
    record Settings(int maxSide, float boxScore, int padding, boolean angles) {

        Settings(int maxSide, float boxScore, int padding) {
            this(maxSide, boxScore, padding, false);
        }
    }

    /**
     * The text boxes the engine finds in the image file.
     *
     * @throws EngineException when the engine cannot start, fails on the image, dies or runs out of time
     */
    synchronized List<TextBox> read(Path image, Settings s, PageBudget budget) throws EngineException {
        // starting is part of the first page's work: on a loaded machine it may take longer than STARTUP
        Duration wall = budget.wallLeft();
        ensureStarted(wall.compareTo(STARTUP) > 0 ? wall : STARTUP);
        long id = next++;
        Path result = work.resolve("result-" + id + ".tsv");
        try {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            requests.write(String.format(Locale.ROOT, "%d\t%s\t%s\t%d\t%.3f\t%d\t%d%n", id, image, result, s.maxSide(),
                    s.boxScore(), s.padding(), s.angles() ? 1 : 0));
            requests.flush();
            String reply;
            long used;
            do {
                reply = await(POLL.compareTo(budget.wallLeft()) < 0 ? POLL : budget.wallLeft());
                // the engine's CPU time on this call; wall time where it cannot be read
                long now = cpuNanos();
                used = cpu >= 0 && now >= 0 ? now - cpu : System.nanoTime() - start;
            } while (reply == null && !budget.exceededWith(used));
            if (reply == null) {
                stop();
                throw new EngineException("OCR did not finish within the page's time limit (" + budget.inWords()
                        + ", or " + PageBudget.WALL_FACTOR + " times that of wall time)");
            }
            budget.spend(used);
            if (reply.startsWith("done " + id + " ")) {
                // the reply gives the engine's detector and recogniser time on this call (OcrWorker)
                String[] times = reply.split(" ");
                budget.cost().engine(used, pixels(image), Double.parseDouble(times[2]), Double.parseDouble(times[3]));
                List<TextBox> boxes = new ArrayList<>();
                for (String line : Files.readAllLines(result, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        boxes.add(TextBox.parse(line));
                    }
                }
                return boxes;
            }
            if (reply.startsWith("failed " + id)) {
                throw new EngineException("the OCR engine failed: " + reply.substring(("failed " + id).length()).strip());
            }
            stop();
            throw new EngineException("the OCR engine stopped unexpectedly (" + reply + ")" + lastChatter());
        } catch (IOException e) {
            stop();
            throw new EngineException("the OCR engine stopped unexpectedly: " + e.getMessage() + lastChatter());
        } finally {
            try {
                Files.deleteIfExists(result);
            } catch (IOException e) {
                // a leftover result file in our own temporary folder is harmless
            }
        }
    }

    private void ensureStarted(Duration startup) throws EngineException {
        if (process != null && process.isAlive()) {
            return;
        }
        stop();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dfile.encoding=UTF-8", "-cp", classPath(), OcrWorker.class.getName(), files.dir().toString(),
                String.valueOf(threads));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // OpenCV starts its own threads beyond the engine's numThread unless told otherwise
        pb.environment().put("OPENCV_FOR_THREADS_NUM", "1");
        pb.environment().put("OMP_NUM_THREADS", String.valueOf(threads));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new EngineException("the OCR engine could not be started: " + e.getMessage());
        }
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        replies = queue;
        Process p = process;
        Thread reader = new Thread(() -> listen(p, queue), "ocr-engine-stderr");
        reader.setDaemon(true);
        reader.start();
        String first = await(startup);
        if (!"ready".equals(first)) {
            stop();
            throw new EngineException(first == null ? "the OCR engine did not start within " + startup.toSeconds()
                    + " s" : "the OCR engine could not start: " + first.replaceFirst("^fatal ", "") + lastChatter());
        }
    }

    /** Replies go to the queue; anything else the process says is kept for error messages. */
    private void listen(Process p, BlockingQueue<String> queue) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                int at = line.indexOf(OcrWorker.MARK);
                if (at >= 0) {
                    queue.add(line.substring(at + OcrWorker.MARK.length()));
                } else {
                    synchronized (chatter) {
                        chatter.addLast(line);
                        if (chatter.size() > 5) {
                            chatter.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone; the end-of-stream reply below says so
        }
        queue.add("exited");
    }

    /** The pixels of a PNG image, from its header (0 when it is no PNG). */
    private static long pixels(Path png) {
        try (var in = Files.newInputStream(png)) {
            byte[] head = in.readNBytes(24);
            if (head.length < 24) {
                return 0;
            }
            ByteBuffer b = ByteBuffer.wrap(head);
            return (long) b.getInt(16) * b.getInt(20);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The CPU time the engine process has used (all its threads), in nanoseconds; -1 when it cannot be read. */
    private long cpuNanos() {
        Process p = process;
        return p == null ? -1 : p.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private String await(Duration limit) throws EngineException {
        try {
            return replies.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new EngineException("interrupted while waiting for OCR");
        }
    }

    private String lastChatter() {
        synchronized (chatter) {
            return chatter.isEmpty() ? "" : " — " + String.join(" / ", chatter);
        }
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }

    /** Only what the worker needs: this module, RapidOCR's Java classes and SLF4J's API. */
    private static String classPath() throws EngineException {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : List.of(OcrWorker.class, com.benjaminwan.ocrlibrary.OcrEngine.class, LoggerFactory.class)) {
            try {
                parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | RuntimeException e) {
                throw new EngineException("cannot locate " + c.getName() + " for the OCR engine: " + e);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** Why the engine gave no boxes for an image. */
    static final class EngineException extends Exception {
        EngineException(String message) {
            super(message);
        }
    }
}
