package org.nianbao.export;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A scratch file of records appended one after another (each its length, then its bytes), read back
 * by position or in order: where a batch keeps what it would otherwise hold per document. Named
 * {@code prefix…​.new} in its folder, so that an {@link OutFolder} deletes what a killed run left;
 * deleted on {@link #close}.
 */
public final class SpillFile implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private long end;
    private long count;

    private SpillFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    public static SpillFile create(Path dir, String prefix) throws IOException {
        Path file = Files.createTempFile(dir, prefix, ".new");
        return new SpillFile(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** Appends {@code record}; returns its position. */
    public long append(byte[] record) throws IOException {
        long pos = end;
        ByteBuffer b = ByteBuffer.allocate(4 + record.length).putInt(record.length).put(record).flip();
        while (b.hasRemaining()) {
            channel.write(b, pos + b.position());
        }
        end += b.capacity();
        count++;
        return pos;
    }

    /** Records appended. */
    public long count() {
        return count;
    }

    /** The record at {@code pos}. */
    public byte[] read(long pos) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length, pos);
        ByteBuffer body = ByteBuffer.allocate(length.getInt(0));
        readFully(body, pos + 4);
        return body.array();
    }

    /** What {@link #forEach} hands each record to. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(byte[] record) throws IOException;
    }

    /** Each record in the order appended, read through a buffer. */
    public void forEach(RecordConsumer action) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16))) {
            for (long i = 0; i < count; i++) {
                byte[] record = new byte[in.readInt()];
                in.readFully(record);
                action.accept(record);
            }
        }
    }

    private void readFully(ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b, pos + b.position()) < 0) {
                throw new EOFException("the scratch file " + file + " ends early");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            Files.deleteIfExists(file);
        }
    }
}
