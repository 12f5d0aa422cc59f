package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.BatchOutput;
import org.nianbao.export.CrossYearIndex;
import org.nianbao.export.DocumentRows;
import org.nianbao.export.Journal;
import org.nianbao.export.OutFolder;
import org.nianbao.model.Catalog;
import org.openjdk.jol.info.GraphLayout;

/**
 * What a batch's parent keeps per document does not grow with the batch: the heap reachable from
 * the input list and the journal (JOL's walk of the object graph) is the same, within 4 bytes a
 * document, for 100 documents and for 1,500, and so is the cross-year index's; an index held in
 * memory, measured the same way, grows (so the measure sees per-document state).
 */
class FlatBatchMemoryTest {

    private static final int SMALL = 100;
    private static final int LARGE = 1_500;
    /** What 1,400 more documents may add: less than 4 bytes each (a bare array of one long per document is 8). */
    private static final long SLACK = (LARGE - SMALL) * 4;

    static {
        // JOL reads a record's fields (the in-memory index holds records) only this way on Java 17;
        // set before its first use in this JVM
        System.setProperty("jol.magicFieldOffset", "true");
        // JOL's VM model would otherwise start the Serviceability Agent in a JVM of its own, and try a
        // dynamic attach that fails here anyway, seconds each: the sizes it needs (header, reference
        // and alignment sizes) it reads from Unsafe without them, and only differences are compared
        System.setProperty("jol.skipHotspotSAAttach", "true");
        System.setProperty("jol.skipDynamicAttach", "true");
    }

    @TempDir
    Path tmp;

    /**
     * The bytes reachable from {@code roots} and not from the JVM's shared I/O state: an open file
     * reaches every other one through the JDK's cleaner list, so what a fresh file reaches is taken off.
     */
    private long ownBytes(Object... roots) throws IOException {
        // the shared state can change while the graphs are walked (a cleaner runs for a file closed
        // just before): a walk is trusted when the shared state measured before and after it is the
        // same; CI once read -13,696 bytes when it grew between the two walks of the old measure.
        // Failing that, the least of the walks measured against the smaller shared state, which can
        // only overstate what the roots hold (a failure, never a false pass)
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 10; attempt++) {
            try (FileChannel probe = FileChannel.open(tmp.resolve("probe"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                Object[] all = Arrays.copyOf(roots, roots.length + 1);
                all[roots.length] = probe;
                long before = GraphLayout.parseInstance(probe).totalSize();
                long total = GraphLayout.parseInstance(all).totalSize();
                long after = GraphLayout.parseInstance(probe).totalSize();
                if (before == after) {
                    return total - before;
                }
                least = Math.min(least, total - Math.min(before, after));
            }
        }
        return least;
    }

    /** A document's rows: agency {@code 示例N县人民政府}, year 2020 or 2021, carried-over and -forward values. */
    private static DocumentRows rows(int i) {
        int agency = i / 2;
        String year = i % 2 == 0 ? "2020" : "2021";
        String[] report = {"sha-" + i, "text", "2019", year, "示例" + agency + "县人民政府", "ok", "2", "0", ""};
        List<String[]> cells = List.of(
                new String[] {"requests", "carried_forward", "natural_person", Integer.toString(agency % 7), "", ""},
                new String[] {"requests", "carried_over", "natural_person", Integer.toString(agency % 5), "", ""});
        return new DocumentRows(report, cells, List.of());
    }

    /** The heap retained by the input list and the journal of a batch of {@code n}, after its outputs are written. */
    private long retainedByListAndJournal(int n) throws IOException {
        Path dir = tmp.resolve("out-" + n);
        try (OutFolder out = OutFolder.open(dir); InputList inputs = InputList.create(out.scratch())) {
            for (int i = 0; i < n; i++) {
                inputs.add(new Input(Path.of("doc-" + i + ".txt"), "doc-" + i + ".txt"));
            }
            inputs.add(new Input(Path.of("doc-0.txt"), "doc-0.txt")); // named twice: one document
            assertEquals(n, inputs.size());
            try (Journal journal = Journal.open(out.journal(), "test", false)) {
                int[] i = {0};
                inputs.forEachInput(in -> {
                    journal.append(in.key(), 1, 1, "sha-" + i[0], Optional.of(rows(i[0])));
                    i[0]++;
                });
                BatchOutput.Counts counts = new BatchOutput(Catalog.standard(), false).write(out, journal, inputs);
                assertEquals(n, counts.ok());
                List<String> findings = Files.readAllLines(dir.resolve("findings.csv"));
                // each 2021 report whose carried-over differs from its agency's 2020 carried-forward
                long expected = 0;
                for (int a = 0; a < n / 2; a++) {
                    expected += a % 7 != a % 5 ? 1 : 0;
                }
                assertEquals(expected, findings.stream().filter(f -> f.contains(",cross-year,")).count());
                assertTrue(journal.path("doc-" + (n - 1) + ".txt").isPresent());
                return ownBytes(inputs, journal);
            }
        }
    }

    @Test
    void theInputListAndTheJournalKeepNothingPerDocument() throws IOException {
        long small = retainedByListAndJournal(SMALL);
        long large = retainedByListAndJournal(LARGE);
        assertTrue(large - small < SLACK, "bytes held for " + SMALL + " documents: " + small + ", for " + LARGE + ": " + large);
    }

    private long retainedByIndex(CrossYearIndex index, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            index.add("doc-" + i, "示例" + (i / 2) + "县/政府", rows(i));
        }
        return ownBytes(index);
    }

    private static long heldInMemory(int n) {
        CrossYearIndex index = new CrossYearIndex();
        for (int i = 0; i < n; i++) {
            index.add("doc-" + i, "示例" + (i / 2) + "县/政府", rows(i));
        }
        return GraphLayout.parseInstance(index).totalSize();
    }

    @Test
    void theCrossYearIndexInAFileKeepsNothingPerAgencyYearUnlikeOneInMemory() throws IOException {
        List<Long> onDisk = new ArrayList<>();
        for (int n : new int[] {SMALL, LARGE}) {
            try (CrossYearIndex index = CrossYearIndex.inFolder(Files.createDirectories(tmp.resolve("x" + n)))) {
                onDisk.add(retainedByIndex(index, n));
                assertEquals(0, index.held());
            }
        }
        assertTrue(onDisk.get(1) - onDisk.get(0) < SLACK, "bytes held for " + SMALL + " and " + LARGE + " agency-years in a file: " + onDisk);
        // an index in memory holds no file, so its graph is measured alone, free of the shared I/O state
        long inMemorySmall = heldInMemory(SMALL);
        long inMemoryLarge = heldInMemory(LARGE);
        assertTrue(inMemoryLarge - inMemorySmall > (LARGE - SMALL) * 50, "the measure sees what an index in memory holds: "
                + inMemorySmall + " → " + inMemoryLarge);
    }
}
