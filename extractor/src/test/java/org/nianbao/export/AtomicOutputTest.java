package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void keepsTheEarlierOutputUntilTheNewOneIsComplete() throws IOException {
        Path target = dir.resolve("cells.csv");
        Files.writeString(target, "earlier complete output\n");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.writer().write("half of a new outp");
            assertEquals("earlier complete output\n", Files.readString(target));
        } // not committed: as if the batch crashed
        assertEquals("earlier complete output\n", Files.readString(target));
        assertEquals(1, files(), "the unfinished temporary file is removed");
    }

    @Test
    void replacesTheOutputOnCommit() throws IOException {
        Path target = dir.resolve("cells.csv");
        Files.writeString(target, "earlier\n");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.writer().write("new\n");
            out.commit();
        }
        assertEquals("new\n", Files.readString(target));
        assertEquals(1, files());
    }
}
