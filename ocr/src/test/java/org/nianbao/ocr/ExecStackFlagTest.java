package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecStackFlagTest {

    @TempDir
    Path dir;

    @Test
    void clearsTheExecutableStackFlagOfRapidOcrsNativeLibrary() throws IOException {
        Path lib = dir.resolve("libRapidOcr.so");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lib/libRapidOcr.so")) {
            Files.copy(in, lib);
        }
        assertTrue(ExecStackFlag.isSet(lib), "the published library asks for an executable stack");
        long size = Files.size(lib);
        assertTrue(ExecStackFlag.clear(lib));
        assertFalse(ExecStackFlag.isSet(lib));
        assertFalse(ExecStackFlag.clear(lib), "clearing twice changes nothing");
        assertTrue(Files.size(lib) == size);
    }

    @Test
    void refusesAFileThatIsNotElf() throws IOException {
        Path notElf = Files.writeString(dir.resolve("x.so"), "not an ELF file at all, just some text to read");
        assertThrows(IOException.class, () -> ExecStackFlag.clear(notElf));
    }
}
