package org.nianbao.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The batch's memory between runs: an append-only file of finished documents, from which the CSVs
 * are written. {@link #record} syncs (a document extracted: seconds of work to redo); {@link #append}
 * leaves the record to the next sync (a file identical to one extracted, a file that failed unread:
 * a hash or a stat to redo), which the batch makes at least once a second and before writing
 * outputs, so that thousands of identical files are not one {@code fsync} each. A kill of the
 * process loses nothing written; a power cut loses at most the records not yet synced. Two kinds of record: a <em>result</em> (one document
 * content's rows, keyed by its sha256, or by the name for a file that could not be read) and a
 * <em>path</em> (a document key, the size and modification time its file had, the result it gave).
 * The first record is a header naming the tool version and the settings results depend on; a journal with another header
 * is not reused. Each record is framed as length, deflated payload, CRC-32: a record cut short by a
 * kill is detected on opening and cut off, so the journal always ends with a whole record.
 *
 * <p>In memory: nothing per document. Two {@link PositionIndex} files beside the journal (scratch,
 * rebuilt on opening, deleted on closing) find a key's latest path record and a result's record;
 * lookups read the records back.
 */
public final class Journal implements AutoCloseable {

    /** What a document key gave the last time: its file's size and time, and the result's id. */
    public record PathEntry(long size, long mtime, String result) {
    }

    private static final byte HEADER = 'H';
    private static final byte RESULT = 'R';
    private static final byte PATH = 'P';

    private final Path file;
    private final FileChannel channel;
    /** Each key's latest path record. */
    private PositionIndex paths;
    /** Each result's record. */
    private PositionIndex results;
    private int superseded;
    /** Records appended since the last sync. */
    private boolean unsynced;
    private long syncs;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    private void newIndexes() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        paths = PositionIndex.create(dir, file.getFileName() + ".paths.");
        results = PositionIndex.create(dir, file.getFileName() + ".results.");
    }

    private void closeIndexes() throws IOException {
        try (PositionIndex p = paths; PositionIndex r = results) {
            paths = null;
            results = null;
        }
    }

    /**
     * Opens the journal at {@code file}, reusing its records when its header equals {@code header},
     * else starting it anew. {@code fresh} always starts anew.
     */
    public static Journal open(Path file, String header, boolean fresh) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Journal j = new Journal(file, ch);
        try {
            j.newIndexes();
            if (fresh || !j.load(header)) {
                j.closeIndexes();
                j.newIndexes();
                j.superseded = 0;
                ch.truncate(0);
                j.write(HEADER, out -> DocumentRows.writeString(out, header));
                ch.force(true);
            }
        } catch (IOException | RuntimeException e) {
            try (ch) {
                if (j.paths != null) {
                    j.closeIndexes();
                }
            }
            throw e;
        }
        return j;
    }

    /** True when the file held a journal with this header; indexes it and cuts off a torn last record. */
    private boolean load(String header) throws IOException {
        long pos = 0;
        long end = channel.size();
        boolean first = true;
        while (pos < end) {
            Optional<byte[]> payload = readRecord(pos);
            if (payload.isEmpty()) {
                break; // a record cut short: everything before it stands
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload.get()));
            byte kind = in.readByte();
            if (first) {
                if (kind != HEADER || !DocumentRows.readString(in).equals(header)) {
                    return false;
                }
                first = false;
            } else if (kind == RESULT || kind == PATH) {
                if (file(kind == RESULT ? results : paths, DocumentRows.readString(in), pos)) {
                    superseded++;
                }
            }
            pos += 8 + recordLength(pos) + 4L;
        }
        if (first) {
            return false;
        }
        channel.truncate(pos);
        channel.position(pos);
        return true;
    }

    private int recordLength(long pos) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8);
        channel.read(b, pos);
        return b.getInt(4);
    }

    /** The inflated payload of the record at {@code pos}, empty when it is incomplete or damaged. */
    private Optional<byte[]> readRecord(long pos) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(8);
        if (readFully(head, pos) < 8) {
            return Optional.empty();
        }
        int inflated = head.getInt(0);
        int length = head.getInt(4);
        if (length < 0 || inflated < 0 || pos + 8 + length + 4 > channel.size()) {
            return Optional.empty();
        }
        ByteBuffer body = ByteBuffer.allocate(length + 4);
        readFully(body, pos + 8);
        CRC32 crc = new CRC32();
        crc.update(body.array(), 0, length);
        if ((int) crc.getValue() != body.getInt(length)) {
            return Optional.empty();
        }
        Inflater inf = new Inflater();
        try {
            inf.setInput(body.array(), 0, length);
            byte[] out = new byte[inflated];
            int n = 0;
            while (n < inflated && !inf.finished()) {
                int k = inf.inflate(out, n, inflated - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    return Optional.empty();
                }
                n += k;
            }
            return n == inflated ? Optional.of(out) : Optional.empty();
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inf.end();
        }
    }

    private int readFully(ByteBuffer b, long pos) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int n = channel.read(b, pos + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private long write(byte kind, Body body) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(raw);
        out.writeByte(kind);
        body.write(out);
        out.flush();
        byte[] plain = raw.toByteArray();
        Deflater def = new Deflater(Deflater.BEST_SPEED);
        byte[] packed;
        try {
            def.setInput(plain);
            def.finish();
            ByteArrayOutputStream z = new ByteArrayOutputStream(plain.length / 4 + 64);
            byte[] buf = new byte[8192];
            while (!def.finished()) {
                z.write(buf, 0, def.deflate(buf));
            }
            packed = z.toByteArray();
        } finally {
            def.end();
        }
        CRC32 crc = new CRC32();
        crc.update(packed);
        ByteBuffer rec = ByteBuffer.allocate(8 + packed.length + 4);
        rec.putInt(plain.length).putInt(packed.length).put(packed).putInt((int) crc.getValue()).flip();
        long pos = channel.position();
        while (rec.hasRemaining()) {
            channel.write(rec);
        }
        return pos;
    }

    /** Files the record at {@code pos} under {@code name}; true when it replaces one of that name. */
    private boolean file(PositionIndex index, String name, long pos) throws IOException {
        return index.put(PositionIndex.hash(name), p -> nameAt(p).equals(name), pos);
    }

    private long find(PositionIndex index, String name) throws IOException {
        return index.find(PositionIndex.hash(name), p -> nameAt(p).equals(name));
    }

    /**
     * The payload of the record at {@code pos}, inflated as it is read: looking up a name reads
     * the first bytes of a record, not its rows. Its CRC was checked when the journal was opened
     * (or it was written by this process).
     */
    private DataInputStream payload(long pos) throws IOException {
        int length = recordLength(pos);
        InputStream body = new InputStream() {
            private long at = pos + 8;
            private final long end = pos + 8 + length;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at >= end) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
                if (n > 0) {
                    at += n;
                }
                return n;
            }
        };
        return new DataInputStream(new InflaterInputStream(body));
    }

    /** The name a record is filed under: a path record's key, a result's id. */
    private String nameAt(long pos) throws IOException {
        try (DataInputStream in = payload(pos)) {
            in.readByte();
            return DocumentRows.readString(in);
        }
    }

    private PathEntry pathAt(long pos) throws IOException {
        try (DataInputStream in = payload(pos)) {
            in.readByte();
            DocumentRows.readString(in);
            return new PathEntry(in.readLong(), in.readLong(), DocumentRows.readString(in));
        }
    }

    /** The earlier path record of {@code key}, if its result is still in the journal. */
    public synchronized Optional<PathEntry> path(String key) throws IOException {
        long pos = find(paths, key);
        if (pos < 0) {
            return Optional.empty();
        }
        PathEntry e = pathAt(pos);
        return hasResult(e.result()) ? Optional.of(e) : Optional.empty();
    }

    public synchronized boolean hasResult(String id) throws IOException {
        return find(results, id) >= 0;
    }

    /** Appends a result (unless the journal has it) and a path record pointing at it, then syncs. */
    public synchronized void record(String key, long size, long mtime, String resultId, Optional<DocumentRows> rows)
            throws IOException {
        append(key, size, mtime, resultId, rows);
        sync();
    }

    /** Syncs the records appended since the last sync, if any. */
    public synchronized void sync() throws IOException {
        if (unsynced) {
            channel.force(false);
            unsynced = false;
            syncs++;
        }
    }

    /** How many times records were synced: grouping is what keeps identical files fast. */
    public synchronized long syncs() {
        return syncs;
    }

    /**
     * Appends a result (unless the journal has it) and a path record pointing at it, written but
     * not synced: the next {@link #sync} (or {@link #record}) carries it.
     */
    public synchronized void append(String key, long size, long mtime, String resultId, Optional<DocumentRows> rows)
            throws IOException {
        unsynced = true;
        boolean known = hasResult(resultId);
        if (rows.isPresent() && !known) {
            file(results, resultId, write(RESULT, out -> {
                DocumentRows.writeString(out, resultId);
                rows.get().writeTo(out);
            }));
        } else if (!known) {
            throw new IllegalArgumentException("no result " + resultId + " in the journal");
        }
        long pos = write(PATH, out -> {
            DocumentRows.writeString(out, key);
            out.writeLong(size);
            out.writeLong(mtime);
            DocumentRows.writeString(out, resultId);
        });
        if (file(paths, key, pos)) {
            superseded++;
        }
    }

    /** The rows {@code key} gave, read back from the file. */
    public synchronized DocumentRows rows(String key) throws IOException {
        long at = find(paths, key);
        long pos = at < 0 ? -1 : find(results, pathAt(at).result());
        if (pos < 0) {
            throw new IllegalStateException("no result for " + key + " in the journal");
        }
        byte[] payload = readRecord(pos).orElseThrow(() -> new IOException("the journal " + file + " is damaged"));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        try {
            in.readByte();
            DocumentRows.readString(in);
            return DocumentRows.readFrom(in);
        } catch (EOFException ex) {
            throw new IOException("the journal " + file + " is damaged", ex);
        }
    }

    /**
     * Rewrites the journal with the records of {@code keys} only (a result shared by several keys
     * once), replacing the file atomically: records of removed or changed files go. Returns the new
     * journal; this one is closed.
     */
    public synchronized Journal compact(String header, DocumentKeys keys) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        try (Journal j = open(next, header, true)) {
            keys.forEach(key -> {
                PathEntry e = pathAt(find(paths, key));
                j.append(key, e.size(), e.mtime(), e.result(),
                        j.hasResult(e.result()) ? Optional.empty() : Optional.of(rows(key)));
            });
            j.channel.force(true);
        }
        close();
        OutputFiles.replace(next, file);
        return open(file, header, false);
    }

    /** Keys recorded that are not among {@code live}. */
    public synchronized long countOther(DocumentKeys live) throws IOException {
        long[] other = {0};
        paths.forEach(pos -> {
            if (!live.contains(nameAt(pos))) {
                other[0]++;
            }
        });
        return other[0];
    }

    /** Records that a later one replaced: a compaction would drop them. */
    public synchronized int superseded() {
        return superseded;
    }

    @Override
    public synchronized void close() throws IOException {
        try (FileChannel ch = channel) {
            sync();
        } finally {
            closeIndexes();
        }
    }
}
