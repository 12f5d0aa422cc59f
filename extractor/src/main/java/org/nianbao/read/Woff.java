package org.nianbao.read;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The WOFF 1.0 container (W3C, 2012) unpacked into the TrueType/OpenType file it wraps: a header,
 * a directory of tables each zlib-compressed unless that saved nothing, laid out again as an sfnt
 * (offset table, table records, tables on 4-byte boundaries) that FontBox's parsers read. No library on
 * Maven Central does this for WOFF 1 alone (FontBox reads neither WOFF), and the format is a page of
 * its specification. WOFF 2.0 is {@link Woff2}.
 */
final class Woff {

    /** {@code wOFF}. */
    static final int WOFF = 0x774F4646;
    private static final int HEADER = 44;
    private static final int ENTRY = 20;

    private Woff() {
    }

    /** The first four bytes as a big-endian tag, or 0 for a file shorter than that. */
    static int signature(byte[] file) {
        return file.length < 4 ? 0 : ByteBuffer.wrap(file).getInt(0);
    }

    /**
     * The sfnt a WOFF 1.0 file wraps, at most {@code most} bytes; empty when the file is not WOFF 1.0
     * or is damaged (a table outside the file, a stream that does not inflate to its stated length).
     */
    static Optional<byte[]> unpacked(byte[] file, int most) {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            if (file.length < HEADER || in.getInt(0) != WOFF) {
                return Optional.empty();
            }
            int flavor = in.getInt(4);
            int tables = Short.toUnsignedInt(in.getShort(12));
            if (tables == 0 || HEADER + (long) tables * ENTRY > file.length) {
                return Optional.empty();
            }
            long size = 12 + 16L * tables;
            for (int t = 0; t < tables; t++) {
                size += (Integer.toUnsignedLong(in.getInt(HEADER + t * ENTRY + 12)) + 3) & ~3L;
            }
            if (size > most) {
                return Optional.empty();
            }
            ByteBuffer out = ByteBuffer.allocate((int) size);
            int power = Integer.highestOneBit(tables);
            out.putInt(flavor).putShort((short) tables).putShort((short) (power * 16))
                    .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (tables * 16 - power * 16));
            int at = 12 + 16 * tables;
            for (int t = 0; t < tables; t++) {
                int entry = HEADER + t * ENTRY;
                int offset = in.getInt(entry + 4);
                int compressed = in.getInt(entry + 8);
                int length = in.getInt(entry + 12);
                if (offset < 0 || compressed < 0 || length < 0 || (long) offset + compressed > file.length
                        || compressed > length) {
                    return Optional.empty();
                }
                byte[] table = new byte[length];
                if (compressed == length) {
                    System.arraycopy(file, offset, table, 0, length);
                } else {
                    Inflater inflater = new Inflater();
                    try {
                        inflater.setInput(file, offset, compressed);
                        if (inflater.inflate(table) != length) {
                            return Optional.empty();
                        }
                    } finally {
                        inflater.end();
                    }
                }
                out.putInt(12 + 16 * t, in.getInt(entry)).putInt(12 + 16 * t + 4, in.getInt(entry + 16))
                        .putInt(12 + 16 * t + 8, at).putInt(12 + 16 * t + 12, length);
                out.put(at, table);
                at += (length + 3) & ~3;
            }
            return Optional.of(out.array());
        } catch (DataFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
