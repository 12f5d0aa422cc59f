package org.nianbao.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.nianbao.export.DocumentKeys;
import org.nianbao.export.DocumentRows;
import org.nianbao.export.PositionIndex;

/**
 * The documents of a batch in input order, each key once (a file named twice is one document),
 * kept in a scratch file with a {@link PositionIndex} of the keys: a batch of any size is listed,
 * walked twice and looked up without one object per document in memory. The file is deleted on
 * {@link #close}; it is named {@code *.new}, so an {@code OUT} folder's next run deletes what a
 * killed one left.
 *
 * <p>A path is kept as its name when that is exact (the name decodes in the file-name charset), else
 * as its {@code file:} URI, which holds the bytes; so the path handed back opens the same file.
 */
final class InputList implements DocumentKeys, AutoCloseable {

    /** How a path is kept. */
    private static final byte NAME = 0;
    private static final byte ABSOLUTE_URI = 1;
    private static final byte RELATIVE_URI = 2;

    private final Path file;
    private final FileChannel channel;
    private final PositionIndex keys;
    private long size;

    private InputList(Path file, FileChannel channel, PositionIndex keys) {
        this.file = file;
        this.channel = channel;
        this.keys = keys;
    }

    static InputList create(Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "inputs.", ".new");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            return new InputList(file, ch, PositionIndex.create(dir, "inputs-index."));
        } catch (IOException e) {
            ch.close();
            Files.delete(file);
            throw e;
        }
    }

    /** Adds {@code in} unless its key is listed already. */
    void add(Input in) throws IOException {
        long hash = PositionIndex.hash(in.key());
        if (keys.find(hash, p -> readAt(p).key().equals(in.key())) >= 0) {
            return;
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(0);
        DocumentRows.writeString(out, in.key());
        Path p = in.path();
        String name = p.toString();
        if (!name.contains("\uFFFD")) {
            out.writeByte(NAME);
            DocumentRows.writeString(out, name);
        } else {
            out.writeByte(p.isAbsolute() ? ABSOLUTE_URI : RELATIVE_URI);
            DocumentRows.writeString(out, p.toAbsolutePath().toUri().toString());
        }
        ByteBuffer b = ByteBuffer.wrap(raw.toByteArray());
        b.putInt(0, b.capacity() - 4);
        long pos = channel.size();
        while (b.hasRemaining()) {
            channel.write(b, pos + b.position());
        }
        keys.put(hash, q -> false, pos);
        size++;
    }

    /** Documents listed. */
    long size() {
        return size;
    }

    @Override
    public boolean contains(String key) throws IOException {
        return keys.find(PositionIndex.hash(key), p -> readAt(p).key().equals(key)) >= 0;
    }

    @Override
    public void forEach(KeyConsumer action) throws IOException {
        forEachInput(in -> action.accept(in.key()));
    }

    /** What {@link #forEachInput} hands each input to. */
    @FunctionalInterface
    interface InputConsumer {
        void accept(Input in) throws IOException;
    }

    /** Each input in order, read back from the file. */
    void forEachInput(InputConsumer action) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16))) {
            for (long i = 0; i < size; i++) {
                in.readInt();
                action.accept(read(in));
            }
        }
    }

    private Input readAt(long pos) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        readFully(length, pos);
        ByteBuffer body = ByteBuffer.allocate(length.getInt(0));
        readFully(body, pos + 4);
        return read(new DataInputStream(new java.io.ByteArrayInputStream(body.array())));
    }

    private static Input read(DataInputStream in) throws IOException {
        String key = DocumentRows.readString(in);
        byte form = in.readByte();
        String name = DocumentRows.readString(in);
        Path path = switch (form) {
            case NAME -> Path.of(name);
            case ABSOLUTE_URI -> Path.of(URI.create(name));
            case RELATIVE_URI -> Path.of("").toAbsolutePath().relativize(Path.of(URI.create(name)));
            default -> throw new IOException("the input list is damaged");
        };
        return new Input(path, key);
    }

    private void readFully(ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b, pos + b.position()) < 0) {
                throw new EOFException("the input list " + file + " ends early");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (PositionIndex k = keys; FileChannel ch = channel) {
            Files.deleteIfExists(file);
        }
    }
}
