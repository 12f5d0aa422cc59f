package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that cost little to redo are appended without a sync of their own and synced together;
 * an appended record is in the file at once (a killed process loses nothing it wrote), and a
 * recorded one is synced before {@code record} returns.
 */
class JournalSyncTest {

    @TempDir
    Path tmp;

    @Test
    void appendedRecordsAreSyncedTogetherAndReadBackWithoutASync() throws IOException {
        Path file = tmp.resolve("journal");
        Journal j = Journal.open(file, "test header", false);
        j.record("a.txt", 10, 1, "sha-a", Optional.of(DocumentRows.failed("sha-a", "why a")));
        assertEquals(1, j.syncs(), "an extracted result is synced at once");
        for (int i = 0; i < 500; i++) {
            j.append("copy-" + i + ".txt", 10, 1, "sha-a", Optional.empty());
        }
        assertEquals(1, j.syncs(), "identical files wait for the next sync");
        // another process reading the file now (a rerun after kill -9) finds every record
        try (Journal rerun = Journal.open(file, "test header", false)) {
            assertEquals(Optional.of(new Journal.PathEntry(10, 1, "sha-a")), rerun.path("copy-499.txt"));
            assertTrue(List.of(rerun.rows("copy-0.txt").report()).contains("why a"));
        }
        j.sync();
        j.sync();
        assertEquals(2, j.syncs(), "one sync for the 500, none when nothing is new");
        j.append("late.txt", 10, 1, "sha-a", Optional.empty());
        j.close();
        assertEquals(3, j.syncs(), "closing syncs what is left");
    }
}
