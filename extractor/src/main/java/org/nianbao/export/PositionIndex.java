package org.nianbao.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A hash table kept in a file, from a name to the position of the record that holds it in another
 * file (a journal, a spill file): what lets a batch find a document's record without keeping one
 * entry per document in memory. Each slot is 16 bytes, the name's 64-bit hash and the position; the
 * caller checks a candidate against the record itself (two names may share a hash), so a collision
 * costs a read, never a wrong answer. Open addressing with linear probing, at most half full: the
 * table doubles (rewritten into a new file) as it fills. Slots are read and written with positional
 * I/O, so the heap holds only this object whatever the number of entries; the file is scratch,
 * deleted on {@link #close}.
 */
public final class PositionIndex implements AutoCloseable {

    private static final int SLOT = 16;
    private static final int FIRST_SLOTS = 1 << 12;

    private final Path dir;
    private final String prefix;
    private Path file;
    private FileChannel channel;
    private long slots;
    private long size;
    private final ByteBuffer slot = ByteBuffer.allocate(SLOT);

    private PositionIndex(Path dir, String prefix) {
        this.dir = dir;
        this.prefix = prefix;
    }

    /**
     * A new, empty index in a file of its own in {@code dir}, named {@code prefix…​.new} (so that an
     * {@link OutFolder} deletes what a killed run left).
     */
    public static PositionIndex create(Path dir, String prefix) throws IOException {
        PositionIndex index = new PositionIndex(dir, prefix);
        index.slots = FIRST_SLOTS;
        index.file = index.table(FIRST_SLOTS);
        return index;
    }

    /** A new table file of {@code slots} empty slots, open as {@link #channel}. */
    private Path table(long slots) throws IOException {
        Path f = Files.createTempFile(dir, prefix, ".new");
        channel = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
        // a sparse file of zeros: a zero hash marks an empty slot
        channel.write(ByteBuffer.allocate(1), slots * SLOT - 1);
        return f;
    }

    /** The 64-bit hash of a name under which it is filed; never 0. */
    public static long hash(String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-16 units, then MurmurHash3's finaliser
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Entries held. */
    public long size() {
        return size;
    }

    /** The position filed under {@code hash} that {@code holds} accepts, or -1. */
    public long find(long hash, Check holds) throws IOException {
        for (long i = hash & (slots - 1);; i = (i + 1) & (slots - 1)) {
            read(i);
            long h = slot.getLong(0);
            if (h == 0) {
                return -1;
            }
            if (h == hash && holds.test(slot.getLong(8))) {
                return slot.getLong(8);
            }
        }
    }

    /**
     * Files {@code position} under {@code hash}, in place of the position {@code holds} accepts if
     * there is one. Returns whether it replaced one.
     */
    public boolean put(long hash, Check holds, long position) throws IOException {
        for (long i = hash & (slots - 1);; i = (i + 1) & (slots - 1)) {
            read(i);
            long h = slot.getLong(0);
            if (h == 0 || h == hash && holds.test(slot.getLong(8))) {
                write(i, hash, position);
                if (h != 0) {
                    return true;
                }
                if (++size * 2 > slots) {
                    grow();
                }
                return false;
            }
        }
    }

    /** Every position held, in the table's order (not the order of filing). */
    public void forEach(PositionConsumer action) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(SLOT * 4096);
        for (long at = 0; at < slots; at += chunk.capacity() / SLOT) {
            readFully(channel, chunk.clear(), at * SLOT);
            for (int k = 0; k < chunk.capacity(); k += SLOT) {
                if (chunk.getLong(k) != 0) {
                    action.accept(chunk.getLong(k + 8));
                }
            }
        }
    }

    /** What {@link #forEach} hands each position to. */
    @FunctionalInterface
    public interface PositionConsumer {
        void accept(long position) throws IOException;
    }

    private void grow() throws IOException {
        FileChannel old = channel;
        Path oldFile = file;
        long oldSlots = slots;
        slots *= 2;
        file = table(slots);
        ByteBuffer chunk = ByteBuffer.allocate(SLOT * 4096);
        try (old) {
            for (long at = 0; at < oldSlots; at += chunk.capacity() / SLOT) {
                readFully(old, chunk.clear(), at * SLOT);
                for (int k = 0; k < chunk.capacity(); k += SLOT) {
                    long h = chunk.getLong(k);
                    if (h != 0) {
                        long i = h & (slots - 1);
                        for (read(i); slot.getLong(0) != 0; read(i)) {
                            i = (i + 1) & (slots - 1);
                        }
                        write(i, h, chunk.getLong(k + 8));
                    }
                }
            }
        }
        Files.delete(oldFile);
    }

    private void read(long i) throws IOException {
        readFully(channel, slot.clear(), i * SLOT);
    }

    private void write(long i, long hash, long position) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(SLOT).putLong(hash).putLong(position).flip();
        while (b.hasRemaining()) {
            channel.write(b, i * SLOT + b.position());
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new IOException("the index file ends early");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Whether the record at a position holds the name looked for (reading it back). */
    @FunctionalInterface
    public interface Check {
        boolean test(long position) throws IOException;
    }
}
