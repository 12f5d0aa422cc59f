package org.nianbao.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.nianbao.export.DocumentKeys;
import org.nianbao.export.DocumentRows;
import org.nianbao.export.PositionIndex;
import org.nianbao.export.SpillFile;

/**
 * The documents of a batch in input order, each key once (a file named twice is one document),
 * kept in a {@link SpillFile} with a {@link PositionIndex} of the keys: a batch of any size is listed,
 * walked three times and looked up without one object per document in memory.
 *
 * <p>A path is kept as its name when that is exact (the name decodes in the file-name charset), else
 * as its {@code file:} URI, which holds the bytes; so the path handed back opens the same file.
 */
final class InputList implements DocumentKeys, AutoCloseable {

    /** How a path is kept. */
    private static final byte NAME = 0;
    private static final byte ABSOLUTE_URI = 1;
    private static final byte RELATIVE_URI = 2;

    private final SpillFile records;
    private final PositionIndex keys;

    private InputList(SpillFile records, PositionIndex keys) {
        this.records = records;
        this.keys = keys;
    }

    /** An empty list whose scratch files are in {@code dir}. */
    static InputList create(Path dir) throws IOException {
        SpillFile records = SpillFile.create(dir, "inputs.");
        try {
            return new InputList(records, PositionIndex.create(dir, "inputs-index."));
        } catch (IOException e) {
            records.close();
            throw e;
        }
    }

    /** Adds {@code in} unless its key is listed already. */
    void add(Input in) throws IOException {
        long hash = PositionIndex.hash(in.key());
        if (find(hash, in.key()) < 0) {
            keys.put(hash, p -> false, records.append(encode(in)));
        }
    }

    private long find(long hash, String key) throws IOException {
        return keys.find(hash, p -> decode(records.read(p)).key().equals(key));
    }

    /** Documents listed. */
    long size() {
        return records.count();
    }

    @Override
    public boolean contains(String key) throws IOException {
        return find(PositionIndex.hash(key), key) >= 0;
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
        records.forEach(r -> action.accept(decode(r)));
    }

    private static byte[] encode(Input in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(raw);
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
        return raw.toByteArray();
    }

    private static Input decode(byte[] record) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
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

    @Override
    public void close() throws IOException {
        try (PositionIndex k = keys; SpillFile r = records) {
            // both deleted
        }
    }
}
