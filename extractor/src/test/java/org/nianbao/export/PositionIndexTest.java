package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed hash table: every entry found again however full it grew, collisions told apart by the caller's check. */
class PositionIndexTest {

    @TempDir
    Path tmp;

    /** Stand-in for the records the positions point at: record {@code p} holds the name {@code names.get(p)}. */
    private final List<String> names = new ArrayList<>();

    private long record(String name) {
        names.add(name);
        return names.size() - 1;
    }

    @Test
    void findsEveryEntryAfterTheTableGrewSeveralTimes() throws IOException {
        try (PositionIndex index = PositionIndex.create(tmp, "t.")) {
            for (int i = 0; i < 20_000; i++) {
                String name = "doc-" + i;
                assertFalse(index.put(PositionIndex.hash(name), p -> names.get((int) p).equals(name), record(name)));
            }
            assertEquals(20_000, index.size());
            for (int i = 0; i < 20_000; i += 7) {
                String name = "doc-" + i;
                assertEquals(i, index.find(PositionIndex.hash(name), p -> names.get((int) p).equals(name)));
            }
            assertEquals(-1, index.find(PositionIndex.hash("doc-20000"), p -> names.get((int) p).equals("doc-20000")));
            long[] sum = {0};
            index.forEach(p -> sum[0] += p);
            assertEquals(20_000L * 19_999 / 2, sum[0], "forEach hands every position once");
            // one table file in use: the smaller ones it grew out of are gone
            try (Stream<Path> files = Files.list(tmp)) {
                assertEquals(1, files.count());
            }
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "closing deletes the table");
        }
    }

    @Test
    void namesSharingAHashAreToldApartByTheCheck() throws IOException {
        try (PositionIndex index = PositionIndex.create(tmp, "t.")) {
            long same = 42;
            long a = record("a");
            long b = record("b");
            index.put(same, p -> names.get((int) p).equals("a"), a);
            index.put(same, p -> names.get((int) p).equals("b"), b);
            assertEquals(a, index.find(same, p -> names.get((int) p).equals("a")));
            assertEquals(b, index.find(same, p -> names.get((int) p).equals("b")));
            assertEquals(-1, index.find(same, p -> names.get((int) p).equals("c")));
            // a later record of "a" replaces the earlier one, and "b" stays
            long a2 = record("a");
            assertTrue(index.put(same, p -> names.get((int) p).equals("a"), a2));
            assertEquals(2, index.size());
            assertEquals(a2, index.find(same, p -> p == a2));
            assertEquals(-1, index.find(same, p -> p == a));
            assertEquals(b, index.find(same, p -> names.get((int) p).equals("b")));
        }
    }
}
