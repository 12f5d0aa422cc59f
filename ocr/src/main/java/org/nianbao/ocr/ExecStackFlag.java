package org.nianbao.ocr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The executable-stack flag of a 64-bit ELF shared library ({@code PT_GNU_STACK} with {@code PF_X}),
 * as {@code execstack -c} clears it. RapidOCR's {@code libRapidOcr.so} is linked asking for an
 * executable stack: glibc 2.41 and later refuse to load such a library, and older ones make the
 * JVM print a stack-guard warning. The library never needs one, so the flag is cleared on the
 * unpacked copy before it is loaded.
 */
final class ExecStackFlag {

    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;

    private ExecStackFlag() {
    }

    /**
     * Clears the flag in place.
     *
     * @return true when the flag was set (and is now cleared), false when it was already clear
     * @throws IOException when the file is not a 64-bit little-endian ELF file
     */
    static boolean clear(Path library) throws IOException {
        try (FileChannel ch = FileChannel.open(library, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long at = flagsOffset(ch, library);
            int flags = at < 0 ? 0 : readInt(ch, at);
            if ((flags & PF_X) == 0) {
                return false;
            }
            ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, flags & ~PF_X), at);
            return true;
        }
    }

    /** Whether the library asks for an executable stack. */
    static boolean isSet(Path library) throws IOException {
        try (FileChannel ch = FileChannel.open(library, StandardOpenOption.READ)) {
            long at = flagsOffset(ch, library);
            return at >= 0 && (readInt(ch, at) & PF_X) != 0;
        }
    }

    /** The file offset of the {@code p_flags} of the {@code PT_GNU_STACK} program header, -1 if none. */
    private static long flagsOffset(FileChannel ch, Path library) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        ch.read(header, 0);
        if (header.getInt(0) != 0x464c457f || header.get(4) != 2 || header.get(5) != 1) {
            throw new IOException(library.getFileName() + " is not a 64-bit little-endian ELF file");
        }
        long phoff = header.getLong(0x20);
        int phentsize = Short.toUnsignedInt(header.getShort(0x36));
        int phnum = Short.toUnsignedInt(header.getShort(0x38));
        for (int i = 0; i < phnum; i++) {
            long at = phoff + (long) i * phentsize;
            if (readInt(ch, at) == PT_GNU_STACK) {
                return at + 4;
            }
        }
        return -1;
    }

    private static int readInt(FileChannel ch, long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        ch.read(b, at);
        return b.getInt(0);
    }
}
